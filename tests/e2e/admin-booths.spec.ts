import type { BrowserContext } from '@playwright/test';
import { ownServer } from '../helpers/ownServer.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { adminBoothsKo } from '../../shared/i18n/admin-booths-ko.ts';
import { adminKo } from '../../shared/i18n/admin-ko.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

/**
 * Staff create a booth in /admin, see it on the floor-plan preview before anything is published,
 * publish it, and a visitor whose /list was already open sees it appear without a reload. Against a
 * fresh server of our own (its first start prints the setup code the admin is made with).
 */

const test = base.extend<object, { boothsServer: RunningServer; admin: SignedInSession }>({
  boothsServer: ownServer(),
  admin: [async ({ boothsServer }, use) => use(await setupAdmin(boothsServer.url, boothsServer.output())), { scope: 'worker' }],
  baseURL: async ({ boothsServer }, use) => use(boothsServer.url),
});

test.setTimeout(180_000);

const signIn = (context: BrowserContext, server: RunningServer, who: SignedInSession) =>
  context.addCookies([{ name: 'seeot_session', value: who.cookie.split('=')[1]!, url: server.url }]);

const NAME = { ko: '새싹상회', en: 'Saessak Store' };
const STAGE = CATALOGUE.valueChain.activities[0]!.stages[0]!;

test('staff create a booth, check it on the floor plan, publish it, an open /list shows it without a reload; then they move it to a stage the same way', async ({ page, browser, context, boothsServer, admin }) => {
  // A visitor reading /list before anything happens.
  const visitor = await browser.newPage();
  await visitor.goto(`${boothsServer.url}/list`);
  await expect(visitor.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await visitor.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
  await expect(visitor.getByText(NAME.ko)).toHaveCount(0);

  await signIn(context, boothsServer, admin);
  await page.goto('/admin/booths');
  await expect(page.getByRole('heading', { level: 1, name: adminKo.navBooths })).toBeVisible();
  await expect(page.getByRole('table', { name: adminBoothsKo.tableCaption })).toBeVisible();

  const form = page.getByRole('region', { name: adminBoothsKo.createTitle });
  await form.getByLabel(adminBoothsKo.fieldId).fill('saessak-store');
  await form.getByLabel(adminBoothsKo.fieldNameKo).fill(NAME.ko);
  await form.getByLabel(adminBoothsKo.fieldNameEn).fill(NAME.en);
  await form.getByLabel(adminBoothsKo.fieldIcon).selectOption('leaf');
  await form.getByLabel(adminBoothsKo.fieldParagraphs).fill('동네에서 키운 채소를 팝니다.\n\n토요일마다 장터를 엽니다.');
  await form.getByRole('button', { name: adminBoothsKo.create }).click();
  await expect(page.getByText(adminBoothsKo.created)).toBeVisible();

  // The draft is in the table, closed; the preview draws it, highlighted, before it is published.
  const row = page.locator('tr[data-booth-row="saessak-store"]');
  await expect(row).toContainText(NAME.ko);
  await expect(row).toContainText(adminBoothsKo.statusClosed);
  const plan = page.getByRole('img', { name: adminBoothsKo.planLabel.replace('{{name}}', NAME.ko) });
  await expect(plan).toBeVisible();
  await expect(plan.locator('rect[data-booth="saessak-store"][data-highlight="true"]')).toHaveCount(1);
  expect(await plan.locator('rect[data-booth]').count()).toBeGreaterThan(10);
  // Nothing is published yet.
  expect(((await (await page.request.get('/api/catalogue')).json()) as { enterprises: { id: string }[] }).enterprises.map((e) => e.id)).not.toContain('saessak-store');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: adminBoothsKo.publish }).click();
  await expect(page.getByText(adminBoothsKo.published)).toBeVisible();
  await expect(row).toContainText(adminBoothsKo.statusOpen);

  // The visitor's /list shows it in place: the same page, no reload.
  await expect(visitor.getByText(NAME.ko).first()).toBeVisible();
  expect(await visitor.evaluate(() => (window as unknown as { kept?: boolean }).kept === true)).toBe(true);
  await visitor.close();

  // Moved to a value-chain stage: the preview draws it in that stage's area first, then it is published there.
  await row.getByRole('button', { name: adminBoothsKo.change }).click();
  const panel = page.getByRole('region', { name: adminBoothsKo.changeTitle.replace('{{name}}', NAME.ko) });
  await panel.getByLabel(adminBoothsKo.fieldZone).selectOption(STAGE.id);
  await expect(panel.locator(`rect[data-booth="saessak-store"][data-area="${STAGE.id}"]`)).toHaveCount(1);
  await panel.getByRole('button', { name: adminBoothsKo.publish }).click();
  await expect(page.getByText(adminBoothsKo.published)).toBeVisible();
  await expect(row).toContainText(STAGE.title.ko);
  const venue = (await (await page.request.get('/api/catalogue')).json()) as { enterprises: { id: string; zoneId?: string }[] };
  expect(venue.enterprises.find((e) => e.id === 'saessak-store')?.zoneId).toBe(STAGE.id);
});
