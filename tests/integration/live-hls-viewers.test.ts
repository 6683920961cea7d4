/**
 * A live's viewer count includes its HLS viewers (issue 10 §1): on a server whose SFU takes one
 * viewer (LIVE_MAX_VIEWERS=1), viewers registered on the HLS path are counted with the SFU's one, a
 * viewer moving from HLS to WebRTC is counted once (its registration handed over with its offer),
 * a goodbye counts it out at once, and a registration without heartbeats lapses while one kept
 * alive stays. The count read is what /studio, visitors and the dashboard read (GET booth live).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoothLiveResponseSchema, HLS_VIEWER_TTL_MS, HlsViewerResponseSchema, LiveErrorSchema, ViewerResponseSchema, type LiveView } from '../../shared/api/live.ts';
import { testViewer, type TestPublisher, type TestViewer } from '../helpers/livePeers.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { goLive, postJson, serverWithMember, stopServer } from '../helpers/liveServer.ts';
import type { SignedInSession } from '../helpers/staffSession.ts';

const BOOTH = 'cut-the-trash';

describe('HLS viewers in a live\'s count', { timeout: 90_000 }, () => {
  let srv: RunningServer;
  let member: SignedInSession;
  let live: LiveView;
  let publisher: TestPublisher;
  const peers: TestViewer[] = [];

  const post = (path: string, body?: unknown, who?: SignedInSession) => postJson(srv.url, path, body, who);
  const count = async () => BoothLiveResponseSchema.parse(await (await fetch(`${srv.url}/api/booths/${BOOTH}/live`)).json()).live?.viewers;
  const registerHls = async (): Promise<string> => {
    const r = await post(`/api/lives/${live.liveId}/hls-viewers`);
    expect(r.status).toBe(201);
    return HlsViewerResponseSchema.parse(await r.json()).viewerId;
  };
  const hlsViewer = (viewerId: string, method: 'PUT' | 'DELETE') => fetch(`${srv.url}/api/lives/${live.liveId}/hls-viewers/${viewerId}`, { method });
  /** A WebRTC viewer's offer, optionally handing over its HLS registration. */
  async function joinWebRtc(hlsViewerId?: string): Promise<Response> {
    const peer = testViewer();
    peers.push(peer);
    const r = await post(`/api/lives/${live.liveId}/viewers`, { sdp: await peer.offer(), hlsViewerId });
    if (r.status === 201) await peer.accept(ViewerResponseSchema.parse(await r.clone().json()).sdp);
    return r;
  }

  beforeAll(async () => {
    ({ srv, member } = await serverWithMember({ SESSION_SECRET: 'live-hls-viewers-secret-0123456789abcdef', LIVE_MAX_VIEWERS: '1', LIVE_HLS: 'off' }, BOOTH, 'hls-count@example.kr'));
    ({ live, publisher } = await goLive(srv.url, BOOTH, member));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(peers.map((p) => p.close()));
    await publisher?.close();
    await stopServer(srv);
  });

  it('counts SFU and HLS viewers together, a viewer moving from HLS to WebRTC once, a goodbye at once', async () => {
    const first = await joinWebRtc();
    expect(first.status).toBe(201);
    const firstId = ViewerResponseSchema.parse(await first.json()).viewerId;
    // The SFU is full: two more watch over HLS, and are counted.
    const refused = await joinWebRtc();
    expect(LiveErrorSchema.parse(await refused.json()).error).toBe('liveFull');
    const [a, b] = [await registerHls(), await registerHls()];
    await expect.poll(count, { timeout: 5_000 }).toBe(3);

    // The SFU viewer leaves; one HLS viewer takes its place over WebRTC, handing over its registration.
    expect((await fetch(`${srv.url}/api/lives/${live.liveId}/viewers/${firstId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await joinWebRtc(a)).status).toBe(201);
    await expect.poll(count, { timeout: 5_000 }).toBe(2);
    // A heartbeat of the handed-over registration still on its way counts nobody twice: with the
    // other HLS viewer gone, one viewer is left (a recounted registration would keep it at 2).
    expect((await hlsViewer(a, 'PUT')).status).toBe(204);
    expect((await hlsViewer(b, 'DELETE')).status).toBe(204);
    await expect.poll(count, { timeout: 5_000 }).toBe(1);
  });

  it('lets a registration without heartbeats lapse, and keeps one whose heartbeats come', async () => {
    const kept = await registerHls();
    const silent = await registerHls();
    await expect.poll(count, { timeout: 5_000 }).toBe(3);
    const heartbeats = setInterval(() => void hlsViewer(kept, 'PUT'), 5_000);
    try {
      await expect.poll(count, { timeout: HLS_VIEWER_TTL_MS + 15_000, interval: 1_000 }).toBe(2);
      expect((await hlsViewer(kept, 'PUT')).status).toBe(204);
      expect(await count()).toBe(2);
    } finally {
      clearInterval(heartbeats);
    }
    // A heartbeat of a lapsed registration counts the viewer again; one for another live is refused.
    expect((await hlsViewer(silent, 'PUT')).status).toBe(204);
    await expect.poll(count, { timeout: 5_000 }).toBe(3);
    const elsewhere = await fetch(`${srv.url}/api/lives/not-a-live-0000/hls-viewers/${silent}`, { method: 'PUT' });
    expect(elsewhere.status).toBe(404);
    expect(LiveErrorSchema.parse(await elsewhere.json()).error).toBe('liveNotFound');
  });
});
