import type { BrowserContext, Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import { ownServer } from '../helpers/ownServer.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { invitedAccount, setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';
import { boothEditKo } from '../../shared/i18n/booth-edit-ko.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

/**
 * /studio's 3D preview: a member changes the booth's colour and name and uploads a logo in the
 * editor and, before saving anything, sees the booth drawn in 3D with them — judged on the pixels a person sees — while
 * the server still holds the booth as it was. The 3D code arrives only when the panel is opened, the
 * view fits a phone's column, and without WebGL the panel says so while the text preview still works.
 * Against a fresh server of our own, so nothing here touches another spec's venue.
 */

const BOOTH = 'cut-the-trash';
const NAME = '(주)컷더트래쉬';
/** Palette colour 2 (violet #6C63C7), "색 3" in the form: far from the booth's zone colour (mustard). */
const CHOSEN = boothEditKo.colorOption.replace('{{n}}', '3');
/** A string only three.js's renderer carries: the 3D engine's code is in a script that has it. */
const ENGINE_MARKER = 'THREE.WebGLRenderer';

const test = base.extend<object, { previewServer: RunningServer; member: SignedInSession }>({
  previewServer: ownServer(),
  member: [
    async ({ previewServer }, use) => {
      const admin = await setupAdmin(previewServer.url, previewServer.output());
      await use(await invitedAccount(previewServer.url, admin, { role: 'enterprise', boothId: BOOTH, email: 'preview@ctt.example.kr', displayName: '미리보기 담당자' }));
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ previewServer }, use) => use(previewServer.url),
});

// A fresh server and a WebGL scene on SwiftShader, on a machine other work shares.
test.setTimeout(180_000);

const signIn = (context: BrowserContext, server: RunningServer, who: SignedInSession) =>
  context.addCookies([{ name: 'seeot_session', value: who.cookie.split('=')[1]!, url: server.url }]);

/** Whether any script the page fetched so far carries the 3D engine (bodies fetched again: same static files). */
async function engineLoaded(page: Page, scripts: Set<string>): Promise<boolean> {
  for (const url of scripts) if ((await (await page.request.get(url)).text()).includes(ENGINE_MARKER)) return true;
  return false;
}

/** A logo as a member would upload it: a green disc on white (hue ≈ 147°, found nowhere else in the view). */
function logoPng(): Promise<Buffer> {
  const size = 320;
  const px = Buffer.alloc(size * size * 3, 255);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (Math.hypot(x - 159.5, y - 159.5) < 130) px.set([30, 140, 80], (y * size + x) * 3);
  return sharp(px, { raw: { width: size, height: size, channels: 3 } }).png().toBuffer();
}

interface Shot {
  /** Share of pixels of the chosen violet's hue (saturated and lit, hue 225°–265°). */
  violet: number;
  /** Share of pixels of the logo's green (saturated, hue 130°–165°). */
  green: number;
  /** Per pixel RGB of the top third (where the name sign hangs), to compare two shots. */
  top: number[];
}

/** What the preview shows now, as a person would see it: a screenshot of the view, decoded in the page. */
async function shoot(page: Page, view: Locator): Promise<Shot> {
  const png = (await view.screenshot()).toString('base64');
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    c.drawImage(bitmap, 0, 0);
    const { data, width, height } = c.getImageData(0, 0, bitmap.width, bitmap.height);
    let violet = 0;
    let green = 0;
    const top: number[] = [];
    for (let i = 0; i < width * height; i++) {
      const [r, g, b] = [data[i * 4]!, data[i * 4 + 1]!, data[i * 4 + 2]!];
      const max = Math.max(r, g, b);
      const min = Math.min(r, g, b);
      const sat = max === 0 ? 0 : (max - min) / max;
      let hue = 0;
      if (max !== min) {
        if (max === r) hue = (60 * ((g - b) / (max - min)) + 360) % 360;
        else if (max === g) hue = 60 * ((b - r) / (max - min)) + 120;
        else hue = 60 * ((r - g) / (max - min)) + 240;
      }
      // Bright enough to be a lit colour: the booth's dark screen (#2b3140) reads as hue ~225° under the cool sky fill.
      if (sat > 0.2 && max >= 100 && hue >= 225 && hue <= 265) violet++;
      if (sat > 0.3 && hue >= 130 && hue <= 165) green++;
      if (i < (width * height) / 3) top.push(r, g, b);
    }
    return { violet: violet / (width * height), green: green / (width * height), top };
  }, png);
}

/** Share of pixels that differ clearly between two shots' top thirds. */
function changed(a: number[], b: number[]): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 3) if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 60) n++;
  return n / (a.length / 3);
}

