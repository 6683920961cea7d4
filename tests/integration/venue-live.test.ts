/**
 * Venue edits reach open clients without a reload (issue 9 §1): a visitor in the hall gets the
 * `venue` message within a second of an edit, a page on /api/venue/events gets its event, and a
 * booth closed or opened again re-lays-out the hall while every visitor keeps where they stood (moved
 * off a booth that now stands there). Three set-ups:
 * - one real server process on PostgreSQL, the edits made by another process on the same database
 *   (this test's own venue service): the server finds them by its version poll;
 * - the server in this process on its embedded database, editing through its own service: at once;
 * - two real server processes sharing Redis and PostgreSQL, the edit made by a third process that
 *   announces it on the presence as servers do: it reaches a client of each through pub/sub.
 * Each prints how long an edit took to reach the client, from the moment the save was acknowledged
 * (its transaction committed) to the `venue` message's arrival (docs/performance.md, "Venue edits").
 */
import { RedisPresence } from '@colyseus/redis-presence';
import { Client, type Room } from '@colyseus/sdk';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VenueEventSchema, type VenueEvent } from '../../shared/api/venueEvents.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { PROTOCOL_VERSION, SERVER_MESSAGE_TYPES, venueFingerprint } from '../../shared/protocol/index.ts';
import { HALL_BYTES } from '../../shared/net/view.ts';
import { CatalogueSchema } from '../../shared/schemas/catalogue.ts';
import { clampToWalkable, createCollisionWorld, layoutWorld } from '../../shared/world/index.ts';
import type { Layout, Vec2 } from '../../shared/world/types.ts';
import { createApp } from '../../server/app.ts';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import { parseEnv } from '../../server/env.ts';
import { createLogger } from '../../server/logger.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import type { VenueService } from '../../server/venue/venueService.ts';
import { watchVenue, type VenueWatch } from '../../server/venue/venueWatch.ts';
import { seedDataDir } from '../helpers/pgliteTemplate.ts';
import { startPostgres, type PrivatePostgres } from '../helpers/postgres.ts';
import { freePort, startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { closePresence, startRedis, type PrivateRedis } from '../load/redis.ts';
import { ViewTracker, type SeenAvatar } from '../load/viewTracker.ts';
import { waitFor } from './room-boot.ts';

const SECRET = 'venue-live-test-secret-0123456789abcdefghij';
const log = createLogger('silent');
/** The brochure's last enterprise: closed, its spot is open floor; reopened, a booth stands on it. */
const CLOSABLE = 'vq-studio';
/** Positions travel as uint16 over the bounds (~1 mm here); a kept position is this close. */
const KEPT = 0.01;

interface VenueMsg {
  version: number;
  fingerprint: string;
  at: number;
}

/** A /world visitor through the real SDK that follows the venue as a client does: new layout, then `venue` back. */
interface LiveVisitor {
  room: Room;
  venues: VenueMsg[];
  tracker: ViewTracker;
  slot(): number;
  own(): SeenAvatar | undefined;
}

let guests = 0;
async function joinWorld(httpUrl: string, layout: Layout, extra: Record<string, unknown> = {}): Promise<LiveVisitor> {
  const guestId = `venue-live-${++guests}`;
  const opts = {
    protocolVersion: PROTOCOL_VERSION,
    nickname: `방문객${guests}`,
    colorIndex: guests % 8,
    joinToken: signJoinToken({ guestId, role: 'visitor' }, SECRET, Date.now()),
    view: 'world',
    venue: venueFingerprint(layout),
    ...extra,
  };
  const room = await new Client(httpUrl.replace('http:', 'ws:')).joinOrCreate('hall', opts);
  room.reconnection.enabled = false;
  const v: LiveVisitor = {
    room,
    venues: [],
    tracker: new ViewTracker(layout.bounds),
    slot: () => (room.state as { roster: Map<string, { slot: number }> }).roster.get(room.sessionId)?.slot ?? -1,
    own: () => v.tracker.avatars.get(v.slot()),
  };
  for (const type of SERVER_MESSAGE_TYPES) room.onMessage(type, () => {});
  room.onMessage('venue', (m: Omit<VenueMsg, 'at'>) => v.venues.push({ ...m, at: performance.now() }));
  room.onMessage(HALL_BYTES.view, (bytes: Uint8Array) => v.tracker.apply(bytes));
  await waitFor(() => v.venues.length > 0 && v.own() !== undefined, 5000, 'joined: venue message and own avatar');
  return v;
}

/** What a page does on a `venue` message with another fingerprint: read the venue, lay it out, say so. */
async function relayout(v: LiveVisitor, httpUrl: string, fingerprint: string): Promise<Layout> {
  const layout = layoutWorld(CatalogueSchema.parse(await (await fetch(`${httpUrl}/api/catalogue`)).json()));
  expect(venueFingerprint(layout)).toBe(fingerprint);
  v.tracker = new ViewTracker(layout.bounds);
  v.room.send('venue', { fingerprint });
  await waitFor(() => v.own() !== undefined, 5000, 'views again after the re-layout');
  return layout;
}

/** Resolves with the time the `venue` message for `version` (or later) arrived. */
async function venueArrival(v: LiveVisitor, version: number): Promise<VenueMsg> {
  await waitFor(() => v.venues.some((m) => m.version >= version), 3000, `venue message for version ${version}`);
  return v.venues.find((m) => m.version >= version)!;
}

function near(seen: SeenAvatar | undefined, p: Vec2): boolean {
  return seen !== undefined && Math.abs(seen.x - p.x) < KEPT && Math.abs(seen.z - p.z) < KEPT;
}

/** /api/venue/events as a page reads it. */
async function followEvents(httpUrl: string): Promise<{ events: VenueEvent[]; stop(): void }> {
  const ctrl = new AbortController();
  const res = await fetch(`${httpUrl}/api/venue/events`, { signal: ctrl.signal });
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const events: VenueEvent[] = [];
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buf = '';
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      buf += value;
      let end;
      while ((end = buf.indexOf('\n\n')) >= 0) {
        const data = /^data: (.*)$/m.exec(buf.slice(0, end));
        buf = buf.slice(end + 2);
        if (data) events.push(VenueEventSchema.parse(JSON.parse(data[1]!)));
      }
    }
  })();
  return { events, stop: () => ctrl.abort() };
}

