import { containing, t } from '../helpers/i18n.ts';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';
import {
  booth,
  boothDialog,
  clickWorldPoint,
  distance,
  enterWorld,
  holdKeyUntil,
  holdKeyUntilBlocked,
  insideBounds,
  insideCollider,
  KOREAN_W,
  LAYOUT,
  openBoothByClick,
  openBoothByKey,
  playerPos,
  waitForWorld,
  waitFrames,
} from '../helpers/world.ts';

// The world's interactions, driven through the typed hook (window.__seeot) and real input events.
// SwiftShader is slow: one world per test at 960×540 and ?quality=low, conditions instead of timers.

const spawn = LAYOUT.spawn.position;

test('landing → Enter → one step into the world: the controls hint shows once, the full help on demand', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: t('landing.enter') }).click();
  await expect(page).toHaveURL(/\/world(\?|$)/);
  await waitForWorld(page);

  // The visitor picks a nickname (multiplayer entry dialog); the controls follow as a hint over the
  // world, not a second dialog, and it goes by itself.
  const entry = page.getByRole('dialog', { name: t('world.entryTitle') });
  await entry.getByLabel(t('world.entryNickname')).fill('첫 방문');
  await entry.getByRole('button', { name: t('world.entrySubmit') }).click();
  await expect(entry).toBeHidden();

  const hint = page.getByTestId('controls-hint');
  await expect(hint).toContainText(t('world.hintKeys'));
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: t('world.hintKeys') })).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.getItem('seeot.world.helpSeen'))).toBe('1');
  await expect(hint).toHaveCount(0, { timeout: 20_000 });

  // The full card on demand: with H (Esc or H closes it) and with the "?" button.
  const help = page.getByRole('dialog', { name: t('world.helpTitle') });
  await page.keyboard.press('KeyH');
  await expect(help).toBeVisible();
  await expect(help.getByText(t('world.helpRun'))).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.keyboard.press('KeyH');
  await expect(help).toBeVisible();
  await page.keyboard.press('KeyH');
  await expect(help).toBeHidden();
  await page.getByRole('button', { name: t('world.helpButton') }).click();
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: t('world.helpStart') }).click();
  await expect(help).toBeHidden();
});

test('holding W walks until something solid stops him', async ({ page }) => {
  await enterWorld(page);
  expect(distance(await playerPos(page), spawn)).toBeLessThan(1e-6);
  await holdKeyUntil(page, 'KeyW', (p) => distance(p, spawn) > 0.5);
  const stopped = await holdKeyUntilBlocked(page, 'KeyW');
  // Spawn faces 시웃이's plinth to the north: he ends in front of it, not in it.
  expect(stopped.z).toBeLessThan(spawn.z - 1);
  expect(insideBounds(stopped)).toBe(true);
  expect(insideCollider(stopped)).toBeUndefined();
});

test('walking works with a Korean keyboard layout (key ㅈ, code KeyW)', async ({ page }) => {
  await enterWorld(page);
  // Along the history hall toward its north end wall: a long walk, so run (Shift).
  await page.evaluate(() => window.__seeot!.teleport('area:history'));
  const start = await playerPos(page);
  await holdKeyUntil(page, KOREAN_W, (p) => distance(p, start) > 0.5);
  const stopped = await holdKeyUntilBlocked(page, KOREAN_W, 60_000);
  expect(distance(stopped, start)).toBeGreaterThan(2);
  expect(insideBounds(stopped)).toBe(true);
  expect(insideCollider(stopped)).toBeUndefined();
});

test('typing in the search box does not move the player', async ({ page }) => {
  await enterWorld(page);
  const before = await playerPos(page);
  const search = page.getByRole('combobox');
  await search.click();
  await page.keyboard.down('KeyW');
  await waitFrames(page, 10);
  await page.keyboard.up('KeyW');
  await page.keyboard.type('wasd');
  await page.keyboard.insertText('ㅈㅈㅈ');
  await waitFrames(page, 5);
  await expect(search).toHaveValue(/wasd/);
  expect(distance(await playerPos(page), before)).toBeLessThan(1e-6);
});

test('clicking the floor walks there', async ({ page }) => {
  await enterWorld(page);
  const target = { x: spawn.x + 4, z: spawn.z - 2 };
  await clickWorldPoint(page, target.x, 0, target.z);
  await expect.poll(async () => distance(await playerPos(page), target), { timeout: 30_000 }).toBeLessThan(0.3);
});

