import type { Page } from '@playwright/test';
import { boothTeleportId, historyTeleportId, SPAWN_TELEPORT_ID } from '../../shared/world/teleports.ts';
import { clickWorldPoint, distance, enterWorld, LAYOUT, playerPos, teleport } from '../helpers/world.ts';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';

/**
 * Issue 12 §2: 시웃이 is a guide. One journey: click him in the plaza → "어디로 갈까?" (axe clean,
 * focus in its search); ask for a booth in a zone → a path from the visitor to the booth's counter
 * (read through the test hook) and the way as text (the plaza, the zone, the booth); stray far →
 * the path is drawn again from where the visitor now stands; arrive → it clears; ask again and
 * "안내 끝내기" clears it too.
 */
const zoneIds = new Set(LAYOUT.areas.filter((a) => a.kind === 'zone').map((a) => a.id));
const booth = LAYOUT.booths.find((b) => zoneIds.has(b.areaId))!;
const zone = LAYOUT.areas.find((a) => a.id === booth.areaId)!;
const farStation = LAYOUT.historyStations[LAYOUT.historyStations.length - 1]!;

const guideOf = (page: Page) => page.evaluate(() => window.__seeot!.guide());

test('ask 시웃이 for a booth: a path on the floor, redrawn after straying, cleared on arrival or on request', async ({ page }) => {
  await enterWorld(page);
  const panel = page.locator('.guide-panel');
  await expect(panel).toHaveCount(0);

  const m = LAYOUT.mascot.position;
  await clickWorldPoint(page, m.x, 1.9, m.z);
  await expect(page.getByRole('dialog', { name: '어디로 갈까?' })).toBeVisible();
  const search = panel.getByRole('combobox');
  await expect(search).toBeFocused();
  await expectNoSeriousA11yViolations(page, { include: '.guide-panel' });

  await search.fill(booth.title.ko);
  await panel.getByRole('option').first().waitFor();
  await search.press('Enter');
  await expect.poll(() => guideOf(page)).not.toBeNull();
  const g = (await guideOf(page))!;
  expect(g.target).toEqual({ kind: 'booth', id: booth.id });
  expect(distance(g.route[0]!, await playerPos(page))).toBeLessThan(0.5);
  expect(distance(g.route[g.route.length - 1]!, booth.interactPoint)).toBeLessThan(0.01);
  expect(g.areas).toEqual(['plaza', zone.id]);
  await expect(panel.locator('.guide-panel__steps li')).toHaveText([/시웃 광장/, zone.title.ko, booth.title.ko]);
  await expect(panel).toContainText('이쪽이야!');
  await expectNoSeriousA11yViolations(page, { include: '.guide-panel' });

  // Far off the path (the history hall's far end): drawn again from there.
  await teleport(page, historyTeleportId(farStation.id));
  await expect.poll(async () => distance((await guideOf(page))?.route[0] ?? { x: 1e9, z: 1e9 }, farStation.interactPoint)).toBeLessThan(1);
  expect((await guideOf(page))!.areas[0]).toBe('history');

  // At the booth: arrived, the path goes.
  await teleport(page, boothTeleportId(booth.id));
  await expect.poll(() => guideOf(page)).toBeNull();
  await expect(panel.locator('.guide-panel__steps')).toHaveCount(0);

  // Ask for the zone itself, then end the guidance by hand.
  await teleport(page, SPAWN_TELEPORT_ID);
  await search.fill(zone.title.ko);
  await panel.getByRole('option').first().waitFor();
  await search.press('Enter');
  await expect.poll(async () => (await guideOf(page))?.target.id).toBe(zone.id);
  await panel.getByRole('button', { name: '안내 끝내기' }).click();
  await expect.poll(() => guideOf(page)).toBeNull();
  await panel.getByRole('button', { name: '닫기' }).click();
  await expect(panel).toHaveCount(0);
});
