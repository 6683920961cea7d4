/**
 * "Live now" through a real server process (issue 10 §2): a live started through the real
 * signalling (a booth member opens it, a werift peer publishes) is listed by GET /api/lives with
 * its booth's name and the product its seller pinned, cacheable for a few seconds only, and leaves
 * the list when the member ends it. A visitor in the hall who is at no booth is told the start and
 * the end by the `live` message (the world's badge and mini-map dot follow it), but not each new
 * viewer count, which only those at the booth are told.
 */
import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVES_MAX_AGE_S, LivesResponseSchema, ViewerResponseSchema } from '../../shared/api/live.ts';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { ListingSchema } from '../../shared/api/orders.ts';
import { HALL_BYTES } from '../../shared/net/view.ts';
import { PROTOCOL_VERSION, type ServerMessages } from '../../shared/protocol/index.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import { testViewer, type TestPublisher, type TestViewer } from '../helpers/livePeers.ts';
import { goLive } from '../helpers/liveServer.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { invitedAccount, setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';

const BOOTH = 'cut-the-trash';
const SECRET = 'lives-now-test-secret-0123456789abcdef';

describe('lives on air now', { timeout: 60_000 }, () => {
  let srv: RunningServer;
  let member: SignedInSession;
  let publisher: TestPublisher | undefined;
  let viewer: TestViewer | undefined;
  let visitor: Room;
  let reader: Room;
  const told: ServerMessages['live'][] = [];
  const toldReader: ServerMessages['live'][] = [];

  const send = (method: string, path: string, body: unknown) => fetch(srv.url + path, { method, headers: member.headers(), body: JSON.stringify(body) });
  const livesNow = async () => {
    const r = await fetch(`${srv.url}/api/lives`);
    expect(r.status).toBe(200);
    return { cache: r.headers.get('cache-control'), lives: LivesResponseSchema.parse(await r.json()).lives };
  };

  beforeAll(async () => {
    srv = await startServer({ SESSION_SECRET: SECRET });
    const admin = await setupAdmin(srv.url, srv.output());
    member = await invitedAccount(srv.url, admin, { role: 'enterprise', boothId: BOOTH, email: 'now@example.kr' });
    // A visitor in the world, at no booth.
    const joinToken = signJoinToken({ guestId: 'world-walker', role: 'visitor' }, SECRET, Date.now());
    visitor = await new Client(srv.url.replace('http:', 'ws:')).joinOrCreate('hall', { protocolVersion: PROTOCOL_VERSION, nickname: '산책', colorIndex: 2, joinToken });
    visitor.reconnection.enabled = false;
    visitor.onMessage('*', () => {});
    visitor.onMessage(HALL_BYTES.view, () => {});
    visitor.onMessage('live', (m: ServerMessages['live']) => told.push(m));
    // And one reading the booth's /list page: at the booth.
    const readerToken = signJoinToken({ guestId: 'booth-reader', role: 'visitor' }, SECRET, Date.now());
    reader = await new Client(srv.url.replace('http:', 'ws:')).joinOrCreate('hall', { protocolVersion: PROTOCOL_VERSION, nickname: '독자', colorIndex: 3, joinToken: readerToken, view: 'list', boothId: BOOTH });
    reader.reconnection.enabled = false;
    reader.onMessage('*', () => {});
    reader.onMessage(HALL_BYTES.view, () => {});
    reader.onMessage('live', (m: ServerMessages['live']) => toldReader.push(m));
  }, 45_000);

  afterAll(async () => {
    await visitor?.leave().catch(() => 0);
    await reader?.leave().catch(() => 0);
    await viewer?.close();
    await publisher?.close();
    srv?.child.kill('SIGTERM');
    await srv?.exited;
  });

  it('lists a live started through the signalling, with its booth and pinned product, and drops it when it ends', async () => {
    expect((await livesNow()).lives).toEqual([]);
    const made = await send('POST', `/api/studio/booths/${BOOTH}/listings`, { name: '업사이클 <b>가방</b>', priceWon: 12_000, stockLeft: 5, transferInstructions: '농협 123-4567-8901-23' });
    expect(made.status).toBe(201);
    const listing = ListingSchema.parse(await made.json());
    expect((await send('PUT', `/api/studio/booths/${BOOTH}/pin`, { listingId: listing.id })).status).toBe(200);

    const started = await goLive(srv.url, BOOTH, member);
    const { live } = started;
    publisher = started.publisher;

    await expect.poll(async () => (await livesNow()).lives.map((l) => [l.liveId, l.state]), { timeout: 15_000 }).toEqual([[live.liveId, 'onAir']]);
    const catalogue = (await (await fetch(`${srv.url}/api/catalogue`)).json()) as Catalogue;
    const now = await livesNow();
    expect(now.lives[0]).toMatchObject({
      boothId: BOOTH,
      boothTitle: findBooth(catalogue, BOOTH)!.summary.title,
      startedAt: live.startedAt,
      viewers: 0,
      pinned: { name: '업사이클 <b>가방</b>', unitPriceWon: 12_000 },
    });
    expect(now.cache).toBe(`public, max-age=${LIVES_MAX_AGE_S}`);
    // The visitor at no booth was told the start too.
    await expect.poll(() => told.at(-1)?.live?.state, { timeout: 2_000 }).toBe('onAir');

    // A viewer joins: the count goes to the reader at the booth and into the list.
    viewer = testViewer();
    const joined = await fetch(`${srv.url}/api/lives/${live.liveId}/viewers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sdp: await viewer.offer() }) });
    expect(joined.status).toBe(201);
    await viewer.accept(ViewerResponseSchema.parse(await joined.json()).sdp);
    await expect.poll(() => toldReader.at(-1)?.live?.viewers, { timeout: 5_000 }).toBe(1);
    await expect.poll(async () => (await livesNow()).lives[0]?.viewers, { timeout: 5_000 }).toBe(1);

    expect((await send('POST', `/api/studio/lives/${live.liveId}/end`, {})).status).toBe(204);
    expect((await livesNow()).lives).toEqual([]);
    await expect.poll(() => told.at(-1), { timeout: 2_000 }).toEqual({ boothId: BOOTH, live: null });
    // Everything before the end has arrived (one socket, in order): no viewer count reached the walker.
    expect(told.filter((m) => (m.live?.viewers ?? 0) > 0)).toEqual([]);
  });
});
