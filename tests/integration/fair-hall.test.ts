/**
 * A timed fair's own hall, through the real server with a database (embedded PGlite): a visitor
 * joining with `fair=<slug>` is matched to that fair's shards, whose layout holds exactly its booths
 * (the same venueForFair the client lays out) and whose capacity is the fair's; a fair not open now
 * refuses with `fairClosed`; a join without a fair is the permanent exhibition's hall, as before.
 */
import { matchMaker } from '@colyseus/core';
import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsFiguresSchema, DashboardSchema } from '../../shared/analytics/api.ts';
import { VISIT_GRACE_MS } from '../../shared/analytics/visitTracker.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../../shared/api/account.ts';
import { listBooths } from '../../shared/catalogue/booths.ts';
import { PROTOCOL_VERSION, venueFingerprint } from '../../shared/protocol/index.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { venueForFair } from '../../shared/world/fairVenue.ts';
import { layoutWorld } from '../../shared/world/index.ts';
import { createApp } from '../../server/app.ts';
import { newAccountId, startSession } from '../../server/auth/accountSessions.ts';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import type { FairSettings } from '../../server/db/fairsRepo.ts';
import { parseEnv } from '../../server/env.ts';
import { JOIN_ERROR_CODE } from '../../server/hall/join.ts';
import type { ShardListing } from '../../server/hall/shards.ts';
import type { HallRoom } from '../../server/rooms/HallRoom.ts';
import { createLogger } from '../../server/logger.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import type { VenueService } from '../../server/venue/venueService.ts';
import { dbBackends } from '../helpers/dbBackends.ts';
import { freePort } from '../helpers/serverProcess.ts';
import { visit, waitFor, type Visitor } from './room-boot.ts';

const SECRET = 'fair-hall-test-secret-0123456789abcdefghij';
const HOUR = 3_600_000;
const [backend] = dbBackends('fair-hall');

const fairSettings = (slug: string, startsIn: number, capacity: number | null): FairSettings => ({
  title: { ko: `박람회 ${slug}`, en: `Fair ${slug}` },
  slug,
  startsAt: new Date(Date.now() + startsIn),
  endsAt: new Date(Date.now() + startsIn + 2 * HOUR),
  shardCapacity: capacity,
  editsNeedApproval: false,
  published: true,
});

