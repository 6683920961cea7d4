/**
 * Browser test DSL for the 3D world: enter it, read the player through the typed test hook
 * (window.__seeot), hold keys until a condition holds, click 3D points by projecting them, open
 * booths. Every wait is on a condition (waitForFunction / expect.poll), never a timer.
 */
import type { CDPSession, Locator, Page } from '@playwright/test';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { PLAYER_RADIUS } from '../../shared/world/constants.ts';
import { layoutWorld } from '../../shared/world/layout.ts';
import type { Layout, Rect, Vec2 } from '../../shared/world/types.ts';
import { expect } from '../e2e/fixtures.ts';

/** The layout the server's catalogue gives (layoutWorld is pure: the browser computes the same one). */
export const LAYOUT: Layout = layoutWorld(CATALOGUE);

/** localStorage key of the "controls hint seen" flag (client/world/hud/helpSeen.ts). */
const HELP_SEEN_KEY = 'seeot.world.helpSeen';

export interface PlayerPos {
  x: number;
  z: number;
  heading: number;
}

/** localStorage key of the remembered nickname and colour (client/net/identity.ts). */
const IDENTITY_KEY = 'seeot.identity';

/**
 * Marks the first-visit controls hint as seen and remembers a visitor identity (unless the test set
 * its own), so neither the hint nor the nickname dialog covers the world in tests about other things.
 */
export async function skipControlsHelp(page: Page): Promise<void> {
  await page.addInitScript(
    ([help, id]) => {
      localStorage.setItem(help!, '1');
      if (!localStorage.getItem(id!)) localStorage.setItem(id!, JSON.stringify({ nickname: '테스트 방문객', colorIndex: 0 }));
    },
    [HELP_SEEN_KEY, IDENTITY_KEY],
  );
}

/**
 * Waits until the world reports ready (fonts, signs, a frame drawn) through the hook. A world is
 * ready in 5–10 s on a quiet machine, but SwiftShader draws on the CPU: a second or third world in
 * one test, beside the other lane's browser and servers on two busy cores, has taken over 60 s in CI.
 */
export async function waitForWorld(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__seeot?.ready === true, undefined, { timeout: 120_000 });
}

/** Opens a world URL (low quality: SwiftShader is slow) with the help dismissed, and waits for ready. */
export async function enterWorld(page: Page, path = '/world'): Promise<void> {
  await skipControlsHelp(page);
  const url = new URL(path, 'http://x');
  url.searchParams.set('quality', 'low');
  await page.goto(`${url.pathname}${url.search}`);
  await waitForWorld(page);
}

export async function playerPos(page: Page): Promise<PlayerPos> {
  return page.evaluate(() => window.__seeot!.player());
}

export async function teleport(page: Page, teleportId: string): Promise<void> {
  expect(await page.evaluate((id) => window.__seeot!.teleport(id), teleportId)).toBe(true);
}

/** Frames drawn so far: lets a test wait for "the world has moved on by n frames". */
export async function waitFrames(page: Page, n: number): Promise<void> {
  const f0 = await page.evaluate(() => window.__seeot!.frame);
  await page.waitForFunction((target) => window.__seeot!.frame >= target, f0 + n);
}

export const distance = (a: Vec2, b: Vec2): number => Math.hypot(a.x - b.x, a.z - b.z);

/** A key pressed through CDP with an explicit `key` and `code`: how a Korean (두벌식) layout sends W as 'ㅈ'. */
export interface RawKey {
  key: string;
  code: string;
  keyCode: number;
}

export const KOREAN_W: RawKey = { key: 'ㅈ', code: 'KeyW', keyCode: 87 };
export const KOREAN_E: RawKey = { key: 'ㄷ', code: 'KeyE', keyCode: 69 };

async function rawKey(cdp: CDPSession, type: 'keyDown' | 'keyUp', k: RawKey): Promise<void> {
  await cdp.send('Input.dispatchKeyEvent', { type, key: k.key, code: k.code, windowsVirtualKeyCode: k.keyCode, nativeVirtualKeyCode: k.keyCode });
}

/**
 * Holds a key until `until(position)` is true (polled through the hook), then releases it, even on
 * failure. `key` is a Playwright key name (KeyW, ArrowUp, Shift+KeyW …) or a RawKey sent through CDP.
 */
