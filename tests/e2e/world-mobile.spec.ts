import { t } from '../helpers/i18n.ts';
import { expect, test } from './fixtures.ts';
import { boothDialog, distance, enterWorld, playerPos, teleport, touchDrag } from '../helpers/world.ts';

// A phone: touch only, portrait. The joystick, the folded mini-map and the full-screen booth sheet.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('dragging the joystick with a finger walks the avatar', async ({ page }) => {
  await enterWorld(page);
  const stick = page.getByRole('img', { name: t('world.joystickLabel') });
  await expect(stick).toBeVisible();
  const box = (await stick.boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const start = await playerPos(page);
  // Push up (forward) by most of the stick's radius, hold until he has walked a metre.
  await touchDrag(page, centre, { x: centre.x, y: centre.y - box.height * 0.4 }, async () => {
    await expect.poll(async () => distance(await playerPos(page), start), { timeout: 30_000 }).toBeGreaterThan(1);
  });
  // Released: he stops.
  const released = await playerPos(page);
  await expect
    .poll(async () => {
      const a = await playerPos(page);
      await page.waitForFunction((f) => window.__seeot!.frame > f + 3, await page.evaluate(() => window.__seeot!.frame));
      return distance(a, await playerPos(page));
    })
    .toBeLessThan(1e-6);
  // Forward from the spawn is north (the camera starts behind him, facing the plaza's centre).
  expect(released.z).toBeLessThan(start.z);
});

test('phone HUD: folded map, tap-to-open prompt, booth bottom sheet', async ({ page }) => {
  await enterWorld(page);
  const toggle = page.getByRole('button', { name: t('world.mapShow') });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.tap();
  await expect(page.getByRole('button', { name: t('world.mapHide') })).toHaveAttribute('aria-expanded', 'true');

  await teleport(page, 'booth:danbi');
  const prompt = page.locator('.world-prompt__button[data-booth-id="danbi"]');
  await expect(prompt).toContainText(t('world.promptTap'));
  await prompt.tap();
  const dialog = boothDialog(page);
  await expect(dialog).toBeVisible();
  // A sheet along the bottom over at most 60% of the height: the world stays above it.
  const box = (await dialog.boundingBox())!;
  expect(box.width).toBe(390);
  expect(box.height).toBeLessThanOrEqual(0.6 * 844 + 1);
  expect(box.y + box.height).toBeCloseTo(844, 0);
});