describe('a timed fair’s own hall', { timeout: 90_000 }, () => {
  let venue: VenueService;
  let gameServer: Awaited<ReturnType<typeof createApp>>['gameServer'];
  let url: string;
  let origin: string;
  let whole: Catalogue;
  let fairBooths: string[];
  let springId: number;
  let guests = 0;

  /** Join options as /world sends them, signed for a fresh guest; `venue` the layout's fingerprint the page built. */
  const options = (extra: Record<string, unknown>) => {
    const joinToken = signJoinToken({ guestId: `guest-fair-${String(++guests).padStart(4, '0')}`, role: 'visitor' }, SECRET, Date.now());
    return { protocolVersion: PROTOCOL_VERSION, nickname: `손님${guests}`, colorIndex: guests % 8, joinToken, ...extra };
  };
  const fairVenue = () => venueFingerprint(layoutWorld(venueForFair(whole, fairBooths)));
  const refusal = async (opts: Record<string, unknown>) => {
    try {
      await (await new Client(url).joinOrCreate('hall', opts)).leave();
    } catch (e) {
      const err = e as { code: number; message: string };
      return { code: err.code, message: err.message };
    }
    throw new Error('join was accepted');
  };
  const shards = async (query = ''): Promise<ShardListing[]> => ((await (await fetch(`${origin}/api/hall/shards${query}`)).json()) as { shards: ShardListing[] }).shards;
  const hall = (roomId: string) => matchMaker.getLocalRoomById(roomId) as unknown as HallRoom;
  const shardName = (v: Visitor) => (v.room.state as { shardName: string }).shardName;
  /** GET of an /api/admin path as a fresh admin account. */
  const asAdmin = async () => {
    const id = newAccountId();
    const made = await venue.repos.accounts.createAccount({ id, email: `admin-${id.slice(0, 8)}@example.kr`, displayName: 'admin', role: 'admin', passwordHash: 'unused' });
    if (!made.ok) throw new Error(made.reason);
    const s = await startSession(venue.repos.accounts, { id });
    return (path: string) => fetch(`${origin}/api/admin${path}`, { headers: { cookie: `${SESSION_COOKIE}=${s.token}`, [CSRF_HEADER]: s.csrfToken } });
  };

  beforeAll(async () => {
    const env = await backend!.env();
    venue = await openVenue(env, createLogger('silent'));
    const port = await freePort();
    const appEnv = parseEnv({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SESSION_SECRET: SECRET, ...env });
    ({ gameServer } = await createApp({ env: appEnv, log: createLogger('silent'), venue, distDir: '/nonexistent' }));
    url = `ws://127.0.0.1:${port}`;
    origin = `http://127.0.0.1:${port}`;
    whole = (await venue.getVenue()).venue;
    const booths = listBooths(whole);
    // One programme and one enterprise: the fair's hall has a wing and the enterprise hall, nothing else.
    fairBooths = [booths.find((b) => b.kind === 'programme')!.id, booths.find((b) => b.kind === 'enterprise')!.id];
    const open = await venue.repos.fairs.create(fairSettings('spring-fair', -HOUR, 2));
    if (!open.ok) throw new Error(open.reason);
    expect(await venue.repos.fairs.setBooths(open.id, fairBooths)).toEqual({ ok: true });
    springId = open.id;
    const later = await venue.repos.fairs.create(fairSettings('later-fair', 24 * HOUR, null));
    if (!later.ok) throw new Error(later.reason);
    const draft = await venue.repos.fairs.create({ ...fairSettings('draft-fair', -HOUR, null), published: false });
    if (!draft.ok) throw new Error(draft.reason);
  });

  afterAll(async () => {
    await gameServer?.gracefullyShutdown(false);
    await backend!.stop();
  });

  it('a visitor joining with the fair gets its layout: exactly its booths, checked by fingerprint', async () => {
    const fingerprint = fairVenue();
    expect(layoutWorld(venueForFair(whole, fairBooths)).booths.map((b) => b.id).sort()).toEqual([...fairBooths].sort());
    // A page that built the whole venue's floor is not this fair's: it re-reads before it joins.
    const wholeVenue = venueFingerprint(layoutWorld(whole));
    expect(await refusal(options({ fair: 'spring-fair', venue: wholeVenue }))).toEqual({ code: JOIN_ERROR_CODE.venueChanged, message: 'venueChanged' });

    const v = await visit(url, options({ fair: 'spring-fair', venue: fingerprint }));
    await waitFor(() => v.msgs.venue!.length > 0, 5000, 'the venue notice');
    expect((v.msgs.venue![0] as { fingerprint: string }).fingerprint).toBe(fingerprint);
    expect(hall(v.room.roomId).sim.layout.booths.map((b) => b.id).sort()).toEqual([...fairBooths].sort());
    // /list visitors read a booth of the fair; one the fair does not show is refused.
    const other = listBooths(whole).find((b) => !fairBooths.includes(b.id))!.id;
    expect((await refusal(options({ fair: 'spring-fair', view: 'list', boothId: other }))).message).toBe('badOptions');
    const reader = await visit(url, options({ fair: 'spring-fair', view: 'list', boothId: fairBooths[0] }));
    expect(reader.room.roomId).toBe(v.room.roomId);
    await reader.room.leave();
    await v.room.leave();
  });

  it('the fair’s shards hold its capacity: the third visitor of a fair of 2 opens its 2관', async () => {
    const fair = () => options({ fair: 'spring-fair', venue: fairVenue() });
    const a = await visit(url, fair());
    const b = await visit(url, fair());
    expect(b.room.roomId).toBe(a.room.roomId);
    await waitFor(() => hall(a.room.roomId).closedToMatchmaking, 3000, 'the fair’s shard closed to matchmaking');
    const c = await visit(url, fair());
    expect(c.room.roomId).not.toBe(a.room.roomId);
    expect([shardName(a), shardName(c)]).toEqual(['1관', '2관']);
    // Full at the fair's capacity: an invite finds no seat.
    await expect(visit(url, fair(), a.room.roomId)).rejects.toThrow();

    expect((await shards('?fair=spring-fair')).map((s) => [s.fair, s.shardName, s.clients, s.capacity])).toEqual([
      ['spring-fair', '1관', 2, 2],
      ['spring-fair', '2관', 1, 2],
    ]);
    expect(await shards()).toEqual([]); // the permanent exhibition's picker lists none of them
    expect((await fetch(`${origin}/api/hall/shards?fair=%3Cscript%3E`)).status).toBe(400);
    for (const v of [a, b, c]) await v.room.leave();
  });

  it('a fair not open now, a draft or an unknown address refuses with fairClosed', async () => {
    for (const fair of ['later-fair', 'draft-fair', 'no-such-fair']) {
      expect(await refusal(options({ fair, venue: fairVenue() }))).toEqual({ code: JOIN_ERROR_CODE.fairClosed, message: 'fairClosed' });
    }
  });

  it('without a fair, the permanent exhibition’s hall as today; a fair’s visitor cannot be invited into it', async () => {
    const wholeVenue = venueFingerprint(layoutWorld(whole));
    const fairGoer = await visit(url, options({ fair: 'spring-fair', venue: fairVenue() }));
    const v = await visit(url, options({ venue: wholeVenue }));
    expect(v.room.roomId).not.toBe(fairGoer.room.roomId);
    expect(shardName(v)).toBe('1관');
    expect(hall(v.room.roomId).sim.layout.booths.length).toBe(listBooths(whole).length);
    expect((await shards()).map((s) => [s.fair, s.shardName, s.clients, s.capacity])).toEqual([['', '1관', 1, parseEnv({ SESSION_SECRET: SECRET }).HALL_SHARD_CAPACITY]]);
    await expect(visit(url, options({ fair: 'spring-fair', venue: fairVenue() }), v.room.roomId)).rejects.toThrow('badOptions');
    await v.room.leave();
    await fairGoer.room.leave();
  });

  it('the live dashboard tells each shard’s fair and hall apart (every fair has its own 1관), with the fair’s title', async () => {
    const admin = await asAdmin();
    const fairGoer = await visit(url, options({ fair: 'spring-fair', venue: fairVenue() }));
    const v = await visit(url, options({ venue: venueFingerprint(layoutWorld(whole)) }));
    const read = async () => DashboardSchema.parse(await (await admin('/dashboard')).json());
    // Grouped by fair, the permanent exhibition first, then by hall number.
    await expect
      .poll(async () => (await read()).shards.map((s) => [s.fair, s.number, s.visitors]), { timeout: 10_000, interval: 250 })
      .toEqual([
        ['', 1, 1],
        ['spring-fair', 1, 1],
      ]);
    expect((await read()).fairs).toEqual([{ slug: 'spring-fair', title: { ko: '박람회 spring-fair', en: 'Fair spring-fair' } }]);
    await v.room.leave();
    await fairGoer.room.leave();
  });

  it('records its booths’ visits under the fair, not the permanent exhibition', async () => {
    const admin = await asAdmin();
    const figures = async (fairId: number) => {
      const r = await admin(`/analytics/fairs/${fairId}`);
      expect(r.status).toBe(200);
      return AnalyticsFiguresSchema.parse(await r.json());
    };
    const v = await visit(url, options({ fair: 'spring-fair', venue: fairVenue() }));
    const from = Date.now();
    v.room.send('teleport', { pointId: `booth:${fairBooths[0]}` });
    await waitFor(() => Date.now() - from > VISIT_GRACE_MS + 1500, 10_000, 'a stay past the grace');
    await v.room.leave();
    // The visit ends after the grace; the recorder writes within seconds of that.
    await expect.poll(async () => (await figures(springId)).recentVisits.map((r) => r.boothId), { timeout: 20_000, interval: 250 }).toEqual([fairBooths[0]]);
    expect((await figures(1)).recentVisits).toEqual([]);
  });

  it('when staff change the fair’s booths, its running shard re-lays-out and tells its visitors', async () => {
    const before = await visit(url, options({ fair: 'spring-fair', venue: fairVenue() }));
    fairBooths = [fairBooths[0]!];
    expect(await venue.repos.fairs.setBooths(springId, fairBooths)).toEqual({ ok: true });
    // The next join reads the fair again: its page built the new cut, and it joins the same shard.
    const after = await visit(url, options({ fair: 'spring-fair', venue: fairVenue() }));
    expect(after.room.roomId).toBe(before.room.roomId);
    expect(hall(before.room.roomId).sim.layout.booths.map((b) => b.id)).toEqual(fairBooths);
    await waitFor(() => before.msgs.venue!.some((m) => (m as { fingerprint: string }).fingerprint === fairVenue()), 5000, 'the new layout’s notice');
    await after.room.leave();
    await before.room.leave();
  });
});
