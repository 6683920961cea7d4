import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Route } from '@playwright/test';
import { findBooth, listBooths } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { analyticsKo } from '../../shared/i18n/analytics-ko.ts';
import { adminFairsKo } from '../../shared/i18n/fairs-admin-ko.ts';
import { moderationKo } from '../../shared/i18n/moderation-ko.ts';
import { instantToSeoulLocal } from '../../shared/schemas/fairTime.ts';
import { t } from '../helpers/i18n.ts';
import { startScaleOutPair, type ScaleOutPair } from '../helpers/scaleOutPair.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { enableTestHook } from '../helpers/testHook.ts';
import { enterWorld, teleport } from '../helpers/world.ts';
import { closeAll, lineWith, messageBox, say, type Visitor } from './chat-helpers.ts';
import { minuteFromNow, scheduleTalk } from '../helpers/adminFairs.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

/**
 * Issue 11 §5, the staff story in one go, against TWO server processes sharing a real Redis and a
 * real PostgreSQL that this spec starts: staff create a timed fair with two booths in /admin/fairs,
 * schedule a talk and publish it. Its shards hold two visitors each (HALL_SHARD_CAPACITY=2), so a
 * walker in the world and a browser fill shard 1 and two /list readers land in shard 2, on the other
 * process. Staff announce to the fair: both shards hear it. A reader in shard 2 reports the other's
 * line; staff (on process A's /admin) see it, ban the sender, who is removed and refused again,
 * even with Redis flushed (the ban is in PostgreSQL). The dashboard shows the walker at their booth;
 * after they walk away, the booth's visit with its stay shows on the booth's analytics page and in
 * the fair's (picked in /admin/analytics), and is in both CSVs.
 */

const SECRET = 'staff-fair-e2e-secret-0123456789abcdef';
const METRICS_TOKEN = 'staff-fair-metrics-0123456789abcdef';

const test = base.extend<object, { pair: ScaleOutPair }>({
  pair: [
    // Playwright reads a fixture's dependencies from its destructuring: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const pair = await startScaleOutPair({ SESSION_SECRET: SECRET, METRICS_TOKEN, HALL_SHARD_CAPACITY: '2', ADDRESS_LIMITS_EXEMPT: 'loopback' });
      await use(pair);
      await pair.stop();
    },
    { scope: 'worker' },
  ],
  // Staff work through process A; visitors' own contexts go wherever their shard is.
  baseURL: async ({ pair }, use) => use(pair.a.url),
});

test.setTimeout(180_000);

const SLUG = 'gachion-winter';
const FAIR_QUERY = `fair=${SLUG}`;
const [WALKED, READ] = listBooths(CATALOGUE).map((b) => b.id) as [string, string];
const walkedName = findBooth(CATALOGUE, WALKED)!.summary.title.ko;
const HOUR = 3_600_000;
// Whole minutes: a datetime-local field holds no seconds.
const at = minuteFromNow;

const signIn = (context: BrowserContext, server: RunningServer, cookie: string) =>
  context.addCookies([{ name: 'seeot_session', value: cookie.split('=')[1]!, url: server.url }]);

