/**
 * Live video through a real server process: a booth's member opens a live and publishes a VP8 RTP
 * stream from a werift peer in the test, two viewers receive its packets through the server's SFU
 * (its worker thread), a viewer's keyframe request reaches the publisher, a third viewer over
 * LIVE_MAX_VIEWERS is refused with liveFull, a guest or another booth's member is refused with a
 * code, and ending the live takes it off the air. A /list reader of the booth in the hall is told
 * each change by the `live` message. Everything on loopback.
 */
import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HALL_BYTES } from '../../shared/net/view.ts';
import { PROTOCOL_VERSION, type ServerMessages } from '../../shared/protocol/index.ts';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import { BoothLiveResponseSchema, LiveErrorSchema, LivesResponseSchema, OpenLiveResponseSchema, PublishResponseSchema, ViewerResponseSchema, type LiveView } from '../../shared/api/live.ts';
import { testPublisher, testViewer, type TestPublisher, type TestViewer } from '../helpers/livePeers.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { postJson } from '../helpers/liveServer.ts';
import { invitedAccount, setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';

const BOOTH = 'cut-the-trash';
const OTHER = 'vq-studio';
const SECRET = 'live-sfu-test-secret-0123456789abcdef';

describe('live video through the SFU', { timeout: 60_000 }, () => {
  let srv: RunningServer;
  let member: SignedInSession;
  let otherMember: SignedInSession;
  let live: LiveView;
  let publisher: TestPublisher;
  const viewers: { peer: TestViewer; viewerId: string }[] = [];
  let reader: Room;
  const told: ServerMessages['live'][] = [];
  const lastTold = () => told.at(-1)?.live;

  const post = (path: string, body?: unknown, who?: SignedInSession) => postJson(srv.url, path, body, who);
  const errorOf = async (r: Response) => LiveErrorSchema.parse(await r.json()).error;
  const boothLive = async () => BoothLiveResponseSchema.parse(await (await fetch(`${srv.url}/api/booths/${BOOTH}/live`)).json()).live;

  async function join(): Promise<Response & { peer?: TestViewer }> {
    const peer = testViewer();
    const r = await post(`/api/lives/${live.liveId}/viewers`, { sdp: await peer.offer() });
    if (r.status !== 201) {
      await peer.close();
      return r;
    }
    const body = ViewerResponseSchema.parse(await r.json());
    await peer.accept(body.sdp);
    viewers.push({ peer, viewerId: body.viewerId });
    return Object.assign(r, { peer });
  }

  beforeAll(async () => {
    srv = await startServer({ SESSION_SECRET: SECRET, LIVE_MAX_VIEWERS: '2' });
    const admin = await setupAdmin(srv.url, srv.output());
    member = await invitedAccount(srv.url, admin, { role: 'enterprise', boothId: BOOTH, email: 'live@example.kr' });
    otherMember = await invitedAccount(srv.url, admin, { role: 'enterprise', boothId: OTHER, email: 'other@example.kr' });
    // A visitor reading the booth's /list page, in the hall.
    const joinToken = signJoinToken({ guestId: 'live-reader', role: 'visitor' }, SECRET, Date.now());
    reader = await new Client(srv.url.replace('http:', 'ws:')).joinOrCreate('hall', { protocolVersion: PROTOCOL_VERSION, nickname: '시청자', colorIndex: 1, joinToken, view: 'list', boothId: BOOTH });
    reader.reconnection.enabled = false;
    reader.onMessage('*', () => {});
    reader.onMessage(HALL_BYTES.view, () => {});
    reader.onMessage('live', (m: ServerMessages['live']) => told.push(m));
  }, 45_000);

  afterAll(async () => {
    await reader?.leave().catch(() => 0);
    await Promise.all(viewers.map((v) => v.peer.close()));
    await publisher?.close();
    srv?.child.kill('SIGTERM');
    await srv?.exited;
  });

  it('refuses a guest (401) and another booth\'s member (403) a live of the booth', async () => {
    const guest = await post(`/api/studio/booths/${BOOTH}/live`);
    expect(guest.status).toBe(401);
    expect(await errorOf(guest)).toBe('unauthorized');
    const other = await post(`/api/studio/booths/${BOOTH}/live`, undefined, otherMember);
    expect(other.status).toBe(403);
    expect(await errorOf(other)).toBe('forbidden');
    expect(await boothLive()).toBeNull();
  });

  it('opens a live, waits for its publisher, and goes on air once the publisher connects', async () => {
    const opened = await post(`/api/studio/booths/${BOOTH}/live`, undefined, member);
    expect(opened.status).toBe(201);
    live = OpenLiveResponseSchema.parse(await opened.json()).live;
    expect(live).toMatchObject({ boothId: BOOTH, viewers: 0, state: 'reconnecting' });

    publisher = testPublisher();
    const offer = await publisher.offer();
    const stranger = await post(`/api/studio/lives/${live.liveId}/publish`, { sdp: offer }, otherMember);
    expect(stranger.status).toBe(403);
    expect(await errorOf(stranger)).toBe('notBoothMember');

    const published = await post(`/api/studio/lives/${live.liveId}/publish`, { sdp: offer }, member);
    expect(published.status).toBe(200);
    await publisher.accept(PublishResponseSchema.parse(await published.json()).sdp);
    publisher.start();
    await expect.poll(async () => (await boothLive())?.state, { timeout: 15_000 }).toBe('onAir');
    await expect.poll(() => lastTold()?.state, { timeout: 2_000 }).toBe('onAir');
    expect(told[0]?.live).toMatchObject({ liveId: live.liveId, state: 'reconnecting' });
    const { lives } = LivesResponseSchema.parse(await (await fetch(`${srv.url}/api/lives`)).json());
    expect(lives.map((l) => l.liveId)).toEqual([live.liveId]);
  });

  it('forwards the stream to two viewers, relays a viewer\'s keyframe request, and refuses a third over the limit', async () => {
    expect((await join()).status).toBe(201);
    await expect.poll(() => viewers[0]!.peer.packets(), { timeout: 15_000 }).toBeGreaterThan(20);
    // A viewer joining late asks for a keyframe; the publisher hears it through the SFU.
    const plisBefore = publisher.plis();
    expect((await join()).status).toBe(201);
    await expect.poll(() => viewers[1]!.peer.packets(), { timeout: 15_000 }).toBeGreaterThan(20);
    await expect.poll(() => publisher.plis(), { timeout: 5_000 }).toBeGreaterThan(plisBefore);
    const plisThen = publisher.plis();
    await expect
      .poll(
        async () => {
          await viewers[1]!.peer.requestKeyframe();
          return publisher.plis();
        },
        { timeout: 5_000, interval: 300 },
      )
      .toBeGreaterThan(plisThen);

    const third = await join();
    expect(third.status).toBe(503);
    expect(await errorOf(third)).toBe('liveFull');
    await expect.poll(async () => (await boothLive())?.viewers, { timeout: 5_000 }).toBe(2);
    await expect.poll(() => lastTold()?.viewers, { timeout: 2_000 }).toBe(2);
  });

  it('keeps the live through a publisher\'s drop: reconnecting, then on air again when it publishes anew, to the same viewers', async () => {
    await publisher.close();
    await expect.poll(async () => (await boothLive())?.state, { timeout: 15_000 }).toBe('reconnecting');
    await expect.poll(() => lastTold()?.state, { timeout: 2_000 }).toBe('reconnecting');
    publisher = testPublisher();
    const again = await post(`/api/studio/lives/${live.liveId}/publish`, { sdp: await publisher.offer() }, member);
    expect(again.status).toBe(200);
    await publisher.accept(PublishResponseSchema.parse(await again.json()).sdp);
    publisher.start();
    await expect.poll(async () => (await boothLive())?.state, { timeout: 15_000 }).toBe('onAir');
    const before = viewers[0]!.peer.packets();
    await expect.poll(() => viewers[0]!.peer.packets(), { timeout: 10_000 }).toBeGreaterThan(before + 20);
  });

  it('gives back the place of a viewer who goes away without a word', async () => {
    const quiet = await join();
    expect(quiet.status).toBe(503); // two watching: full
    const gone = viewers.pop()!;
    await gone.peer.close();
    await expect.poll(async () => (await boothLive())?.viewers, { timeout: 20_000 }).toBe(1);
    expect((await join()).status).toBe(201);
    await expect.poll(() => viewers.at(-1)!.peer.packets(), { timeout: 15_000 }).toBeGreaterThan(20);
  });

  it('counts a viewer who leaves out, then ends the live: off the air, viewers stop receiving, no new viewer', async () => {
    const leaving = viewers[1]!;
    const left = await fetch(`${srv.url}/api/lives/${live.liveId}/viewers/${leaving.viewerId}`, { method: 'DELETE' });
    expect(left.status).toBe(204);
    await expect.poll(async () => (await boothLive())?.viewers, { timeout: 5_000 }).toBe(1);

    const stranger = await post(`/api/studio/lives/${live.liveId}/end`, undefined, otherMember);
    expect(stranger.status).toBe(403);
    const ended = await post(`/api/studio/lives/${live.liveId}/end`, undefined, member);
    expect(ended.status).toBe(204);
    expect(await boothLive()).toBeNull();
    await expect.poll(() => told.at(-1), { timeout: 1_000 }).toEqual({ boothId: BOOTH, live: null });
    // The stream stops: two looks 300 ms apart see the same count.
    let last = -1;
    await expect
      .poll(
        () => {
          const now = viewers[0]!.peer.packets();
          const same = now === last;
          last = now;
          return same;
        },
        { timeout: 10_000, interval: 300 },
      )
      .toBe(true);
    const late = await join();
    expect(late.status).toBe(404);
    expect(await errorOf(late)).toBe('liveNotFound');
  });
});
