import type { Page } from '@playwright/test';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { t } from '../helpers/i18n.ts';
import { ownServer } from '../helpers/ownServer.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { setupAdmin } from '../helpers/staffSession.ts';
import { boothDialog, distance, enterWorld, holdKeyUntil, openBoothByKey, playerPos } from '../helpers/world.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

/**
 * Issue 12 §3: a booth opens as a panel beside the world, not over it. On a laptop the panel leaves
 * at least 60% of the screen to the world, and the visitor still walks with it open; on a phone it is
 * a sheet over at most 60% of the height that a grip takes to the full screen. At the top: the name,
 * the booth's own links (real links, opened beside the world with rel=noopener), and the inquiry
 * buttons, whose form opens in the panel. Against a server of our own, whose admin gives the booth
 * a site and a shop.
 */

const BOOTH = 'cut-the-trash';
const boothName = findBooth(CATALOGUE, BOOTH)!.summary.title.ko;
const LINKS = [
  { label: '누리집', href: 'https://ctt.example.kr/' },
  { label: '온라인 상점', href: 'https://shop.ctt.example.kr/' },
];

const test = base.extend<object, { panelServer: RunningServer; withLinks: string }>({
  panelServer: ownServer(),
  // The server's first admin gives the booth a site and a shop; its address once they are saved.
  withLinks: [
    async ({ panelServer }, use) => {
      const admin = await setupAdmin(panelServer.url, panelServer.output());
      const api = `${panelServer.url}/api/studio/booths/${BOOTH}`;
      const { version } = (await (await fetch(api, { headers: admin.headers() })).json()) as { version: number };
      const saved = await fetch(api, { method: 'PUT', headers: admin.headers(), body: JSON.stringify({ baseVersion: version, fields: [{ path: 'links', value: LINKS }] }) });
      if (saved.status !== 200) throw new Error(`links not saved: ${saved.status} ${await saved.text()}`);
      await use(panelServer.url);
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ withLinks }, use) => use(withLinks),
});

test.setTimeout(120_000);

/** Share of the viewport covered by the panel and the HUD's top-level boxes (their union, whole boxes: an overestimate). */
async function coveredShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const boxes = [document.querySelector('[role="dialog"]'), ...document.querySelectorAll('.world-hud__chrome > *')]
      .filter((el): el is Element => el !== null && getComputedStyle(el).display !== 'none')
      .map((el) => el.getBoundingClientRect())
      .map((r) => ({ x0: Math.max(0, r.left), y0: Math.max(0, r.top), x1: Math.min(innerWidth, r.right), y1: Math.min(innerHeight, r.bottom) }))
      .filter((r) => r.x1 > r.x0 && r.y1 > r.y0);
    const xs = [...new Set(boxes.flatMap((r) => [r.x0, r.x1]))].sort((a, b) => a - b);
    const ys = [...new Set(boxes.flatMap((r) => [r.y0, r.y1]))].sort((a, b) => a - b);
    let area = 0;
    for (let i = 0; i + 1 < xs.length; i++) {
      for (let j = 0; j + 1 < ys.length; j++) {
        const cx = (xs[i]! + xs[i + 1]!) / 2;
        const cy = (ys[j]! + ys[j + 1]!) / 2;
        if (boxes.some((r) => cx > r.x0 && cx < r.x1 && cy > r.y0 && cy < r.y1)) area += (xs[i + 1]! - xs[i]!) * (ys[j + 1]! - ys[j]!);
      }
    }
    return area / (innerWidth * innerHeight);
  });
}

test.describe('laptop', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the panel leaves the world visible and walkable; its links are real links; the inquiry form opens in it; axe', async ({ page }) => {
    await enterWorld(page);
    await openBoothByKey(page, BOOTH, 'KeyE');
    const panel = boothDialog(page);
    await expect(panel).toHaveAccessibleName(boothName);
    await expect(panel.getByRole('heading', { level: 2, name: boothName })).toBeFocused();
    expect((await panel.boundingBox())!.width).toBeLessThanOrEqual(380);
    expect(await coveredShare(page)).toBeLessThanOrEqual(0.4);

    for (const link of LINKS) {
      const a = panel.getByRole('link', { name: link.label });
      await expect(a).toHaveAttribute('href', link.href);
      await expect(a).toHaveAttribute('target', '_blank');
      await expect(a).toHaveAttribute('rel', /\bnoopener\b/);
    }

    await panel.getByRole('button', { name: t('inquiry.openConsultation') }).click();
    await expect(panel.getByRole('form')).toBeVisible();
    await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });

    // Back on the world (a click there focuses it; here its labelled container), the keys walk with the panel open.
    await page.getByRole('region', { name: t('world.canvasLabel') }).focus();
    const at = await playerPos(page);
    await holdKeyUntil(page, 'KeyS', (p) => distance(p, at) > 0.5);
    await expect(panel).toBeVisible();
    // Esc on the world closes it too.
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the sheet covers at most 60% of the height, its grip takes the full screen, and the close button sits under the thumb', async ({ page }) => {
    await enterWorld(page, `/booth/${BOOTH}`);
    const panel = boothDialog(page);
    await expect(panel).toHaveAccessibleName(boothName);
    const sheet = (await panel.boundingBox())!;
    expect(sheet.height).toBeLessThanOrEqual(0.6 * 844 + 1);
    expect(sheet.y + sheet.height).toBeCloseTo(844, 0);
    const close = (await panel.getByRole('button', { name: t('world.dialogClose') }).boundingBox())!;
    expect(close.y).toBeGreaterThan(844 * 0.85);

    await panel.getByRole('button', { name: t('world.boothPanelExpand') }).tap();
    await expect.poll(async () => (await panel.boundingBox())!.height).toBeGreaterThan(844 - 1);
    await panel.getByRole('button', { name: t('world.boothPanelShrink') }).tap();
    await expect.poll(async () => (await panel.boundingBox())!.height).toBeLessThanOrEqual(0.6 * 844 + 1);
    await panel.getByRole('button', { name: t('world.dialogClose') }).tap();
    await expect(panel).toBeHidden();
  });
});
