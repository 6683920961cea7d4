import { enableTestHook } from '../helpers/testHook.ts';
import { enterWorld } from '../helpers/world.ts';
import { expect, test } from './fixtures.ts';

/**
 * Issue 12 §4: signs read from the walkways. Every line the world's signs draw (zone and plaza signs,
 * booth headers, 시웃이's plate and bubble, the history panels, the directory and the junctions'
 * signposts), projected on a 1280×720 screen from
 * 5 m with the world's own lens, is at least 12 px tall; an English line is at least half the height
 * of the Korean line above it. The sizes are the ones the atlas really drew (after fitting long
 * titles), reported by the test hook, so a title that shrinks to fit is caught.
 */

test.use({ viewport: { width: 1280, height: 720 } });

const FROM_M = 5;
const MIN_PX = 12;

test('every sign line is at least 12 px tall from 5 m on a laptop, English at least half the Korean', async ({ page }) => {
  await enableTestHook(page.context());
  await enterWorld(page);
  const report = await page.evaluate(() => window.__seeot!.signLines());
  expect(report).not.toBeNull();
  const { fov, viewHeight, signs } = report!;
  expect(viewHeight).toBe(720);
  // On-screen px of one metre at FROM_M in front of the camera.
  const pxPerMetre = viewHeight / (2 * FROM_M * Math.tan(((fov / 2) * Math.PI) / 180));
  const onScreen = (s: (typeof signs)[number], px: number) => (px * s.height) / s.cellHeight * pxPerMetre;

  const kinds = new Set(signs.map((s) => s.kind));
  for (const k of ['area', 'booth', 'history', 'plate', 'bubble', 'directory', 'signpost']) expect(kinds, k).toContain(k);

  const small = signs.flatMap((s) =>
    s.lines.filter((l) => onScreen(s, l.px) < MIN_PX).map((l) => `${s.key} ${l.role}: ${onScreen(s, l.px).toFixed(1)} px`),
  );
  expect(small).toEqual([]);

  const thinEnglish = signs.flatMap((s) => {
    const ko = Math.max(0, ...s.lines.filter((l) => l.role === 'ko').map((l) => l.px));
    return s.lines.filter((l) => l.role === 'en' && l.px < ko / 2).map((l) => `${s.key}: en ${l.px} px under ko ${ko} px`);
  });
  expect(thinEnglish).toEqual([]);
  // Bilingual signs exist, so the English rule had lines to check.
  expect(signs.filter((s) => s.lines.some((l) => l.role === 'en')).length).toBeGreaterThan(10);
});
