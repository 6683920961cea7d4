/**
 * Issue 10 §6, the whole story in one browser run, against a server of its own whose hall shards
 * hold two visitors each (HALL_SHARD_CAPACITY=2, the least it takes) and whose SFU takes one viewer per live
 * (LIVE_MAX_VIEWERS=1), with the HLS rendition and the recording on:
 * - two /list readers fill the first shard; a world visitor lands in the second;
 * - the booth's member goes live from /studio on a phone held upright (Chromium's fake camera playing
 *   a portrait clip); the world visitor at the booth sees its screen play (the video texture's frames
 *   advance), the picture letterboxed to its shape, not stretched; the member mutes and unmutes the
 *   microphone and turns to the other camera with the picture going on; a booth chat line goes from
 *   the world to the member's panel and back;
 * - the member puts a product on sale, pins it and starts a one-minute deal; the world visitor's
 *   booth dialog shows the pinned product at the deal's price, counting down;
 * - the /list reader, the SFU being full, watches the live over HLS (지연 방송), the same pinned card;
 * - the world visitor buys one, and the member's studio, the dialog and the reader's card all show
 *   the stock drop; the reader buys the last one and every one of them shows 품절;
 * - the member confirms the world visitor's order, and its lookup shows 확인됨;
 * - the deal ends by itself and the regular price is back;
 * - the member stops the live: it becomes the booth's replay, whose product tag seeks, and it plays.
 */
import ffmpeg from '@ffmpeg-installer/ffmpeg';
import type { Locator, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { liveKo } from '../../shared/i18n/live-ko.ts';
import { replaysKo } from '../../shared/i18n/replays-ko.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium.ts';
import { t, tPattern } from '../helpers/i18n.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { buyOne as buyFrom, createListing, startDeal, type Buyer } from '../helpers/sellSteps.ts';
import { invitedAccount, setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';
import { goLiveFromStudio } from '../helpers/studioLive.ts';
import { enableTestHook } from '../helpers/testHook.ts';
import { boothDialog, enterWorld, openBoothByKey, teleport } from '../helpers/world.ts';
import { lineWith, messageBox, say, selectScope } from './chat-helpers.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

const BOOTH = 'cut-the-trash';
const OTHER = 'nongnongi';
const boothName = findBooth(CATALOGUE, BOOTH)!.summary.title.ko;
const PRODUCT = '라이브 업사이클 파우치';
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'ko-KR' } as const;

const test = base.extend<object, { commerceServer: RunningServer & { member: SignedInSession } }>({
  commerceServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer({ HALL_SHARD_CAPACITY: '2', LIVE_MAX_VIEWERS: '1' });
      const admin = await setupAdmin(server.url, server.output());
      const member = await invitedAccount(server.url, admin, { role: 'enterprise', boothId: BOOTH, email: 'story@ctt.example.kr', displayName: '컷더트래쉬 라이브' });
      await use(Object.assign(server, { member }));
      server.child.kill('SIGTERM');
      await server.exited;
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ commerceServer }, use) => use(commerceServer.url),
});

/**
 * A phone held upright: the fake camera plays a 360×640 clip (made once by the shipped ffmpeg, as
 * Y4M, the format Chromium's fake capture reads) instead of its landscape test pattern.
 */
const PORTRAIT_CAMERA = join(tmpdir(), 'seeot-e2e-portrait-camera.y4m');
if (!existsSync(PORTRAIT_CAMERA)) {
  execFileSync(ffmpeg.path, ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=360x640:rate=15', '-t', '2', '-pix_fmt', 'yuv420p', PORTRAIT_CAMERA], { timeout: 60_000 });
}

test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, `--use-file-for-fake-video-capture=${PORTRAIT_CAMERA}`, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--allow-loopback-in-peer-connection', '--disable-features=WebRtcHideLocalIpsWithMdns', '--autoplay-policy=no-user-gesture-required'],
  },
});

const won = (n: number) => t('orders.priceWon', { price: n.toLocaleString('ko-KR') });
const left = (count: number) => t('orders.stockLeft', { count });