export async function holdKeyUntil(
  page: Page,
  key: string | RawKey,
  until: (p: PlayerPos) => boolean,
  timeout = 30_000,
  /** Extra sampling before each check (holdKeyUntilBlocked uses it). */
  sample?: () => Promise<void>,
): Promise<PlayerPos> {
  const cdp = typeof key === 'string' ? null : await page.context().newCDPSession(page);
  const down = async () => (cdp && typeof key !== 'string' ? rawKey(cdp, 'keyDown', key) : page.keyboard.down(key as string));
  const up = async () => (cdp && typeof key !== 'string' ? rawKey(cdp, 'keyUp', key) : page.keyboard.up(key as string));
  await down();
  try {
    let last = await playerPos(page);
    await expect
      .poll(
        async () => {
          await sample?.();
          last = await playerPos(page);
          return until(last);
        },
        // Every 100 ms, not expect.poll's default back-off to 1 s: the key stays down until a check
        // sees the condition, so a slow check walks him further and costs a second per hold.
        { timeout, intervals: [100], message: `holding ${typeof key === 'string' ? key : key.code} never satisfied the condition` },
      )
      .toBe(true);
    return last;
  } finally {
    await up();
    await cdp?.detach();
  }
}

/**
 * Holds a key until the player stops moving (a wall or a booth stopped him): two samples with at
 * least 0.25 s of page time (5 fixed steps) and two drawn frames between them show no movement.
 */
export async function holdKeyUntilBlocked(page: Page, key: string | RawKey, timeout = 30_000): Promise<PlayerPos> {
  let prev: { p: PlayerPos; frame: number; t: number } | null = null;
  let blockedAt: PlayerPos | null = null;
  await holdKeyUntil(
    page,
    key,
    () => blockedAt !== null,
    timeout,
    async () => {
      const s = await page.evaluate(() => ({ p: window.__seeot!.player(), frame: window.__seeot!.frame, t: performance.now() }));
      if (!prev || s.t - prev.t < 250 || s.frame - prev.frame < 2) {
        prev ??= s;
        return;
      }
      if (distance(prev.p, s.p) < 1e-4) blockedAt = s.p;
      prev = s;
    },
  );
  return blockedAt!;
}

/** Centre inside a collider (grown by almost the body radius, since the body stops at radius). */
export function insideCollider(p: Vec2, colliders: readonly Rect[] = LAYOUT.colliders): Rect | undefined {
  const m = PLAYER_RADIUS - 0.02;
  return colliders.find((c) => p.x > c.minX - m && p.x < c.maxX + m && p.z > c.minZ - m && p.z < c.maxZ + m);
}

export function insideBounds(p: Vec2, b: Rect = LAYOUT.bounds): boolean {
  return p.x >= b.minX && p.x <= b.maxX && p.z >= b.minZ && p.z <= b.maxZ;
}

/** Clicks the screen point where a world point is drawn (from the scene's camera projection). */
export async function clickWorldPoint(page: Page, x: number, y: number, z: number): Promise<void> {
  const at = await page.evaluate(([a, b, c]) => window.__seeot!.project(a!, b!, c!), [x, y, z]);
  expect(at, `world point (${x}, ${y}, ${z}) is not on screen`).not.toBeNull();
  await page.mouse.click(at!.x, at!.y);
}

export function boothDialog(page: Page): Locator {
  return page.getByRole('dialog');
}

export function booth(id: string) {
  const b = LAYOUT.booths.find((x) => x.id === id);
  if (!b) throw new Error(`no booth ${id} in the layout`);
  return b;
}

/** Stands in front of a booth and clicks its body on screen. */
export async function openBoothByClick(page: Page, boothId: string): Promise<void> {
  await teleport(page, `booth:${boothId}`);
  await waitFrames(page, 2);
  const b = booth(boothId);
  await clickWorldPoint(page, b.position.x, 1.2, b.position.z);
  await expect(boothDialog(page)).toBeVisible();
}

/** Stands in front of a booth, waits for its prompt, and presses a key (E by default). */
export async function openBoothByKey(page: Page, boothId: string, key: string | RawKey = 'KeyE'): Promise<void> {
  await teleport(page, `booth:${boothId}`);
  await expect(page.locator(`.world-prompt__button[data-booth-id="${boothId}"]`)).toBeVisible();
  if (typeof key === 'string') await page.keyboard.press(key);
  else {
    const cdp = await page.context().newCDPSession(page);
    await rawKey(cdp, 'keyDown', key);
    await rawKey(cdp, 'keyUp', key);
    await cdp.detach();
  }
  await expect(boothDialog(page)).toBeVisible();
}

/** A touch drag through CDP (touchStart, touchMove…, touchEnd), held until `until()` resolves. */
export async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, until: () => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const point = (p: { x: number; y: number }) => [{ x: p.x, y: p.y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  const steps = 5;
  for (let i = 1; i <= steps; i++) {
    const p = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(p) });
  }
  try {
    await until();
  } finally {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }
}
