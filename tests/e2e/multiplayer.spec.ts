import type { Browser, BrowserContext, Page } from '@playwright/test';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { avatarKo } from '../../shared/i18n/avatar-ko.ts';
import type { AvatarLook } from '../../shared/schemas/avatarLook.ts';
import { t, tPattern } from '../helpers/i18n.ts';
import { enableTestHook } from '../helpers/testHook.ts';
import { distance, holdKeyUntil, playerPos, waitForWorld } from '../helpers/world.ts';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';

// Two visitors in one shard (two browser contexts), the entry dialog, a stale client, and a server
// restart under a visitor. Waits are on conditions through the test hook (window.__seeot), never timers.

const IDENTITY_KEY = 'seeot.identity';
const HELP_SEEN_KEY = 'seeot.world.helpSeen';

/** Remembers a nickname, colour and look (as the entry dialog would) and the seen help, before any script runs. */
async function remember(page: Page, nickname: string, colorIndex: number, look?: AvatarLook): Promise<void> {
  await page.addInitScript(
    ([key, help, value]) => {
      localStorage.setItem(help!, '1');
      localStorage.setItem(key!, value!);
    },
    [IDENTITY_KEY, HELP_SEEN_KEY, JSON.stringify({ nickname, colorIndex, look })],
  );
}

async function enterAs(page: Page, nickname: string, colorIndex: number, origin = '', look?: AvatarLook): Promise<void> {
  await remember(page, nickname, colorIndex, look);
  await page.goto(`${origin}/world?quality=low`);
  await waitForWorld(page);
  await page.waitForFunction(() => window.__seeot?.connected === true, undefined, { timeout: 30_000 });
}

const remotes = (page: Page) => page.evaluate(() => window.__seeot!.remotes());

/** The HUD's presence chip, whichever shard the visitor is in and however many are there. */
const presenceChip = tPattern('world.presenceOpen', { shard: '[^,]+', count: '\\d+' });

async function otherContext(browser: Browser, baseURL?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 960, height: 540 }, ...(baseURL ? { baseURL } : {}) });
  await enableTestHook(context);
  return context;
}

test('two visitors see each other walk and react, and both are in the who-is-here list', async ({ page, browser, baseURL }) => {
  const ctxB = await otherContext(browser, baseURL);
  const b = await ctxB.newPage();
  try {
    // Side by side: the two worlds load at once.
    const garamLook: AvatarLook = { shape: 'tall', hair: 'cap', outfit: 'apron' };
    await Promise.all([enterAs(page, '가람', 0, '', garamLook), enterAs(b, 'Bora', 3)]);
    // Same shard, and B has A's avatar in view (both stand at the spawn plaza).
    expect(await b.evaluate(() => window.__seeot!.shard?.roomId)).toBe(await page.evaluate(() => window.__seeot!.shard?.roomId));
    await expect.poll(async () => (await remotes(b)).map((r) => r.nickname)).toContain('가람');
    const seenBefore = (await remotes(b)).find((r) => r.nickname === '가람')!;
    // A's chosen look is what B's world draws A with (issue 12 §2); a plain visitor wears no mark.
    expect(seenBefore.look).toEqual(garamLook);
    expect(seenBefore.badge).toBe('');

    // A walks; B sees A's avatar move (drawn ~100 ms in the past, so poll).
    const start = await playerPos(page);
    await holdKeyUntil(page, 'KeyD', (p) => distance(p, start) > 1.5);
    const aNow = await playerPos(page);
    await expect
      .poll(async () => {
        const seen = (await remotes(b)).find((r) => r.nickname === '가람');
        return seen ? distance(seen, seenBefore) : 0;
      })
      .toBeGreaterThan(1);
    await expect.poll(async () => distance((await remotes(b)).find((r) => r.nickname === '가람')!, aNow)).toBeLessThan(0.2);
    // Holding a key and stopping needs no server correction of one's own prediction.
    expect(await page.evaluate(() => window.__seeot!.corrections)).toBe(0);

    // A heart from A floats over A's avatar on B's screen.
    const before = await b.evaluate(() => window.__seeot!.emotesReceived);
    await page.locator('.chat-fab').click();
    await page.getByRole('button', { name: t('chat.emote_heart') }).click();
    await expect.poll(() => b.evaluate(() => window.__seeot!.emotesReceived)).toBeGreaterThan(before);

    // Who's here: both nicknames, in B's presence panel.
    const chip = b.getByRole('button', { name: presenceChip }).first();
    await chip.click();
    const list = b.getByRole('list', { name: t('world.presenceWho') });
    await expect(list).toBeVisible();
    await expect(list.getByText('가람')).toBeVisible();
    await expect(list.getByText('Bora')).toBeVisible();
    await expectNoSeriousA11yViolations(b, { include: '.world-presence' });
  } finally {
    await ctxB.close();
  }
});

