import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { INFO_DESK_SIZE } from '../../shared/world/infoDesk.ts';
import { clickWorldPoint, distance, enterWorld, LAYOUT, playerPos } from '../helpers/world.ts';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';

/**
 * Issue 12 §1: the plaza's info desk beside 시웃이 gives the center's introduction and contacts in
 * the world (before, only /list had them). One journey: from the spawn, click the desk → its panel
 * beside the world, with the catalogue's introduction and real tel:/mailto: links, focus on its
 * heading and no serious axe finding; Esc closes it;
 * then click the floor in front of the counter → the visitor walks up, and the desk opens by itself.
 */
test('the info desk opens the center\'s introduction and contacts on a click and on walking up', async ({ page }) => {
  const desk = LAYOUT.infoDesk;
  const center = CATALOGUE.center;
  await enterWorld(page);
  const panel = page.locator('.info-desk-panel');
  await expect(panel).toHaveCount(0);

  await clickWorldPoint(page, desk.position.x, 0.6, desk.position.z + INFO_DESK_SIZE.depth / 2);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(center.name.ko);
  await expect(panel).toContainText(center.intro[0]!);
  await expect(panel.locator(`a[href^="tel:"]`)).toHaveText(center.phone);
  await expect(panel.locator(`a[href="mailto:${center.email}"]`)).toHaveText(center.email);
  await expect(panel).toContainText(center.address);
  // The panel is labelled by the center's heading, and focus starts there.
  await expect(page.getByRole('dialog', { name: center.name.ko })).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await expectNoSeriousA11yViolations(page, { include: '.info-desk-panel' });
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  // Still at the spawn, far from the counter: walking up opens it.
  expect(distance(await playerPos(page), desk.interactPoint)).toBeGreaterThan(desk.interactRadius);
  await clickWorldPoint(page, desk.interactPoint.x, 0, desk.interactPoint.z);
  await expect(panel).toBeVisible({ timeout: 30_000 });
  expect(distance(await playerPos(page), desk.interactPoint)).toBeLessThanOrEqual(desk.interactRadius + 0.05);
});
