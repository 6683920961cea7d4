/**
 * Replays (issue 10 §5), on a phone: a booth's recorded live, registered as the recorder does it
 * (registerReplay on the database) with products pinned during it, is shown on /list's booth page
 * under 다시보기 with its date and length; the replay plays (its time advances), and a product tag
 * (a button, by mouse or keyboard) seeks the video to its moment. The page never scrolls sideways;
 * axe on the section; a booth without replays shows no section. The booth's member deletes it in
 * /studio (asked once more), and visitors' list no longer has it.
 */
import type { Locator } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { replaysKo } from '../../shared/i18n/replays-ko.ts';
import { createLogger } from '../../server/logger.ts';
import { registerReplay } from '../../server/replays/register.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import type { VenueService } from '../../server/venue/venueService.ts';
import { startPostgres, type PrivatePostgres } from '../helpers/postgres.ts';
import { makeReplayMp4 } from '../helpers/replayVideo.ts';
import { signedIn } from '../helpers/repoSession.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';

/** A server of this spec's own (its database a private PostgreSQL this spec also writes, as the recorder would). */
const PORT = Number(process.env.E2E_PORT ?? 2599) + 3;
test.use({ baseURL: `http://127.0.0.1:${PORT}`, viewport: { width: 390, height: 844 } });

const BOOTH = 'cut-the-trash';
const EMPTY = 'vq-studio';
const boothName = findBooth(CATALOGUE, BOOTH)!.summary.title.ko;
const LIVE = 'e2eReplayLive01';
const STARTED = Date.parse('2026-11-28T05:30:00.000Z');
const TAGS = [
  { listingId: '11111111-1111-4111-8111-111111111111', name: '유리병 조명', at: 1_000 },
  { listingId: '22222222-2222-4222-8222-222222222222', name: '업사이클 가방', at: 4_000 },
];

let postgres: PrivatePostgres;
let server: RunningServer;
let writer: VenueService;
let dir: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = mkdtempSync(join(tmpdir(), 'seeot-replays-e2e-'));
  postgres = await startPostgres();
  const url = await postgres.createDatabase('replays_e2e');
  const [file, started] = await Promise.all([
    makeReplayMp4(join(dir, 'lives', LIVE, 'replay.mp4'), 6),
    startServer({ DATABASE_URL: url, SESSION_SECRET: 'replays-e2e-secret-0123456789abcdefghijk', PORT: String(PORT) }),
  ]);
  server = started;
  writer = await openVenue({ DATABASE_URL: url }, createLogger('silent'));
  // The pins made during the live (the pin route writes these while the booth is live).
  for (const tag of TAGS) {
    await writer.repos.replays.addTag({ liveId: LIVE, boothId: BOOTH, listingId: tag.listingId, name: tag.name, offsetMs: tag.at, pinnedAt: new Date(STARTED + tag.at) });
  }
  const r = await registerReplay(writer.repos, { liveId: LIVE, boothId: BOOTH, startedAt: new Date(STARTED).toISOString(), endedAt: STARTED + 6_000, durationMs: 6_000, file });
  expect(r.ok).toBe(true);
});

test.afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited;
  await writer?.close();
  await postgres?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const currentTime = (video: Locator) => video.evaluate((v: HTMLVideoElement) => v.currentTime);

test('a visitor on /list opens the booth, plays its replay and jumps to a pinned product', async ({ page }) => {
  await page.goto('/list');
  await page.getByRole('link', { name: boothName }).first().click();
  await expect(page).toHaveURL(new RegExp(`/booth/${BOOTH}\\?view=list$`));

  const section = page.getByRole('region', { name: replaysKo.title });
  await expect(section).toBeVisible();
  await expect(section.locator('time')).toHaveAttribute('datetime', new Date(STARTED).toISOString());
  await expect(section).toContainText('길이 0:06');
  const video = section.locator('video');
  await expect(video).toHaveAttribute('preload', 'metadata');
  await expect(video).toHaveAttribute('controls', '');

  // It plays: the file is served (Range) and decoded; its time advances.
  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    return v.play();
  });
  await expect.poll(() => currentTime(video)).toBeGreaterThan(0.5);

  // The tags, in the order pinned, as "m:ss name" buttons; a click seeks there and plays.
  const tags = section.getByRole('list', { name: replaysKo.tagsTitle }).getByRole('button');
  await expect(tags).toHaveText(['0:01 유리병 조명', '0:04 업사이클 가방']);
  await section.getByRole('button', { name: /^0:04 업사이클 가방/ }).click();
  await expect.poll(() => currentTime(video)).toBeGreaterThanOrEqual(4);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(false);

  // By keyboard: back to the first product's moment.
  await section.getByRole('button', { name: /^0:01 유리병 조명/ }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => {
      const s = await currentTime(video);
      return s >= 1 && s < 4;
    })
    .toBe(true);

  // On a phone the page never scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page, { include: '.replays' });
});

test('a booth without replays shows no replays section', async ({ page }) => {
  const listed = page.waitForResponse((r) => r.url().endsWith(`/api/booths/${EMPTY}/replays`));
  await page.goto(`/booth/${EMPTY}?view=list`);
  expect((await (await listed).json()) as unknown).toEqual({ replays: [] });
  await expect(page.getByRole('region', { name: replaysKo.title })).toHaveCount(0);
});

test('the booth’s member deletes the replay in /studio, asked once more; visitors no longer see it', async ({ page, context }) => {
  const { cookie } = await signedIn(writer.repos, BOOTH);
  const [name, value] = cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: `http://127.0.0.1:${PORT}` }]);
  await page.goto(`/studio/booths/${BOOTH}`);
  const section = page.getByRole('region', { name: replaysKo.title });
  await section.getByRole('button', { name: /다시보기 삭제$/ }).click();
  await expect(section.getByRole('group')).toContainText('영상과 상품 태그가 함께 지워집니다');
  await expectNoSeriousA11yViolations(page, { include: '.replays' });
  await section.getByRole('button', { name: replaysKo.confirm, exact: true }).click();
  await expect(section.getByRole('status')).toHaveText(replaysKo.removed);
  await expect(section).toContainText(replaysKo.studioEmpty);
  expect(await (await page.request.get(`/api/booths/${BOOTH}/replays`)).json()).toEqual({ replays: [] });
});