const OPEN = layoutWorld(CATALOGUE);
const SPOT = OPEN.booths.find((b) => b.id === CLOSABLE)!.position;

describe('venue live: one server process, edits from another process on its PostgreSQL', () => {
  let postgres: PrivatePostgres;
  let server: RunningServer;
  let writer: VenueService;
  const visitors: LiveVisitor[] = [];

  beforeAll(async () => {
    postgres = await startPostgres();
    const url = await postgres.createDatabase('venue_live_one');
    server = await startServer({ DATABASE_URL: url, SESSION_SECRET: SECRET });
    writer = await openVenue({ DATABASE_URL: url }, log);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(visitors.map((v) => v.room.leave().catch(() => 0)));
    server?.child.kill('SIGTERM');
    await server?.exited;
    await writer?.close();
    await postgres?.stop();
  }, 30_000);

  it('a text edit reaches a joined visitor and an events page within 1 s, with the layout unchanged', async () => {
    const v = await joinWorld(server.url, OPEN);
    visitors.push(v);
    expect(v.venues[0]!.fingerprint).toBe(venueFingerprint(OPEN));
    const page = await followEvents(server.url);
    await waitFor(() => page.events.length === 1, 3000, 'the first event');
    try {
      const r = await writer.editBooth({ boothId: 'nongnongi', fields: [{ path: 'name.ko', value: '실시간 편집' }], by: 'venue-live-test' });
      const t0 = performance.now();
      if (!r.ok) throw new Error(r.reason);
      const msg = await venueArrival(v, r.venueVersion);
      await waitFor(() => page.events.some((e) => e.version >= r.venueVersion), 3000, 'the change event');
      const ms = Math.max(0, msg.at - t0);
      console.log(`venue edit → hall client, one process, edit by another on its PostgreSQL (version poll): ${ms.toFixed(0)} ms`);
      expect(ms).toBeLessThan(1000);
      expect(msg.fingerprint).toBe(venueFingerprint(OPEN));
      expect(page.events.at(-1)!.hash).not.toBe(page.events[0]!.hash);
      const venue = CatalogueSchema.parse(await (await fetch(`${server.url}/api/catalogue`)).json());
      expect(venue.enterprises.find((e) => e.id === 'nongnongi')!.name.ko).toBe('실시간 편집');
    } finally {
      page.stop();
    }
  }, 30_000);

  it('closing and reopening a booth re-lays-out the hall: visitors keep their place, joins follow the new layout', async () => {
    const atSpawn = visitors[0]!;
    const spawn = OPEN.spawn.position;
    expect(near(atSpawn.own(), spawn)).toBe(true);

    const closed = await writer.setBoothStatus(CLOSABLE, 'closed');
    if (!closed.ok) throw new Error(closed.reason);
    const msg = await venueArrival(atSpawn, closed.venueVersion);
    expect(msg.fingerprint).not.toBe(venueFingerprint(OPEN));
    const without = await relayout(atSpawn, server.url, msg.fingerprint);
    expect(without.booths.some((b) => b.id === CLOSABLE)).toBe(false);
    // Decoded over the new bounds, the visitor stands where they stood.
    expect(near(atSpawn.own(), spawn)).toBe(true);

    // A page that still has the old layout is refused and re-reads the venue; the new layout joins.
    await expect(joinWorld(server.url, OPEN)).rejects.toThrow(/venueChanged/);
    // Where the booth stood is floor now: a visitor stands there.
    expect(clampToWalkable(createCollisionWorld(without), SPOT)).toEqual(SPOT);
    const onSpot = await joinWorld(server.url, without, { resumeFrom: SPOT });
    visitors.push(onSpot);
    expect(near(onSpot.own(), SPOT)).toBe(true);

    const reopened = await writer.setBoothStatus(CLOSABLE, 'open');
    if (!reopened.ok) throw new Error(reopened.reason);
    const back = await venueArrival(onSpot, reopened.venueVersion);
    expect(back.fingerprint).toBe(venueFingerprint(OPEN));
    await venueArrival(atSpawn, reopened.venueVersion);
    await relayout(onSpot, server.url, back.fingerprint);
    await relayout(atSpawn, server.url, back.fingerprint);
    // The booth stands on the spot again: that visitor is moved to the nearest floor, the other stays.
    const moved = clampToWalkable(createCollisionWorld(OPEN), SPOT);
    expect(moved).not.toEqual(SPOT);
    await waitFor(() => near(onSpot.own(), moved), 3000, 'moved off the reopened booth');
    expect(near(atSpawn.own(), spawn)).toBe(true);
  }, 30_000);
});