/** Shards of the fair each process runs (its /metrics), e.g. [1, 1]. */
async function shardsPerProcess(pair: ScaleOutPair): Promise<number[]> {
  const count = async (s: RunningServer) => {
    const text = await (await fetch(`${s.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    return Number(/^seeot_shards (\d+)/m.exec(text)?.[1] ?? NaN);
  };
  return [await count(pair.a), await count(pair.b)];
}

/** The fair's shards as the picker lists them: visitors in each, by shard number. */
async function fairShards(server: RunningServer): Promise<number[]> {
  const r = await fetch(`${server.url}/api/hall/shards?${FAIR_QUERY}`);
  const { shards } = (await r.json()) as { shards: { clients: number }[] };
  return shards.map((s) => s.clients);
}

/** Staff, in /admin/fairs: the fair (Seoul's clock), its two booths, a talk, published. */
async function createFair(page: Page): Promise<void> {
  await page.goto('/admin/fairs');
  const create = page.getByRole('region', { name: adminFairsKo.createTitle });
  await create.getByLabel(adminFairsKo.fieldTitleKo).fill('가치온마켓 겨울장');
  await create.getByLabel(adminFairsKo.fieldTitleEn).fill('Gachion Market, Winter');
  await create.getByLabel(adminFairsKo.fieldSlug).fill(SLUG);
  await create.getByLabel(adminFairsKo.fieldStarts).fill(instantToSeoulLocal(at(-HOUR)));
  await create.getByLabel(adminFairsKo.fieldEnds).fill(instantToSeoulLocal(at(24 * HOUR)));
  await create.getByRole('button', { name: adminFairsKo.create }).click();
  await expect(page.getByText(adminFairsKo.createdNote)).toBeVisible();

  const booths = page.getByRole('region', { name: adminFairsKo.boothsTitle });
  for (const id of [WALKED, READ]) await booths.getByRole('checkbox', { name: findBooth(CATALOGUE, id)!.summary.title.ko }).check();
  await booths.getByRole('button', { name: adminFairsKo.saveBooths }).click();
  await expect(page.getByText(adminFairsKo.boothsSaved)).toBeVisible();

  await scheduleTalk(page, WALKED, at(2 * HOUR), at(3 * HOUR));

  const settings = page.getByRole('region', { name: adminFairsKo.editTitle });
  await settings.getByLabel(adminFairsKo.fieldPublished).check();
  await settings.getByRole('button', { name: adminFairsKo.save }).click();
  await expect(page.getByText(adminFairsKo.saved)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
}

/** A visitor walking in the fair's world (test hook on, to teleport), joined to a shard. */
async function worldWalker(browser: Browser, server: RunningServer): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: server.url, locale: 'ko-KR' });
  await enableTestHook(context);
  const page = await context.newPage();
  await enterWorld(page, `/world?${FAIR_QUERY}`);
  await page.waitForFunction(() => window.__seeot?.connected === true, undefined, { timeout: 60_000 });
  return { context, page };
}

const readerPath = `/booth/${READ}?view=list&${FAIR_QUERY}`;

/** A /list reader of the fair's booth page, on `server`'s pages (a remembered nickname joins the hall at once). */
async function reader(browser: Browser, server: RunningServer, nickname: string): Promise<Visitor> {
  const context = await browser.newContext({ baseURL: server.url, locale: 'ko-KR' });
  const page = await context.newPage();
  await page.addInitScript((identity) => localStorage.setItem('seeot.identity', identity), JSON.stringify({ nickname, colorIndex: 2 }));
  await page.goto(readerPath);
  await expect(messageBox(page)).toBeEnabled({ timeout: 30_000 });
  return { context, page, nickname };
}

let walker: { context: BrowserContext; page: Page } | undefined;
let browsing: Visitor | undefined;
let offender: Visitor | undefined;
let reporter: Visitor | undefined;
test.afterEach(async () => {
  await walker?.context.close();
  await closeAll(browsing, offender, reporter);
});

test('staff run a timed fair across two processes: schedule, announce, a report from shard 2 banned everywhere, the dashboard, and the visit exported', async ({ page, context, browser, pair }) => {
  const { a, b, admin } = pair;
  await signIn(context, a, admin.cookie);
  await createFair(page);

  // Shard 1: a walker in the world and a browser on /list; full at two, so the next readers open shard 2.
  walker = await worldWalker(browser, b);
  browsing = await reader(browser, a, '구경손님');
  await expect.poll(() => fairShards(a)).toEqual([2]);
  [offender, reporter] = [await reader(browser, b, '말썽손님'), await reader(browser, a, '신고손님')];
  await expect.poll(() => fairShards(a)).toEqual([2, 2]);
  // Shard 2 opened on the other process (the one with fewer visitors): one shard of the fair on each.
  await expect.poll(() => shardsPerProcess(pair)).toEqual([1, 1]);

  // An announcement from the fair's page reaches both shards, on both processes.
  const announce = page.getByRole('region', { name: adminFairsKo.announceTitle });
  await announce.getByLabel(adminFairsKo.announceText).fill('오후 2시에 공정무역 이야기가 시작됩니다.');
  await announce.getByRole('button', { name: adminFairsKo.announceSend }).click();
  await expect(announce.getByRole('status')).toHaveText(adminFairsKo.announceSent);
  for (const v of [browsing, reporter]) await expect(v.page.locator('.chat-announce')).toContainText('오후 2시에 공정무역 이야기가 시작됩니다.');

  // In shard 2 a reader reports the other's line.
  await say(offender.page, '<b>나쁜 말</b> 입니다');
  const bad = lineWith(reporter.page, '<b>나쁜 말</b> 입니다');
  await bad.getByRole('button', { name: t('chat.reportLabel', { name: offender.nickname }) }).click();
  await reporter.page.getByRole('button', { name: t('chat.reason_abuse') }).click();
  await expect(reporter.page.locator('.chat-toast')).toContainText(t('chat.reportSent'));

  // Staff on process A see it in the queue and ban the sender, who is removed at once.
  await page.goto('/admin/reports');
  const card = page.locator('.report').filter({ hasText: '<b>나쁜 말</b> 입니다' });
  await expect(card).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await card.getByLabel(moderationKo.banReason).fill('욕설 반복');
  await card.getByRole('button', { name: moderationKo.ban, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: moderationKo.done_ban })).toBeVisible();
  await expect(offender.page.getByText('욕설 반복').first()).toBeVisible();
  await expect(messageBox(offender.page)).toHaveCount(0);
  // Coming back, from either process's pages, they are refused (by the shard matchmaking offers; each
  // process's own refusal is tests/integration/moderation-scaleout.test.ts's).
  for (const server of [a, b]) {
    await offender.page.goto(`${server.url}${readerPath}`);
    await expect(offender.page.getByRole('alert').filter({ hasText: t('chat.bannedTitle') })).toBeVisible();
    await expect(messageBox(offender.page)).toHaveCount(0);
  }

  // The dashboard: the walker arrives at their booth, seen without a reload.
  await page.goto('/admin/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: analyticsKo.dashboardTitle })).toBeVisible();
  await teleport(walker.page, `booth:${WALKED}`);
  const arrived = Date.now();
  const row = page.getByTestId('booths-now').getByRole('row').filter({ hasText: walkedName });
  await expect(row.getByRole('cell')).toHaveText('1');
  await expect(page.getByTestId('shards-now').getByRole('row').filter({ hasText: '가치온마켓 겨울장' })).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);
  // A stay of at least 5 s, then they walk away (the visit ends VISIT_GRACE_MS later).
  await expect.poll(() => Date.now() - arrived, { intervals: [250] }).toBeGreaterThan(5000);
  await teleport(walker.page, 'spawn');
  await expect(row).toHaveCount(0);
  // Done walking: their world no longer competes for the CPU with the pages below.
  await walker.context.close();
  walker = undefined;

  // The booth's visit with its stay (written in a batch within seconds of its end), and its CSV.
  await page.goto(`/studio/booths/${WALKED}/analytics`);
  const visit = page.getByTestId('recent-visits').getByRole('row').filter({ hasText: /\d+초/ });
  await expect(async () => {
    await page.reload();
    await expect(visit).toHaveCount(1, { timeout: 5000 });
  }).toPass({ timeout: 30_000 });
  const stay = Number(/(\d+)초/.exec((await visit.getByRole('cell').last().textContent()) ?? '')?.[1]);
  expect(stay).toBeGreaterThanOrEqual(5);
  await expectNoSeriousA11yViolations(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: analyticsKo.csvBooth }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8').split('\r\n').filter((l) => l !== '');
  expect(csv).toHaveLength(2); // its header, and the one visit
  const [boothId, , , seconds] = csv[1]!.split(',');
  expect(boothId).toBe(WALKED);
  // The spreadsheet keeps a tenth of a second; the page shows whole seconds.
  expect(Math.round(Number(seconds))).toBe(stay);

  // The fair's own figures in /admin/analytics (a timed fair's halls count under its id): picked, its visit, heat and CSV.
  // The page first reads the permanent exhibition's (fair 1); held here until the picked fair's show, so
  // they arrive last, as on a slow connection: they must not replace the picked fair's.
  const permanentReads = /\/api\/admin\/analytics\/fairs\/1(\/heatmap)?\?/;
  const held: Route[] = [];
  await page.route(permanentReads, (route) => void held.push(route));
  await page.goto('/admin/analytics');
  await expect.poll(() => held.length).toBe(2); // its figures and its heatmap
  await page.getByLabel(analyticsKo.fairPick).selectOption({ label: '가치온마켓 겨울장' });
  const fairVisit = page.getByTestId('recent-visits').getByRole('row').filter({ hasText: walkedName });
  const heatCell = page.locator('.analytics-heatmap__cells rect').first();
  await expect(fairVisit).toContainText(`${stay}초`);
  await expect(heatCell).toBeAttached();
  const lateAnswers = held.map((r) => page.waitForEvent('requestfinished', (req) => req === r.request()));
  await Promise.all(held.map((r) => r.continue()));
  await Promise.all(lateAnswers);
  await page.unroute(permanentReads);
  // Two frames later the page has handled those answers: still the picked fair's visit and heat.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(fairVisit).toContainText(`${stay}초`);
  await expect(heatCell).toBeAttached();
  await expectNoSeriousA11yViolations(page);
  const [fairDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: analyticsKo.csvFair }).click()]);
  expect(readFileSync((await fairDownload.path())!, 'utf8')).toContain(`\r\n${WALKED},1,1,`);

  // With Redis flushed (every process's cached bans gone), the ban still holds: it is in PostgreSQL.
  execFileSync('redis-cli', ['-p', String(pair.redis.port), 'FLUSHALL']);
  await offender.page.goto(`${b.url}${readerPath}`);
  await expect(offender.page.getByRole('alert').filter({ hasText: t('chat.bannedTitle') })).toBeVisible();
  await expect(messageBox(offender.page)).toHaveCount(0);
});