/** A video plays: frames of a real size, its time moving past `past` seconds. */
const playsPast = (video: Locator, past: number) =>
  expect.poll(() => video.evaluate((v: HTMLVideoElement) => (v.videoWidth > 0 ? v.currentTime : 0)), { timeout: 45_000 }).toBeGreaterThan(past);

/** Buys one from a pinned card; returns the receipt's order number. */
async function buyOne(pinned: Locator, buyer: Buyer): Promise<string> {
  const receipt = await buyFrom(pinned, PRODUCT, buyer);
  await expect(receipt).toContainText(t('orders.status_reserved'));
  return (await receipt.getByTestId('order-number').textContent())!;
}

const shardsInUse = async (page: Page) =>
  ((await (await page.request.get('/api/hall/shards')).json()) as { shards: { clients: number }[] }).shards.map((s) => s.clients);

test('a live sale end to end: the booth screen in another shard, a pinned deal, orders to sold out, a confirmation, the HLS fallback, and the replay', async ({ browser, baseURL, commerceServer }) => {
  // Five pages, one world on the CPU's WebGL, a one-minute deal and a recording remuxed at the end.
  test.setTimeout(300_000);
  const phone = await browser.newContext({ baseURL, ...PHONE });
  const reader = await browser.newContext({ baseURL, ...PHONE });
  const passer = await browser.newContext({ baseURL, ...PHONE });
  const walker = await browser.newContext({ baseURL, locale: 'ko-KR' });
  try {
    // Two /list readers, with remembered nicknames, join the hall from a booth page: the first shard is full.
    const list = await reader.newPage();
    for (const [context, nickname] of [[passer, '지나가던사람'], [reader, '목록독자']] as const) {
      await context.addInitScript((name) => localStorage.setItem('seeot.identity', JSON.stringify({ nickname: name, colorIndex: 3 })), nickname);
      const page = context === reader ? list : await context.newPage();
      await page.goto(`/booth/${OTHER}?view=list`);
      await expect(page.locator('.booth-occupancy')).toBeVisible({ timeout: 30_000 });
    }
    await expect.poll(() => shardsInUse(list)).toEqual([2]);

    // The world visitor lands in a second shard, and walks to the booth.
    await enableTestHook(walker);
    const world = await walker.newPage();
    await enterWorld(world);
    await world.waitForFunction(() => window.__seeot?.connected === true, undefined, { timeout: 60_000 });
    await expect.poll(() => shardsInUse(world)).toEqual([2, 1]);
    await teleport(world, `booth:${BOOTH}`);

    // The member, on a phone: a product for sale with 2 in stock, then on air.
    await phone.addCookies([{ name: 'seeot_session', value: commerceServer.member.cookie.split('=')[1]!, url: commerceServer.url }]);
    // The nickname the live panel's chat speaks under, remembered from an earlier visit.
    await phone.addInitScript(() => localStorage.setItem('seeot.identity', JSON.stringify({ nickname: '컷더트래쉬', colorIndex: 1 })));
    const studio = await phone.newPage();
    await studio.goto(`/studio/booths/${BOOTH}/listings`);
    const card = await createListing(studio, { name: PRODUCT, price: '15000', stock: 2, transfer: '농협 301-1234-5678-91 (주)컷더트래쉬' });
    const studioStock = card.getByTestId('studio-stock');
    const { studio: onAir, panel } = await goLiveFromStudio(phone, BOOTH);

    // The booth's screen in the world plays the live: the video texture's frames keep coming.
    const screen = () => world.evaluate(() => window.__seeot!.liveScreen());
    await expect.poll(async () => (await screen())?.drawn.width ?? 0, { timeout: 45_000 }).toBeGreaterThan(0);
    const first = (await screen())!;
    expect(first.boothId).toBe(BOOTH);
    // Upright: the picture is portrait, drawn the screen's full height and only as wide as its shape allows.
    // (WebRTC may send it smaller while its bandwidth estimate ramps up: the shape, not the size.)
    expect(Math.abs(first.width / first.height - 360 / 640)).toBeLessThan(0.02);
    expect(first.drawn.height).toBeCloseTo(first.screen.height, 5);
    expect(first.drawn.width).toBeCloseTo((first.screen.height * first.width) / first.height, 5);
    expect(first.drawn.width).toBeLessThan(first.screen.width);
    await expect.poll(async () => (await screen())?.videoFrames ?? 0, { timeout: 20_000 }).toBeGreaterThan(first.videoFrames + 10);
    await expect(panel.locator('.live-panel__status')).toContainText(liveKo.viewerCount.replace('{{count}}', '1'), { timeout: 15_000 });

    // On air, the member turns the microphone off and on, and turns to the other camera: the track is
    // replaced and the connection kept, so the booth's screen goes on playing.
    const preview = panel.getByLabel(liveKo.previewLabel);
    const micEnabled = () => preview.evaluate((v: HTMLVideoElement) => (v.srcObject as MediaStream).getAudioTracks().map((track) => track.enabled));
    await panel.getByRole('button', { name: liveKo.mute }).click();
    await expect(panel.getByRole('button', { name: liveKo.unmuteMic })).toHaveAttribute('aria-pressed', 'true');
    expect(await micEnabled()).toEqual([false]);
    await panel.getByRole('button', { name: liveKo.unmuteMic }).click();
    await expect(panel.getByRole('button', { name: liveKo.mute })).toHaveAttribute('aria-pressed', 'false');
    expect(await micEnabled()).toEqual([true]);
    await expect(preview).toHaveClass(/live-panel__preview--mirror/);
    await panel.getByRole('button', { name: liveKo.switchCamera }).click();
    await expect(preview).not.toHaveClass(/live-panel__preview--mirror/);
    await expect(panel.getByRole('alert')).toHaveCount(0);
    const switched = (await screen())!.videoFrames;
    await expect.poll(async () => (await screen())?.videoFrames ?? 0, { timeout: 20_000 }).toBeGreaterThan(switched + 10);

    // The live's chat: the world visitor's booth line reaches the member's panel, and the answer comes back.
    // The world's chat waits folded as a pill: opened, as a visitor who wants to talk does.
    await world.locator('.chat-fab').click();
    await expect(messageBox(world)).toBeEnabled();
    await selectScope(world, 'booth');
    await say(world, '라이브 잘 보고 있어요');
    await expect(lineWith(onAir, '라이브 잘 보고 있어요')).toBeVisible();
    await say(onAir, '감사합니다, 곧 특가 시작해요');
    await expect(lineWith(world, '감사합니다, 곧 특가 시작해요')).toBeVisible();
    // Esc leaves the message box for the world (keys walk and open booths again).
    await messageBox(world).press('Escape');
    await expect(messageBox(world)).not.toBeFocused();

    // Pinned, with a one-minute deal at 11,000 on the server's clock.
    await card.getByRole('button', { name: t('orders.studioPin') }).click();
    await expect(card.getByRole('button', { name: t('orders.studioUnpin') })).toBeVisible();
    const deal = await startDeal(card, '11000', 1);
    const running = tPattern('orders.dealEndsIn', { time: '0[01]:\\d\\d' });
    await expect(deal.locator('time')).toHaveText(running);

    // The world visitor opens the booth: the pinned product at the deal's price, counting down.
    await openBoothByKey(world, BOOTH);
    const dialog = boothDialog(world);
    await expect(dialog).toHaveAccessibleName(boothName);
    const worldPinned = dialog.getByRole('region', { name: t('orders.pinnedTitle') });
    await expect(worldPinned.getByRole('heading', { name: PRODUCT })).toBeVisible();
    await expect(worldPinned.locator('.listing__price strong')).toHaveText(won(11_000));
    const worldCountdown = worldPinned.locator('.listing__countdown time');
    await expect(worldCountdown).toHaveText(running);
    const shown = (await worldCountdown.textContent())!;
    await expect(worldCountdown).not.toHaveText(shown);

    // The reader comes to the booth's page: the SFU's one place is taken, so the live plays over HLS.
    await list.goto(`/booth/${BOOTH}?view=list`);
    await expect(list.getByText(liveKo.delayed)).toBeVisible({ timeout: 30_000 });
    await playsPast(list.locator('.live-video__video'), 1);
    const listPinned = list.getByRole('region', { name: t('orders.pinnedTitle') });
    await expect(listPinned.locator('.listing__price strong')).toHaveText(won(11_000));
    await expect(panel.locator('.live-panel__status')).toContainText(liveKo.viewerCount.replace('{{count}}', '2'), { timeout: 15_000 });

    // The world visitor buys one: everyone sees one left, pushed, nobody reloading.
    const number = await buyOne(worldPinned, { name: '김민지', phone: '010-1234-5678', address: '경기도 부천시 원미구 부일로 232' });
    await expect(worldPinned.getByTestId('listing-stock')).toHaveText(left(1));
    await expect(listPinned.getByTestId('listing-stock')).toHaveText(left(1));
    await expect(studioStock).toHaveText(left(1));
    await expectNoSeriousA11yViolations(world, { include: '[role="dialog"]' });

    // The reader takes the last one: 품절 everywhere.
    await buyOne(listPinned, { name: '이서준', phone: '010-9876-5432', address: '서울시 중구 세종대로 110' });
    await expect(listPinned.getByTestId('listing-stock')).toHaveText(t('orders.soldOut'));
    await expect(worldPinned.getByTestId('listing-stock')).toHaveText(t('orders.soldOut'));
    await expect(worldPinned.getByRole('button', { name: t('orders.buy') })).toHaveCount(0);
    await expect(studioStock).toHaveText(t('orders.soldOut'));

    // The member confirms the world visitor's order; its lookup says 확인됨.
    const orders = await phone.newPage();
    await orders.goto(`/studio/booths/${BOOTH}/orders`);
    const order = orders.getByRole('listitem').filter({ hasText: number });
    await order.getByRole('button', { name: t('orders.studioConfirm') }).click();
    await order.getByRole('group', { name: t('orders.studioConfirmAsk', { number }) }).getByRole('button', { name: t('orders.studioConfirm') }).click();
    await expect(order.getByRole('heading')).toHaveText(`${number} · ${t('orders.status_confirmed')}`);
    const lookup = await walker.newPage();
    await lookup.goto(`/orders?number=${encodeURIComponent(number)}`);
    await lookup.getByRole('textbox', { name: t('orders.phone') }).fill('01012345678');
    await lookup.getByRole('button', { name: t('orders.lookupSubmit') }).click();
    await expect(lookup.getByTestId('order-status')).toHaveText(t('orders.status_confirmed'));
    await lookup.close();

    // The deal runs out by itself (a minute after it started): the regular price alone, everywhere.
    await expect(worldCountdown).toHaveCount(0, { timeout: 90_000 });
    await expect(worldPinned.locator('.listing__price strong')).toHaveText(won(15_000));
    await expect(listPinned.locator('.listing__price del')).toHaveCount(0);
    await expect(listPinned.locator('.listing__price strong')).toHaveText(won(15_000));

    // Off air: the recording becomes the booth's replay, with the pinned product as a tag.
    await panel.getByRole('button', { name: liveKo.stop }).click();
    await expect(list.locator('.live-video')).toHaveCount(0, { timeout: 15_000 });
    const replays = list.getByRole('region', { name: replaysKo.title });
    await expect(async () => {
      await list.reload();
      await expect(replays).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 60_000 });
    const tag = replays.getByRole('list', { name: replaysKo.tagsTitle }).getByRole('button', { name: new RegExp(`^\\d+:\\d\\d ${PRODUCT}, `) });
    await expect(tag).toHaveCount(1);
    const video = replays.locator('video');
    await video.evaluate((v: HTMLVideoElement) => {
      v.muted = true;
      return v.play();
    });
    await playsPast(video, 0.5);
    // The tag reads "m:ss name", the moment of the live the product was pinned at; a click seeks there.
    const [m, ss] = (await tag.textContent())!.split(' ')[0]!.split(':').map(Number);
    const pinnedAt = m! * 60 + ss!;
    expect(pinnedAt).toBeGreaterThan(1);
    await video.evaluate((v: HTMLVideoElement) => v.pause());
    await tag.click();
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => (v.paused ? -1 : v.currentTime))).toBeGreaterThanOrEqual(pinnedAt);
    await expectNoSeriousA11yViolations(list);
  } finally {
    await phone.close();
    await reader.close();
    await passer.close();
    await walker.close();
  }
});
