import { REST_AFTER_MS, REST_FPS } from '../../client/world/state/rest.ts';
import { skipControlsHelp, waitForWorld, waitFrames } from '../helpers/world.ts';
import { expect, test } from './fixtures.ts';

/**
 * The 3D scene's rendering contract: a real progress bar before ready, the draw-call budget with the
 * overview camera, the low quality tier, pausing in a hidden tab, and the no-WebGL fallback to /list.
 * Every wait is on a condition (the test hook's ready flag and frame counter), never a timer.
 */

/** Resolves after `n` animation frames of the page itself (not of the 3D loop). */
const pageFrames = (n: number): string =>
  `new Promise((r) => { let k = 0; const f = () => (++k >= ${n} ? r(undefined) : requestAnimationFrame(f)); requestAnimationFrame(f); })`;

test('the world shows a progress bar, becomes ready and stays within the draw-call budget', async ({ page }) => {
  await skipControlsHelp(page);
  await page.goto('/world?quality=high&camera=overview');
  const bar = page.getByRole('progressbar');
  await expect(bar).toBeVisible();
  const now = Number(await bar.getAttribute('aria-valuenow'));
  expect(now).toBeGreaterThanOrEqual(0);
  expect(now).toBeLessThan(100);

  await waitForWorld(page);
  await expect(bar).toHaveCount(0);
  // The overview is the scene alone (benchmarks, screenshots): no HUD, entry dialog or help over it.
  await expect(page.locator('.world-hud')).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await waitFrames(page, 2);
  const r = await page.evaluate(() => window.__seeot!.renderer());
  expect(r.drawCalls).toBeGreaterThan(0);
  expect(r.drawCalls).toBeLessThanOrEqual(80);
  expect(r.triangles).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__seeot!.quality)).toBe('high');
});

test.describe('on a 2× screen', () => {
  test.use({ deviceScaleFactor: 2 });

  test('?quality=low renders at DPR 1 on the low tier', async ({ page }) => {
    await skipControlsHelp(page);
    await page.goto('/world?quality=low');
    await waitForWorld(page);
    expect(await page.evaluate(() => window.__seeot!.quality)).toBe('low');
    const size = await page.evaluate(() => {
      const c = document.querySelector('canvas')!;
      return { w: c.width, cw: c.clientWidth, dpr: window.devicePixelRatio };
    });
    expect(size.dpr).toBe(2);
    expect(size.w).toBe(Math.round(size.cw));
  });
});

test('rendering pauses while the tab is hidden and resumes when shown', async ({ page }) => {
  await skipControlsHelp(page);
  await page.goto('/world?quality=low');
  await waitForWorld(page);
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  // A frame already requested may still land; after that, nothing.
  await page.evaluate(pageFrames(3));
  const f0 = await page.evaluate(() => window.__seeot!.frame);
  await page.evaluate(pageFrames(20));
  expect(await page.evaluate(() => window.__seeot!.frame)).toBe(f0);

  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await waitFrames(page, 2);
});

test('a still world rests at two frames a second; a key, or avatars walking in view, wake it', async ({ page }) => {
  await skipControlsHelp(page);
  await page.goto('/world?quality=low');
  await waitForWorld(page);
  // Nobody acts and nothing moves: after REST_AFTER_MS it rests.
  await page.waitForFunction(() => window.__seeot!.resting, undefined, { timeout: REST_AFTER_MS + 30_000 });
  // Resting, three frames take at least two resting intervals (a busy machine only makes them longer).
  const pageNow = () => page.evaluate(() => performance.now());
  let t0 = await pageNow();
  await waitFrames(page, 3);
  expect(await pageNow()).toBeGreaterThanOrEqual(t0 + (2 * 1000) / REST_FPS - 50);

  // The visitor's key wakes it: full rate again, and rest only after another REST_AFTER_MS of stillness.
  t0 = await pageNow();
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => !window.__seeot!.resting, undefined, { timeout: 5000 }); // its next frame
  await page.waitForFunction(() => window.__seeot!.resting, undefined, { timeout: REST_AFTER_MS + 30_000 });
  expect(await pageNow()).toBeGreaterThanOrEqual(t0 + REST_AFTER_MS);

  // Avatars walking in view wake it too: their steps are drawn at full rate.
  await page.evaluate(() => window.__seeot!.addSyntheticAvatars(3));
  await page.waitForFunction(() => !window.__seeot!.resting);
});

test('without WebGL the visitor lands on /list with a notice', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    // Pretend the GPU is blocklisted: every WebGL flavour is unavailable, 2D still works.
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/i.test(type)) return null;
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
  await page.goto('/world');
  await expect(page).toHaveURL(/\/list\?notice=no-webgl$/);
  expect(await page.evaluate(() => window.__seeot)).toBeUndefined();
});