test('the entry dialog asks for a nickname, a colour and a look, refusing staff-like names with the reason', async ({ page }) => {
  await page.addInitScript((help) => localStorage.setItem(help, '1'), HELP_SEEN_KEY);
  await page.goto('/world?quality=low');
  await waitForWorld(page);
  const dialog = page.getByRole('dialog', { name: t('world.entryTitle') });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('group', { name: t('world.entryColor') }).getByRole('radio')).toHaveCount(8);
  // Shape, hair and outfit: one radio group each, named for a screen reader, one choice checked.
  for (const [legend, count] of [[avatarKo.lookShape, 3], [avatarKo.lookHair, 4], [avatarKo.lookOutfit, 3]] as const) {
    const group = dialog.getByRole('group', { name: legend });
    await expect(group.getByRole('radio')).toHaveCount(count);
    await expect(group.getByRole('radio', { checked: true })).toHaveCount(1);
  }
  await expectNoSeriousA11yViolations(page, { include: '.world-entry' });

  const nick = dialog.getByLabel(t('world.entryNickname'));
  await nick.fill('운영자');
  await dialog.getByRole('button', { name: t('world.entrySubmit') }).click();
  await expect(dialog.getByText(t('world.nicknameReserved'))).toBeVisible();
  await expect(nick).toHaveAttribute('aria-invalid', 'true');
  // Look-alike letters, hidden characters and a name of marks alone: each with its reason.
  for (const [name, reason] of [
    ['ɑdmin', t('world.nicknameReserved')],
    ['민\u200b지', t('world.nicknameControl')],
    ['\u0301\u0308', t('world.nicknameNoLetter')],
  ] as const) {
    await nick.fill(name);
    await dialog.getByRole('button', { name: t('world.entrySubmit') }).click();
    await expect(dialog.getByRole('alert')).toContainText(reason);
  }
  expect(await page.evaluate(() => window.__seeot!.status)).toBe('idle');

  await nick.fill('새싹');
  await dialog.getByRole('radio', { name: t('world.color5') }).check();
  await dialog.getByRole('radio', { name: avatarKo.shape_small }).check();
  // The keyboard moves within a group: from the checked hair, arrows reach the cap. The first look
  // is random: when it already has no hair, check() clicks nothing, so focus the radio as well.
  const noHair = dialog.getByRole('radio', { name: avatarKo.hair_none });
  await noHair.check();
  await noHair.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: avatarKo.hair_cap })).toBeChecked();
  await dialog.getByRole('radio', { name: avatarKo.outfit_vest }).check();
  await dialog.getByRole('button', { name: t('world.entrySubmit') }).click();
  await expect(dialog).toBeHidden();
  await page.waitForFunction(() => window.__seeot?.connected === true);
  const saved = await page.evaluate((key) => localStorage.getItem(key), IDENTITY_KEY);
  expect(JSON.parse(saved!)).toEqual({ nickname: '새싹', colorIndex: 5, look: { shape: 'small', hair: 'cap', outfit: 'vest' } });

  // Remembered: a reload goes straight in, and the name can still be changed from the HUD.
  await page.reload();
  await waitForWorld(page);
  await page.waitForFunction(() => window.__seeot?.connected === true);
  await expect(page.getByRole('dialog', { name: t('world.entryTitle') })).toHaveCount(0);
  await page.getByRole('button', { name: presenceChip }).first().click();
  await page.getByRole('button', { name: t('world.presenceChangeName') }).click();
  await expect(page.getByRole('dialog', { name: t('world.entryTitle') })).toBeVisible();
  await expect(page.getByLabel(t('world.entryNickname'))).toHaveValue('새싹');
  await expect(page.getByRole('radio', { name: avatarKo.outfit_vest })).toBeChecked();
});

test('a stale client is refused and asked to reload', async ({ page }) => {
  // An old build: the join request carries an older protocol version (rewritten on the wire).
  await page.route('**/matchmake/**', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
    await route.continue({ postData: JSON.stringify({ ...body, protocolVersion: 0 }) });
  });
  await remember(page, '옛날손님', 1);
  await page.goto('/world?quality=low');
  await waitForWorld(page);
  await expect(page.getByRole('status').filter({ hasText: t('world.joinClientTooOld') })).toBeVisible();
  await expect(page.getByRole('button', { name: t('world.netReload') })).toBeVisible();
  expect(await page.evaluate(() => window.__seeot!.status)).toBe('error');
  // Still a working world, alone.
  const start = await playerPos(page);
  await holdKeyUntil(page, 'KeyD', (p) => distance(p, start) > 0.5);
});

test.describe('server restart', () => {
  let server: RunningServer | null = null;
  test.afterEach(async () => {
    server?.child.kill('SIGKILL');
    server = null;
  });

  test('the reconnection banner appears and clears, and the visitor is back in a new shard where they stood', async ({ browser }) => {
    test.setTimeout(150_000);
    server = await startServer();
    const port = server.port;
    const ctx = await otherContext(browser);
    const page = await ctx.newPage();
    try {
      await enterAs(page, '다시와', 4, server.url);
      const start = await playerPos(page);
      await holdKeyUntil(page, 'KeyD', (p) => distance(p, start) > 2);
      const before = await playerPos(page);
      const oldRoom = await page.evaluate(() => window.__seeot!.shard!.roomId);
      await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

      server.child.kill('SIGTERM');
      await server.exited;
      const banner = page.getByRole('status').filter({ hasText: t('world.netReconnecting') });
      await expect(banner).toBeVisible();

      server = await startServer({ PORT: String(port) });
      await page.waitForFunction(() => window.__seeot?.connected === true, undefined, { timeout: 20_000 });
      await expect(banner).toBeHidden();
      expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
      expect(await page.evaluate(() => window.__seeot!.shard!.roomId)).not.toBe(oldRoom);
      // Rejoined with resumeFrom: the server put the avatar where the visitor stood (no snap to spawn).
      await expect.poll(async () => distance(await playerPos(page), before)).toBeLessThan(0.5);
    } finally {
      await ctx.close();
    }
  });
});
