import type { Locator } from '@playwright/test';
import { liveKo } from '../../shared/i18n/live-ko.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { goLiveFromStudio } from '../helpers/studioLive.ts';
import { invitedAccount, setupAdmin, TEST_PASSWORD } from '../helpers/staffSession.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

/**
 * Issue 10 §1's HLS fallback in the browser: on a server whose SFU takes one viewer per live
 * (LIVE_MAX_VIEWERS=1), a member goes live from /studio (Chromium's fake camera), a first visitor
 * takes the SFU's one place, and a second visitor's video plays the live's HLS rendition through
 * hls.js, marked 지연 방송 (delayed), counted among the live's viewers. When the first visitor
 * leaves, the second moves to WebRTC by itself (no longer delayed) and its picture goes on.
 */
const BOOTH = 'cut-the-trash';
const MEMBER = { email: 'live-hls@example.kr', password: TEST_PASSWORD };

const test = base.extend<object, { hlsServer: RunningServer }>({
  hlsServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer({ LIVE_MAX_VIEWERS: '1' });
      const admin = await setupAdmin(server.url, server.output());
      await invitedAccount(server.url, admin, { role: 'enterprise', boothId: BOOTH, email: MEMBER.email, displayName: '라이브담당' });
      await use(server);
      server.child.kill('SIGTERM');
      await server.exited;
    },
    // Past startServer's own 60 s, on a loaded machine.
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ hlsServer }, use) => use(hlsServer.url),
});

test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--allow-loopback-in-peer-connection', '--disable-features=WebRtcHideLocalIpsWithMdns', '--autoplay-policy=no-user-gesture-required'],
  },
});

/** The visitor's video plays: frames of a real size, its time moving past `past` seconds. */
const playsPast = (video: Locator, past: number) =>
  expect.poll(() => video.evaluate((v: HTMLVideoElement) => (v.videoWidth > 0 ? v.currentTime : 0)), { timeout: 45_000 }).toBeGreaterThan(past);

test('with the SFU full, a second visitor watches the live over HLS, marked as delayed, then moves to WebRTC when a place frees up', async ({ browser, baseURL }) => {
  // Two plays, a fallback and a move back to WebRTC (its first try 4-6 s after falling back).
  test.setTimeout(180_000);
  const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const visitors = await browser.newContext({ baseURL });
  try {
    expect((await phone.request.post('/api/auth/login', { data: MEMBER })).status()).toBe(200);
    const { panel } = await goLiveFromStudio(phone, BOOTH);

    const first = await visitors.newPage();
    await first.goto(`/booth/${BOOTH}?view=list`);
    await playsPast(first.locator('.live-video__video'), 1);
    await expect(panel.getByRole('status')).toContainText(liveKo.viewerCount.replace('{{count}}', '1'), { timeout: 15_000 });
    await expect(first.getByText(liveKo.delayed)).toHaveCount(0);

    const second = await visitors.newPage();
    await second.goto(`/booth/${BOOTH}?view=list`);
    await expect(second.getByText(liveKo.delayed)).toBeVisible({ timeout: 30_000 });
    const video = second.locator('.live-video__video');
    await playsPast(video, 1);
    // Through hls.js: the video's source is a MediaSource (blob:), not a WebRTC stream.
    expect(await video.evaluate((v: HTMLVideoElement) => [v.srcObject === null, v.src.startsWith('blob:')])).toEqual([true, true]);
    const at = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
    await playsPast(video, at + 1);
    // The delayed viewer is counted too (it holds no SFU place, but the seller sees two watching).
    await expect(panel.getByRole('status')).toContainText(liveKo.viewerCount.replace('{{count}}', '2'), { timeout: 15_000 });
    await expectNoSeriousA11yViolations(second);

    // The first visitor leaves: the second takes the freed place, over WebRTC, and plays on.
    await first.close();
    await expect(second.getByText(liveKo.delayed)).toHaveCount(0, { timeout: 45_000 });
    expect(await video.evaluate((v: HTMLVideoElement) => v.srcObject instanceof MediaStream)).toBe(true);
    const onWebRtc = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
    await playsPast(video, onWebRtc + 1);
    await expect(panel.getByRole('status')).toContainText(liveKo.viewerCount.replace('{{count}}', '1'), { timeout: 15_000 });
  } finally {
    await phone.close();
    await visitors.close();
  }
});