test('a colour, a name and a logo changed in the editor show in the 3D preview before anything is saved', async ({ page, context, previewServer, member }) => {
  await signIn(context, previewServer, member);
  const scripts = new Set<string>();
  page.on('request', (r) => r.resourceType() === 'script' && scripts.add(r.url()));
  await page.setViewportSize({ width: 390, height: 844 });

  await page.goto(`/studio/booths/${BOOTH}`);
  await expect(page.getByLabel(boothEditKo.nameKo)).toHaveValue(NAME);
  await page.waitForLoadState('networkidle');
  // The editor's first load has no 3D code: it comes with the panel.
  expect(await engineLoaded(page, scripts)).toBe(false);

  await page.getByText(boothEditKo.preview3dTitle, { exact: true }).click();
  const view = page.locator('.preview3d__view');
  await expect(view).toHaveAttribute('data-ready', '', { timeout: 60_000 });
  expect(await engineLoaded(page, scripts)).toBe(true);
  await expect(page.getByRole('img', { name: boothEditKo.preview3dLabel.replace('{{name}}', NAME) })).toBeVisible();
  // On a phone the view fits the column: no sideways scrolling.
  const box = (await view.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.width).toBeGreaterThan(250);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);

  // The booth in its zone's mustard: no violet anywhere yet.
  await view.scrollIntoViewIfNeeded();
  const first = await shoot(page, view);
  expect(first.violet).toBeLessThan(0.005);
  expect(first.green).toBeLessThan(0.0005);

  // The colour, not saved: the booth's walls, posts and floor turn violet in the preview.
  await page.getByLabel(CHOSEN, { exact: true }).check();
  await expect.poll(async () => (await shoot(page, view)).violet, { timeout: 30_000 }).toBeGreaterThan(0.03);

  // The name, not saved: the sign over the booth is drawn again with it.
  const before = await shoot(page, view);
  await page.getByLabel(boothEditKo.nameKo).fill('바다를 닮은 가방 가게');
  await expect(page.getByRole('img', { name: boothEditKo.preview3dLabel.replace('{{name}}', '바다를 닮은 가방 가게') })).toBeVisible();
  await expect.poll(async () => changed(before.top, (await shoot(page, view)).top), { timeout: 30_000 }).toBeGreaterThan(0.01);

  // A logo just uploaded, not saved: it hangs on the sign in the preview.
  await page.getByLabel(boothEditKo.uploadLogo).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await logoPng() });
  await expect(page.getByRole('status').filter({ hasText: boothEditKo.uploaded })).toBeVisible();
  await expect.poll(async () => (await shoot(page, view)).green, { timeout: 30_000 }).toBeGreaterThan(0.002);

  // Nothing reached the server: the booth is as it was, for the editor's API and for visitors.
  const saved = (await (await fetch(`${previewServer.url}/api/studio/booths/${BOOTH}`, { headers: member.headers() })).json()) as { booth: { entry: { name: { ko: string }; colorIndex?: number; logo?: string } } };
  expect(saved.booth.entry.name.ko).toBe(NAME);
  expect(saved.booth.entry.colorIndex).toBeUndefined();
  expect(saved.booth.entry.logo).toBeUndefined();
  const venue = (await (await fetch(`${previewServer.url}/api/catalogue`)).json()) as { enterprises: { id: string; name: { ko: string }; colorIndex?: number }[] };
  expect(venue.enterprises.find((e) => e.id === BOOTH)).toMatchObject({ name: { ko: NAME } });
  expect(venue.enterprises.find((e) => e.id === BOOTH)?.colorIndex).toBeUndefined();
});

test('without WebGL the panel says so, fetches no 3D code, and the text preview still follows the form', async ({ page, context, previewServer, member }) => {
  await signIn(context, previewServer, member);
  // A browser without WebGL: every WebGL context request is refused.
  await context.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      return kind.startsWith('webgl') ? null : (getContext as (...a: unknown[]) => unknown).call(this, kind, ...rest);
    } as typeof getContext;
  });
  const scripts = new Set<string>();
  page.on('request', (r) => r.resourceType() === 'script' && scripts.add(r.url()));
  await page.setViewportSize({ width: 390, height: 844 });

  await page.goto(`/studio/booths/${BOOTH}`);
  await page.getByText(boothEditKo.preview3dTitle, { exact: true }).click();
  await expect(page.getByText(boothEditKo.preview3dNoWebGL)).toBeVisible();
  await page.getByLabel(boothEditKo.field_tagline).fill('WebGL 없이도 보이는 한 줄');
  await expect(page.locator('.editor__preview .booth__tagline')).toHaveText('WebGL 없이도 보이는 한 줄');
  await page.waitForLoadState('networkidle');
  expect(await engineLoaded(page, scripts)).toBe(false);
});
