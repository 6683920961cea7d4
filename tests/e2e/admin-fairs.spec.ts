import type { BrowserContext } from '@playwright/test';
import { ownServer } from '../helpers/ownServer.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';
import { listBooths } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { adminFairsKo } from '../../shared/i18n/fairs-admin-ko.ts';
import { fairsKo } from '../../shared/i18n/fairs-ko.ts';
import { instantToSeoulLocal } from '../../shared/schemas/fairTime.ts';
import { minuteFromNow, scheduleTalk } from '../helpers/adminFairs.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

/**
 * Staff create a timed fair in /admin/fairs, choose two booths (drawn red on the floor plan before
 * anything is saved), schedule a talk at one of them and publish; a visitor then finds the fair and
 * the talk on the landing page, follows it to the fair's page with its booths and the talk, and on
 * /list asks to be reminded of the talk, which speaks up when it starts. Staff also announce to
 * the hall from the fair's page, now and at a set time (listed until then, then cancelled).
 * Dates are typed as Seoul's clock has them while the browser runs in another zone. Against a fresh
 * server of our own.
 */

const test = base.extend<object, { fairsServer: RunningServer; admin: SignedInSession }>({
  fairsServer: ownServer(),
  admin: [async ({ fairsServer }, use) => use(await setupAdmin(fairsServer.url, fairsServer.output())), { scope: 'worker' }],
  baseURL: async ({ fairsServer }, use) => use(fairsServer.url),
  // A laptop set to New York: what staff type must still be Seoul's time.
  timezoneId: 'America/New_York',
});

test.setTimeout(120_000);

const signIn = (context: BrowserContext, server: RunningServer, who: SignedInSession) =>
  context.addCookies([{ name: 'seeot_session', value: who.cookie.split('=')[1]!, url: server.url }]);

const [BOOTH_A, BOOTH_B] = listBooths(CATALOGUE);
const HOUR = 3_600_000;
// Whole minutes: a datetime-local field holds no seconds.
const at = minuteFromNow;