test('clicking a booth opens its dialog; Back closes it', async ({ page }) => {
  await enterWorld(page);
  await openBoothByClick(page, 'danbi');
  const dialog = boothDialog(page);
  await expect(page).toHaveURL(/\/booth\/danbi$/);
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText(booth('danbi').title.ko);
  await expect(dialog).toHaveAccessibleName(containing(booth('danbi').title.ko));
  await page.goBack();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/world(\?|$)/);
});

test('E and Enter open the nearby booth; Esc closes and walking resumes', async ({ page }) => {
  await enterWorld(page);
  await openBoothByKey(page, 'seeot-school', 'KeyE');
  const dialog = boothDialog(page);
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText(booth('seeot-school').title.ko);
  // Keys inside the dialog are the dialog's: W must not walk behind it.
  const at = await playerPos(page);
  await page.keyboard.press('KeyW');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/world(\?|$)/);
  expect(distance(await playerPos(page), at)).toBeLessThan(1e-6);

  await openBoothByKey(page, 'networking', 'Enter');
  await expect(page).toHaveURL(/\/booth\/networking$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Closed: the keys walk again (S backs away from the booth).
  const there = await playerPos(page);
  await holdKeyUntil(page, 'KeyS', (p) => distance(p, there) > 0.5);
});

test('mini-map buttons teleport to a booth and to a zone', async ({ page }) => {
  await enterWorld(page);
  const map = page.getByRole('navigation', { name: t('world.mapTitle') });
  const b = booth('svi');
  // The booth list (the keyboard way; on the plan itself booths are pointer targets), in the legend.
  await map.getByRole('button', { name: t('world.mapLegend') }).click();
  await map.getByRole('button', { name: `${t('world.mapBooths')} (${LAYOUT.booths.length})` }).click();
  await map.getByRole('list', { name: t('world.mapGoBooths') }).getByRole('button', { name: b.title.ko, exact: true }).click();
  await expect.poll(async () => distance(await playerPos(page), b.interactPoint)).toBeLessThan(1e-6);
  await expect(page.locator('.world-prompt__button[data-booth-id="svi"]')).toBeVisible();

  const zone = LAYOUT.teleports.find((tp) => tp.id === 'area:enterprises')!;
  const area = LAYOUT.areas.find((a) => a.id === 'enterprises')!;
  await map.getByRole('list', { name: t('world.mapGoAreas') }).getByRole('button', { name: area.title.ko, exact: true }).click();
  await expect.poll(async () => distance(await playerPos(page), zone.position)).toBeLessThan(1e-6);
});

test('search: a booth\'s name takes you in front of that booth', async ({ page }) => {
  await enterWorld(page);
  const b = booth('seeot-school');
  const search = page.getByRole('combobox');
  await search.click();
  await page.keyboard.insertText(b.title.ko);
  await page.getByRole('option', { name: b.title.ko }).first().click();
  await expect.poll(async () => distance(await playerPos(page), b.interactPoint)).toBeLessThan(1e-6);
  await expect(search).not.toBeFocused();
  await expect(page.locator('.world-prompt__button[data-booth-id="seeot-school"]')).toBeVisible();
});

test('deep link /booth/danbi opens the dialog in front of the booth; closing stays in the world', async ({ page }) => {
  await enterWorld(page, '/booth/danbi');
  const dialog = boothDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText(booth('danbi').title.ko);
  await expect(dialog.getByRole('table').first()).toBeVisible();
  expect(distance(await playerPos(page), booth('danbi').interactPoint)).toBeLessThan(1e-6);
  await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
  await dialog.getByRole('button', { name: t('world.dialogClose') }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/world(\?|$)/);
  // No opener to return to: focus lands on the labelled world canvas, not <body>, and keys walk.
  await expect(page.getByRole('region', { name: t('world.canvasLabel') })).toBeFocused();
  const before = await playerPos(page);
  await holdKeyUntil(page, 'KeyS', (p) => distance(p, before) > 0.5);
});

test('an unknown booth id shows a friendly not-found inside the dialog', async ({ page }) => {
  await enterWorld(page, '/booth/no-such-booth');
  const dialog = boothDialog(page);
  await expect(dialog).toHaveAccessibleName(t('world.boothNotFoundTitle'));
  await expect(dialog).toContainText('no-such-booth');
});

test('axe: the HUD and the open booth panel have no serious or critical violations', async ({ page }) => {
  await enterWorld(page);
  await expectNoSeriousA11yViolations(page, { include: '.world-hud' });
  await openBoothByKey(page, 'danbi');
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
  // The panel stands beside the world (booth-panel.spec): not modal, the HUD stays in reach.
  await expect(boothDialog(page)).not.toHaveAttribute('aria-modal', 'true');
  await expect(page.getByRole('complementary', { name: t('world.hudLabel') })).not.toHaveAttribute('inert');
});
