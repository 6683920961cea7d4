/**
 * Live video with two real server processes sharing a real Redis (and PostgreSQL): a live published
 * to process A is listed by process B, a viewer who asks B is forwarded to A and receives A's
 * stream, a /list reader who joined the hall through B is told the live is on air and when it ends
 * (over the hall bus in Redis, whichever process its shard is on), and the member ends it through B. Everything on loopback.
 */
import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoothLiveResponseSchema, LivesResponseSchema, ViewerResponseSchema } from '../../shared/api/live.ts';
import { HALL_BYTES } from '../../shared/net/view.ts';
import { PROTOCOL_VERSION, type ServerMessages } from '../../shared/protocol/index.ts';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import { testViewer, type TestPublisher, type TestViewer } from '../helpers/livePeers.ts';
import { startPostgres, type PrivatePostgres } from '../helpers/postgres.ts';
import { goLive } from '../helpers/liveServer.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { invitedAccount, setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';
import { startRedis, type PrivateRedis } from '../load/redis.ts';

const SECRET = 'live-scaleout-secret-0123456789abcdefghij';
const BOOTH = 'cut-the-trash';

describe('scale-out: a live held by one process, watched through another', { timeout: 60_000 }, () => {
  let redis: PrivateRedis;
  let postgres: PrivatePostgres;
  let a: RunningServer;
  let b: RunningServer;
  let member: SignedInSession;
  let publisher: TestPublisher | undefined;
  let viewer: TestViewer | undefined;
  let reader: Room | undefined;
  const told: ServerMessages['live'][] = [];

  beforeAll(async () => {
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    const env = { REDIS_URL: redis.url, DATABASE_URL: postgres.url, SESSION_SECRET: SECRET, ADDRESS_LIMITS_EXEMPT: 'loopback' };
    // One after the other: the first admin's setup code is the one A printed.
    a = await startServer(env);
    const admin = await setupAdmin(a.url, a.output());
    member = await invitedAccount(a.url, admin, { role: 'enterprise', boothId: BOOTH, email: 'live-scale@example.kr' });
    b = await startServer(env);
    const joinToken = signJoinToken({ guestId: 'live-scale-reader', role: 'visitor' }, SECRET, Date.now());
    reader = await new Client(b.url.replace('http:', 'ws:')).joinOrCreate('hall', { protocolVersion: PROTOCOL_VERSION, nickname: '시청자', colorIndex: 2, joinToken, view: 'list', boothId: BOOTH });
    reader.reconnection.enabled = false;
    reader.onMessage('*', () => {});
    reader.onMessage(HALL_BYTES.view, () => {});
    reader.onMessage('live', (m: ServerMessages['live']) => told.push(m));
  }, 60_000);

  afterAll(async () => {
    await reader?.leave().catch(() => 0);
    await viewer?.close();
    await publisher?.close();
    for (const s of [a, b]) {
      s?.child.kill('SIGTERM');
      await s?.exited;
    }
    await redis?.stop();
    await postgres?.stop();
  }, 30_000);

  it('lists A\'s live on B, forwards B\'s viewer to A\'s SFU, tells the booth\'s reader, and ends through B', async () => {
    const started = await goLive(a.url, BOOTH, member);
    const { live } = started;
    publisher = started.publisher;

    await expect.poll(async () => LivesResponseSchema.parse(await (await fetch(`${b.url}/api/lives`)).json()).lives.map((l) => [l.liveId, l.state]), { timeout: 15_000 }).toEqual([[live.liveId, 'onAir']]);
    await expect.poll(() => told.at(-1)?.live?.state, { timeout: 5_000 }).toBe('onAir');

    viewer = testViewer();
    const joined = await fetch(`${b.url}/api/lives/${live.liveId}/viewers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sdp: await viewer.offer() }) });
    expect(joined.status).toBe(201);
    await viewer.accept(ViewerResponseSchema.parse(await joined.json()).sdp);
    await expect.poll(() => viewer!.packets(), { timeout: 15_000 }).toBeGreaterThan(20);
    await expect.poll(async () => BoothLiveResponseSchema.parse(await (await fetch(`${b.url}/api/booths/${BOOTH}/live`)).json()).live?.viewers, { timeout: 10_000 }).toBe(1);

    const ended = await fetch(`${b.url}/api/studio/lives/${live.liveId}/end`, { method: 'POST', headers: member.headers(), body: '{}' });
    expect(ended.status).toBe(204);
    expect(BoothLiveResponseSchema.parse(await (await fetch(`${b.url}/api/booths/${BOOTH}/live`)).json()).live).toBeNull();
    await expect.poll(() => told.at(-1), { timeout: 2_000 }).toEqual({ boothId: BOOTH, live: null });
  });
});