test('staff create a fair with two booths and a talk, check the floor plan, publish; a visitor finds it at its address', async ({ page, browser, context, fairsServer, admin }) => {
  await signIn(context, fairsServer, admin);
  await page.goto('/admin/fairs');
  await expect(page.getByRole('heading', { level: 1, name: adminFairsKo.nav })).toBeVisible();

  const create = page.getByRole('region', { name: adminFairsKo.createTitle });
  const starts = at(-HOUR);
  const ends = at(24 * HOUR);
  await create.getByLabel(adminFairsKo.fieldTitleKo).fill('가치온마켓 겨울장');
  await create.getByLabel(adminFairsKo.fieldTitleEn).fill('Gachion Market, Winter');
  await create.getByLabel(adminFairsKo.fieldSlug).fill('winter-market');
  await create.getByLabel(adminFairsKo.fieldStarts).fill(instantToSeoulLocal(starts));
  await create.getByLabel(adminFairsKo.fieldEnds).fill(instantToSeoulLocal(ends));
  await create.getByRole('button', { name: adminFairsKo.create }).click();
  await expect(page.getByText(adminFairsKo.createdNote)).toBeVisible();

  // Stored as the instants typed in Seoul's time, not New York's.
  const stored = (await (await page.request.get('/api/admin/fairs')).json()) as { fairs: { startsAt: string }[] };
  expect(Date.parse(stored.fairs[0]!.startsAt)).toBe(starts.getTime());

  // Two booths ticked are red on the floor plan before they are saved.
  const booths = page.getByRole('region', { name: adminFairsKo.boothsTitle });
  await booths.getByRole('checkbox', { name: BOOTH_A!.title.ko }).check();
  await booths.getByRole('checkbox', { name: BOOTH_B!.title.ko }).check();
  const plan = page.getByRole('img', { name: adminFairsKo.planLabel });
  await expect(plan.locator('rect[data-highlight="true"]')).toHaveCount(2);
  await expect(plan.locator(`rect[data-booth="${BOOTH_B!.id}"][data-highlight="true"]`)).toHaveCount(1);
  await booths.getByRole('button', { name: adminFairsKo.saveBooths }).click();
  await expect(page.getByText(adminFairsKo.boothsSaved)).toBeVisible();

  await scheduleTalk(page, BOOTH_A!.id, at(2 * HOUR), at(3 * HOUR));
  await expect(page.getByRole('region', { name: adminFairsKo.scheduleTitle }).getByRole('listitem').filter({ hasText: '공정무역 이야기' })).toContainText(BOOTH_A!.title.ko);

  // A draft has no page yet; published, it has.
  expect((await page.request.get('/f/winter-market')).status()).toBe(404);
  const settings = page.getByRole('region', { name: adminFairsKo.editTitle });
  await settings.getByLabel(adminFairsKo.fieldPublished).check();
  await settings.getByRole('button', { name: adminFairsKo.save }).click();
  await expect(page.getByText(adminFairsKo.saved)).toBeVisible();

  // An announcement to the whole hall, now.
  const announce = page.getByRole('region', { name: adminFairsKo.announceTitle });
  await announce.getByLabel(adminFairsKo.announceText).fill('오후 2시에 공정무역 이야기가 시작됩니다.');
  await announce.getByRole('button', { name: adminFairsKo.announceSend }).click();
  await expect(announce.getByRole('status')).toHaveText(adminFairsKo.announceSent);
  // And one at a set time (Seoul's clock): it waits in the list until then, and can be cancelled.
  await announce.getByLabel(adminFairsKo.announceText).fill('폐장 30분 전입니다.');
  await announce.getByLabel(adminFairsKo.announceWhen).fill(instantToSeoulLocal(new Date(Date.now() + 2 * 3600_000)));
  await announce.getByRole('button', { name: adminFairsKo.announceSchedule }).click();
  await expect(announce.getByRole('status')).toContainText(adminFairsKo.announceScheduled.split('{{time}}')[1]!);
  const pending = announce.getByRole('list', { name: adminFairsKo.announcePendingTitle }).getByRole('listitem');
  await expect(pending).toHaveCount(1);
  await expect(pending).toContainText('폐장 30분 전입니다.');
  await pending.getByRole('button', { name: adminFairsKo.announceCancel }).click();
  await expect(announce.getByRole('status')).toHaveText(adminFairsKo.announceCancelled);
  await expect(announce.getByText(adminFairsKo.announcePendingNone)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A visitor of their own (no staff cookie), in Seoul.
  const visitorContext = await browser.newContext({ timezoneId: 'Asia/Seoul' });
  const visitor = await visitorContext.newPage();
  // The landing page lists it, open now, with the talk (its list is re-read every few seconds).
  await expect(async () => {
    await visitor.goto(`${fairsServer.url}/`);
    await expect(visitor.getByRole('region', { name: fairsKo.upcomingFairs })).toContainText('공정무역 이야기', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(visitor.getByRole('region', { name: fairsKo.upcomingFairs })).toContainText(fairsKo.fairOpenNow);
  await expectNoSeriousA11yViolations(visitor);
  await visitor.getByRole('link', { name: '가치온마켓 겨울장' }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: '가치온마켓 겨울장' })).toBeVisible();
  await expect(visitor.getByText(fairsKo.openLead)).toBeVisible();
  // Its booths open inside the fair (shared/api/fairLink.ts): their page keeps the fair's hall and links.
  await expect(visitor.getByRole('link', { name: BOOTH_B!.title.ko })).toHaveAttribute('href', `/booth/${BOOTH_B!.id}?view=list&fair=winter-market`);
  await expect(visitor.getByRole('listitem').filter({ hasText: '공정무역 이야기' })).toContainText(fairsKo.kind_talk);
  await expectNoSeriousA11yViolations(visitor);

  // /list's schedule: the talk, and a reminder that speaks up when it starts (the page's clock run forward two hours).
  await visitor.clock.install({ time: new Date() });
  await visitor.goto(`${fairsServer.url}/list`);
  const listSchedule = visitor.getByRole('region', { name: fairsKo.scheduleTitle });
  const talk = listSchedule.getByRole('listitem').filter({ hasText: '공정무역 이야기' });
  await talk.getByRole('button', { name: fairsKo.remind }).click();
  await expect(talk).toContainText(fairsKo.reminderSet);
  await visitor.clock.fastForward('02:00:30');
  // The notice stands over the page (EventReminders), wherever the visitor is by then.
  const started = visitor.getByRole('alert').filter({ hasText: `${fairsKo.startsNow}: 공정무역 이야기` });
  await expect(started).toBeVisible();
  await started.getByRole('button', { name: `${fairsKo.dismiss} 공정무역 이야기` }).click();
  await expect(started).toHaveCount(0);
  await visitorContext.close();
});
