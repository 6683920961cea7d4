import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { analyticsKo } from '../../shared/i18n/analytics-ko.ts';
import { ownServer } from '../helpers/ownServer.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';
import { enableTestHook } from '../helpers/testHook.ts';
import { enterWorld, teleport } from '../helpers/world.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

/**
 * Issue 11 §3-§4: staff watch /admin/dashboard while a visitor walks (test-hook teleport) to a booth
 * in /world: the booth's row shows them without a reload. The visitor stays, then leaves; the booth's
 * visit with its stay shows in /admin/analytics and is in the CSV it downloads. Against a fresh
 * server of our own (its first admin is made from the setup code).
 */

const BOOTH = 'cut-the-trash';
const boothName = findBooth(CATALOGUE, BOOTH)!.summary.title.ko;

const test = base.extend<object, { dashServer: RunningServer; admin: SignedInSession }>({
  dashServer: ownServer(),
  admin: [async ({ dashServer }, use) => use(await setupAdmin(dashServer.url, dashServer.output())), { scope: 'worker' }],
  baseURL: async ({ dashServer }, use) => use(dashServer.url),
});

test.setTimeout(180_000);

const signIn = (context: BrowserContext, server: RunningServer, who: SignedInSession) =>
  context.addCookies([{ name: 'seeot_session', value: who.cookie.split('=')[1]!, url: server.url }]);

test('staff see a visitor at a booth on the live dashboard without a reload; after they leave, the visit with its stay shows and downloads as CSV', async ({ page, context, browser, dashServer, admin, baseURL }) => {
  await signIn(context, dashServer, admin);
  await page.goto('/admin/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: analyticsKo.dashboardTitle })).toBeVisible();
  await expect(page.getByText(analyticsKo.nobodyAtBooths)).toBeVisible();
  await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
  await expectNoSeriousA11yViolations(page);

  const visitorContext = await browser.newContext({ baseURL, locale: 'ko-KR' });
  try {
    await enableTestHook(visitorContext);
    const world = await visitorContext.newPage();
    await enterWorld(world);
    await teleport(world, `booth:${BOOTH}`);
    const arrived = Date.now();

    const row = page.getByTestId('booths-now').getByRole('row').filter({ hasText: boothName });
    await expect(row).toBeVisible({ timeout: 15_000 });
    await expect(row.getByRole('cell')).toHaveText('1');
    await expect(page.getByTestId('visitors-now')).toHaveText(analyticsKo.visitorsNow.replace('{{count}}', '1'));
    // Its shard is named by its fair and hall (every timed fair has a 1관 of its own too).
    const shard = page.getByTestId('shards-now').getByRole('row').filter({ hasText: analyticsKo.permanentExhibition });
    await expect(shard.getByRole('rowheader')).toHaveText(analyticsKo.hallNumber.replace('{{n}}', '1'));
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);

    // A stay of at least 5 s, then the visitor walks away (the visit ends 3 s later).
    await expect.poll(() => Date.now() - arrived, { intervals: [250] }).toBeGreaterThan(5000);
    await teleport(world, 'spawn');
    await expect(page.getByText(analyticsKo.nobodyAtBooths)).toBeVisible({ timeout: 15_000 });
  } finally {
    await visitorContext.close();
  }

  await page.goto('/admin/analytics');
  await expect(page.getByRole('heading', { level: 1, name: analyticsKo.analyticsTitle })).toBeVisible();
  // Written within 5 s of the visit's end: read the page again until it is there.
  const visit = page.getByTestId('recent-visits').getByRole('row').filter({ hasText: boothName });
  await expect(async () => {
    await page.reload();
    await expect(visit).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000, intervals: [1000] });
  const stay = Number(/(\d+)초/.exec((await visit.getByRole('cell').last().textContent()) ?? '')?.[1]);
  expect(stay).toBeGreaterThanOrEqual(3);
  await expect(page.locator('.analytics-heatmap__cells rect').first()).toBeAttached();
  await expect(page.locator('.analytics-chart canvas')).toBeAttached();
  await expectNoSeriousA11yViolations(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: analyticsKo.csvFair }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF부스,방문,순 방문객,평균 체류(초)')).toBe(true);
  expect(csv).toContain(`\r\n${BOOTH},1,1,`);
});
