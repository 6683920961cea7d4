import { liveKo } from '../../shared/i18n/live-ko.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { invitedAccount, setupAdmin, TEST_PASSWORD } from '../helpers/staffSession.ts';
import { test as base, expect } from './fixtures.ts';

/**
 * Issue 10 §1–§2 in the browser: a booth's member goes live from /studio on a phone (Chromium's
 * fake camera and microphone), a visitor on /list's booth page sees the video play, the publisher
 * sees one viewer, and when the broadcast stops the visitor's video goes away. On a server of our
 * own; WebRTC over loopback (the server's ICE candidates are 127.0.0.1 by default).
 */
const BOOTH = 'cut-the-trash';
const MEMBER = { email: 'live-host@example.kr', password: TEST_PASSWORD };

const test = base.extend<object, { liveServer: RunningServer }>({
  liveServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer();
      const admin = await setupAdmin(server.url, server.output());
      await invitedAccount(server.url, admin, { role: 'enterprise', boothId: BOOTH, email: MEMBER.email, displayName: '라이브담당' });
      await use(server);
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
  try {
    expect((await phone.request.post('/api/auth/login', { data: MEMBER })).status()).toBe(200);
    const studio = await phone.newPage();
    await studio.goto(`/studio/booths/${BOOTH}`);
    const panel = studio.getByRole('region', { name: liveKo.panelTitle });
    await panel.getByRole('button', { name: liveKo.cameraStart }).click();
    await expect(panel.getByRole('button', { name: liveKo.start })).toBeVisible();
    await panel.getByRole('button', { name: liveKo.start }).click();
    await expect(panel.getByRole('status')).toContainText(liveKo.onAir, { timeout: 30_000 });

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

    await panel.getByRole('button', { name: liveKo.stop }).click();
    await expect(page.locator('.live-video')).toHaveCount(0, { timeout: 15_000 });
  } finally {
    await phone.close();
    await visitor.close();
  }
});
