import { OpenLiveResponseSchema, PublishResponseSchema } from '../../shared/api/live.ts';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { liveKo } from '../../shared/i18n/live-ko.ts';
import { liveNowKo } from '../../shared/i18n/live-now-ko.ts';
import { hydrated } from '../helpers/hydrated.ts';
import { t } from '../helpers/i18n.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium.ts';
import { testPublisher } from '../helpers/livePeers.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { goLiveFromStudio } from '../helpers/studioLive.ts';
import { invitedAccount, setupAdmin, TEST_PASSWORD, type SignedInSession } from '../helpers/staffSession.ts';
import { enterWorld, skipControlsHelp, teleport } from '../helpers/world.ts';
import { enableTestHook } from '../helpers/testHook.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

/**
 * Issue 10 §1–§2 in the browser: a booth's member goes live from /studio on a phone (Chromium's
 * fake camera and microphone), a visitor on /list's booth page sees the video play, the publisher
 * sees one viewer, and when the broadcast stops the visitor's video goes away. "Live now": a visitor
 * who asked 알림 받기 is told when the booth goes live, and the landing page, /list and the world's
 * mini-map show the live until it ends. On a server of our own; WebRTC over loopback (the server's
 * ICE candidates are 127.0.0.1 by default).
 */
const BOOTH = 'cut-the-trash';
const MEMBER = { email: 'live-host@example.kr', password: TEST_PASSWORD };

const test = base.extend<object, { liveServer: RunningServer & { member: SignedInSession } }>({
  liveServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      // WebRTC only: the HLS rendition has its own spec (live-hls.spec.ts), and its ffmpeg's CPU
      // pushed this spec's SwiftShader worlds past their time budget on a loaded machine.
      const server = await startServer({ LIVE_HLS: 'off' });
      const admin = await setupAdmin(server.url, server.output());
      const member = await invitedAccount(server.url, admin, { role: 'enterprise', boothId: BOOTH, email: MEMBER.email, displayName: '라이브담당' });
      await use(Object.assign(server, { member }));
      server.child.kill('SIGTERM');
      await server.exited;
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ liveServer }, use) => use(liveServer.url),
});

test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      // Loopback candidates, and real addresses rather than mDNS names the server cannot resolve.
      '--allow-loopback-in-peer-connection',
      '--disable-features=WebRtcHideLocalIpsWithMdns',
      '--autoplay-policy=no-user-gesture-required',
    ],
  },
});

test('a member goes live from a phone; a /list visitor watches it, is counted, and sees it go when it stops', async ({ browser, baseURL }) => {
  const phone = await browser.newContext({ baseURL, locale: 'ko-KR', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const visitor = await browser.newContext({ baseURL, locale: 'ko-KR' });
  await enableTestHook(visitor);
  try {
    expect((await phone.request.post('/api/auth/login', { data: MEMBER })).status()).toBe(200);
    const { panel } = await goLiveFromStudio(phone, BOOTH);

    const page = await visitor.newPage();
    await page.goto(`/booth/${BOOTH}?view=list`);
    const video = page.locator('.live-video__video');
    await expect(video).toHaveCount(1, { timeout: 30_000 });
    // Playing: frames of a real size arrive and time advances.
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => (v.videoWidth > 0 ? v.currentTime : 0)), { timeout: 30_000 })
      .toBeGreaterThan(1);
    await expect(page.getByRole('button', { name: liveKo.unmute })).toBeVisible();

    await expect(panel.getByRole('status')).toContainText(liveKo.viewerCount.replace('{{count}}', '1'), { timeout: 15_000 });

    // In the world, standing at the booth: its back-wall screen plays the live (the picture's frames keep coming).
    const world = await visitor.newPage();
    await enterWorld(world);
    await teleport(world, `booth:${BOOTH}`);
    const screen = () => world.evaluate(() => window.__seeot!.liveScreen());
    await expect.poll(async () => (await screen())?.width ?? 0, { timeout: 30_000 }).toBeGreaterThan(0);
    const first = (await screen())!;
    expect(first.boothId).toBe(BOOTH);
    await expect.poll(async () => (await screen())?.videoFrames ?? 0, { timeout: 15_000 }).toBeGreaterThan(first.videoFrames + 10);
    // The screen and the /list page are two viewers of the same live.
    const two = liveKo.viewerCount.replace('{{count}}', '2');
    await expect(panel.getByRole('status')).toContainText(two, { timeout: 15_000 });
    // The booth opened in front of its screen plays the same stream: still two viewers, not three.
    await world.keyboard.press('KeyE');
    const panelVideo = world.locator('.live-video__video');
    await expect.poll(() => panelVideo.evaluate((v: HTMLVideoElement) => (v.videoWidth > 0 ? v.currentTime : 0)), { timeout: 30_000 }).toBeGreaterThan(1);
    await expect(panel.getByRole('status')).toContainText(two);
    await world.close();

    await panel.getByRole('button', { name: liveKo.stop }).click();
    await expect(page.locator('.live-video')).toHaveCount(0, { timeout: 15_000 });
  } finally {
    await phone.close();
    await visitor.close();
  }
});