describe('venue live: edits through the server process own venue service', () => {
  let dir: string;
  let venue: VenueService;
  let shutdown: () => Promise<void>;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'seeot-venue-live-'));
    const dataDir = join(dir, 'data');
    await seedDataDir(dataDir);
    const port = await freePort();
    venue = await openVenue({ DATA_DIR: dataDir }, log);
    const env = parseEnv({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SESSION_SECRET: SECRET, DATA_DIR: dataDir });
    const { gameServer } = await createApp({ env, log, venue, distDir: '/nonexistent' });
    shutdown = () => gameServer.gracefullyShutdown(false);
    url = `http://127.0.0.1:${port}`;
  }, 60_000);

  afterAll(async () => {
    await shutdown?.();
    rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('an edit saved by the process reaches its visitors at once', async () => {
    const v = await joinWorld(url, OPEN);
    const times: number[] = [];
    for (let i = 1; i <= 3; i++) {
      const r = await venue.editBooth({ boothId: 'cut-the-trash', fields: [{ path: 'name.ko', value: `같은 프로세스 ${i}` }], by: 'venue-live-test' });
      const t0 = performance.now();
      if (!r.ok) throw new Error(r.reason);
      // The first is sent at the end of the next tick; the next ones wait for the shard's notice interval (hall/venueNotices.ts).
      times.push(Math.max(0, (await venueArrival(v, r.venueVersion)).at - t0));
    }
    console.log(`venue edit → hall client, the process's own save (after the save returned): ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    expect(Math.max(...times)).toBeLessThan(1000);
    await v.room.leave();
  }, 30_000);
});

describe('venue live: two processes with Redis and PostgreSQL', () => {
  let redis: PrivateRedis;
  let postgres: PrivatePostgres;
  let servers: RunningServer[] = [];
  let writer: VenueService;
  let presence: RedisPresence;
  let watch: VenueWatch;
  const visitors: LiveVisitor[] = [];

  beforeAll(async () => {
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    // Two visitors fill a shard: the next one's opens on the other process.
    const env = { REDIS_URL: redis.url, DATABASE_URL: postgres.url, SESSION_SECRET: SECRET, HALL_SHARD_CAPACITY: '2' };
    servers = await Promise.all([startServer(env), startServer(env)]);
    // The editing process: the venue service and watch a server runs, announcing its writes on the presence.
    writer = await openVenue({ DATABASE_URL: postgres.url }, log);
    presence = new RedisPresence(redis.url);
    watch = watchVenue({ source: writer, presence: () => presence, log });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(visitors.map((v) => v.room.leave().catch(() => 0)));
    for (const s of servers) {
      s.child.kill('SIGTERM');
      await s.exited;
    }
    await watch?.stop();
    await closePresence(presence);
    await writer?.close();
    await redis?.stop();
    await postgres?.stop();
  }, 30_000);

  it('an edit made on one process reaches the clients of shards on two others within 1 s', async () => {
    for (const s of [servers[0]!, servers[0]!, servers[1]!]) visitors.push(await joinWorld(s.url, OPEN));
    expect(new Set(visitors.map((v) => v.room.roomId)).size).toBe(2);
    const times: number[] = [];
    for (let i = 1; i <= 3; i++) {
      const r = await writer.editBooth({ boothId: 'nongnongi', fields: [{ path: 'name.ko', value: `다른 프로세스 ${i}` }], by: 'venue-live-test' });
      const t0 = performance.now();
      if (!r.ok) throw new Error(r.reason);
      for (const v of visitors) times.push(Math.max(0, (await venueArrival(v, r.venueVersion)).at - t0));
    }
    console.log(`venue edit → hall client of another process (Redis pub/sub): ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    expect(Math.max(...times)).toBeLessThan(1000);
  }, 30_000);
});