test('live now: 알림 받기 tells a visitor when the booth goes live; the landing page, /list and the mini-map show it until it ends', async ({ browser, baseURL, liveServer }) => {
  const visitor = await browser.newContext({ baseURL, locale: 'ko-KR' });
  const publisher = testPublisher();
  const send = (path: string, body: unknown = {}) => fetch(liveServer.url + path, { method: 'POST', headers: liveServer.member.headers(), body: JSON.stringify(body) });
  const title = findBooth(CATALOGUE, BOOTH)!.summary.title.ko;
  try {
    const page = await visitor.newPage();
    await page.goto(`/booth/${BOOTH}?view=list`);
    const ask = page.getByRole('button', { name: liveNowKo.alertAsk });
    await ask.click();
    await expect(ask).toHaveAttribute('aria-pressed', 'true');
    // A reader already on /list: nothing on air, so no section, and nothing to say yet.
    const reader = await visitor.newPage();
    await reader.goto('/list');
    await hydrated(reader);
    await expect(reader.getByRole('region', { name: liveNowKo.title })).toHaveCount(0);

    // The member goes live (a werift peer publishes, as the SFU's integration test does).
    const { live } = OpenLiveResponseSchema.parse(await (await send(`/api/studio/booths/${BOOTH}/live`)).json());
    const answer = PublishResponseSchema.parse(await (await send(`/api/studio/lives/${live.liveId}/publish`, { sdp: await publisher.offer() })).json());
    await publisher.accept(answer.sdp);
    publisher.start();

    const notice = page.locator('.live-alerts__notice');
    await expect(notice).toContainText(liveNowKo.alertStarted.replace('{{booth}}', title), { timeout: 15_000 });
    await expect(notice.getByRole('link', { name: liveNowKo.alertWatch })).toHaveAttribute('href', `/booth/${BOOTH}?view=list`);

    // The reader's page is told without a reload, in its status line, and shows the section.
    await expect(reader.getByRole('status').filter({ hasText: liveNowKo.alertStarted.replace('{{booth}}', title) })).toHaveCount(1, { timeout: 25_000 });
    await expect(reader.getByRole('region', { name: liveNowKo.title }).getByRole('link', { name: title })).toBeVisible();
    await reader.close();

    await page.goto('/');
    const strip = page.getByRole('region', { name: liveNowKo.title });
    await expect(strip.getByRole('link', { name: title })).toHaveAttribute('href', `/booth/${BOOTH}`);

    await page.goto('/list');
    const section = page.getByRole('region', { name: liveNowKo.title });
    await expect(section.getByRole('list', { name: liveNowKo.listLabel }).getByRole('link', { name: title })).toHaveAttribute('href', `/booth/${BOOTH}?view=list`);
    await expectNoSeriousA11yViolations(page);

    // The mini-map is DOM: no need to wait for the 3D scene's first full frame.
    await skipControlsHelp(page);
    await page.goto('/world?quality=low');
    const dot = page.locator(`.world-map__live[data-booth="${BOOTH}"]`);
    await expect(dot).toHaveCount(1, { timeout: 15_000 });
    // The same in words in the map's booth list (keyboard and screen reader), under its legend.
    await page.locator('.world-map__legend-toggle').click();
    await page.locator('.world-map__booths-toggle').click();
    const listed = page.getByRole('list', { name: t('world.mapGoBooths') }).getByRole('button', { name: title });
    await expect(listed).toContainText(t('world.mapOnAir'));
    // Ended: the hall's live message takes the dot away, no reload.
    expect((await send(`/api/studio/lives/${live.liveId}/end`)).status).toBe(204);
    await expect(dot).toHaveCount(0, { timeout: 5_000 });
    await expect(listed).not.toContainText(t('world.mapOnAir'));
  } finally {
    await publisher.close();
    await visitor.close();
  }
});
