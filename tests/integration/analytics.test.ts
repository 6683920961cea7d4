/**
 * Booth analytics end to end on both drivers (embedded PGlite in its worker, a private PostgreSQL),
 * through the real app: a visitor (the real SDK) stands at a booth, stays and leaves, and the booth's
 * figures show one visit with its dwell, for staff and for the booth's members, in JSON and CSV; a
 * visitor or another booth's member is refused; a page's booth event is counted; and afterwards no
 * table of the database holds the visitor's guest id anywhere.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsFiguresSchema, DashboardSchema } from '../../shared/analytics/api.ts';
import { VISIT_GRACE_MS } from '../../shared/analytics/visitTracker.ts';
import { CSRF_HEADER, SESSION_COOKIE, type Role } from '../../shared/api/account.ts';
import { venueFingerprint } from '../../shared/protocol/index.ts';
import { layoutWorld } from '../../shared/world/index.ts';
import { createApp } from '../../server/app.ts';
import { seoulDay } from '../../server/analytics/visitorHash.ts';
import { newAccountId, startSession } from '../../server/auth/accountSessions.ts';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import { openPglite } from '../../server/db/pglite/open.ts';
import { parseEnv } from '../../server/env.ts';
import { createLogger } from '../../server/logger.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import type { VenueService } from '../../server/venue/venueService.ts';
import { dbBackends } from '../helpers/dbBackends.ts';
import { freePort } from '../helpers/serverProcess.ts';
import { joinOptions, TEST_SECRET, visit, waitFor, type Visitor } from './room-boot.ts';

const log = createLogger('silent');
const A = 'cut-the-trash';
const B = 'vq-studio';

type Caller = (path: string) => Promise<Response>;

/** Polls an asynchronous condition (an HTTP answer) every 250 ms until it holds. */
async function until(pred: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await pred())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.each(dbBackends('analytics'))('analytics on $name', { timeout: 90_000 }, (backend) => {
  let venue: VenueService;
  let shutdown: (() => Promise<void>) | undefined;
  let base: string;
  let ws: string;
  let dbEnv: { DATA_DIR?: string; DATABASE_URL?: string };
  let visitor: Visitor | undefined;
  let guestId: string;
  const as = {} as Record<'memberA' | 'memberB' | 'admin', Caller>;
  const anonymous: Caller = (path) => fetch(base + path);

  async function account(role: Role, boothId?: string): Promise<Caller> {
    const id = newAccountId();
    const made = await venue.repos.accounts.createAccount({ id, email: `${role}-${id.slice(0, 8)}@example.kr`, displayName: role, role, passwordHash: 'unused', ...(boothId ? { boothId } : {}) });
    if (!made.ok) throw new Error(made.reason);
    const s = await startSession(venue.repos.accounts, { id });
    return (path) => fetch(base + path, { headers: { cookie: `${SESSION_COOKIE}=${s.token}`, [CSRF_HEADER]: s.csrfToken } });
  }

  beforeAll(async () => {
    dbEnv = await backend.env();
    venue = await openVenue(dbEnv, log);
    const port = await freePort();
    const env = parseEnv({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SESSION_SECRET: TEST_SECRET, ADDRESS_LIMITS_EXEMPT: 'loopback', ...dbEnv });
    const { gameServer } = await createApp({ env, log, venue, distDir: '/nonexistent' });
    shutdown = () => gameServer.gracefullyShutdown(false);
    base = `http://127.0.0.1:${port}/api`;
    ws = `ws://127.0.0.1:${port}`;
    as.memberA = await account('enterprise', A);
    as.memberB = await account('enterprise', B);
    as.admin = await account('admin');
  });

  afterAll(async () => {
    await visitor?.room.leave().catch(() => {});
    await shutdown?.();
    await backend.stop();
  });

  const figuresOf = async (caller: Caller, path: string) => {
    const r = await caller(path);
    expect(r.status, await r.clone().text()).toBe(200);
    return AnalyticsFiguresSchema.parse(await r.json());
  };

  it('a visitor who stays at a booth and leaves makes one visit with its dwell; the dashboard showed them there', async () => {
    guestId = `guest-analytics-${randomUUID()}`;
    const joinToken = signJoinToken({ guestId, role: 'visitor' }, TEST_SECRET, Date.now());
    visitor = await visit(ws, joinOptions({ joinToken, venue: venueFingerprint(layoutWorld((await venue.getVenue()).venue)) }));
    const stayedFrom = Date.now();
    visitor.room.send('teleport', { pointId: `booth:${A}` });
    // The live dashboard sees them at the booth from the shard's counts (twice a second).
    const atBooth = async () => {
      const d = DashboardSchema.parse(await (await as.admin('/admin/dashboard')).json());
      return d.visitors === 1 && d.booths.some((b) => b.boothId === A && b.visitors === 1);
    };
    await until(atBooth, 10_000, 'the dashboard to show the visitor at booth A');
    await waitFor(() => Date.now() - stayedFrom > 5000, 10_000, 'a stay of 5 s');
    visitor.room.send('teleport', { pointId: 'spawn' });
    const leftAt = Date.now();
    const figures = async () => figuresOf(as.admin, `/admin/analytics/booths/${A}`);
    // The visit ends 3 s after leaving; the recorder writes within 5 s of that.
    await until(async () => (await figures()).recentVisits.length > 0, 20_000, 'the visit to be written');
    const f = await figures();
    expect(f.recentVisits).toHaveLength(1);
    const v = f.recentVisits[0]!;
    expect(v.boothId).toBe(A);
    // From the first to the last occupancy pass that saw them there (2/s): at least the grace, at most the stay.
    expect(v.dwellMs).toBeGreaterThanOrEqual(VISIT_GRACE_MS);
    expect(v.dwellMs).toBeLessThanOrEqual(leftAt - stayedFrom);
    expect(f.booths).toEqual([expect.objectContaining({ boothId: A, visits: 1, uniqueVisitors: 1 })]);
    expect(f.daily).toEqual([expect.objectContaining({ boothId: A, day: seoulDay(Date.now()), uniqueVisitors: 1 })]);
    expect(f.perTenMinutes.reduce((n, b) => n + b.visitors, 0)).toBe(1);
  });

  it("gives the booth's members and staff its figures and CSV, and refuses visitors and other booths' members", async () => {
    expect((await figuresOf(as.memberA, `/studio/booths/${A}/analytics`)).recentVisits).toHaveLength(1);
    expect((await as.memberB(`/studio/booths/${A}/analytics`)).status).toBe(403);
    expect((await as.memberB(`/studio/booths/${A}/analytics.csv`)).status).toBe(403);
    expect((await as.memberB(`/admin/analytics/booths/${A}`)).status).toBe(403);
    expect((await as.memberA('/admin/analytics/fairs/1')).status).toBe(403);
    expect((await as.memberA('/admin/dashboard')).status).toBe(403);
    expect((await anonymous(`/studio/booths/${A}/analytics`)).status).toBe(401);
    expect((await anonymous('/admin/analytics/fairs/1.csv')).status).toBe(401);

    const csv = await as.memberA(`/studio/booths/${A}/analytics.csv?lang=en`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)).split('\r\n');
    expect(lines[0]).toBe('Booth,Start,End,Stay (s)');
    expect(lines[1]).toMatch(new RegExp(`^${A},\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d+(\\.\\d)?$`));

    const fair = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await as.admin('/admin/analytics/fairs/1.csv')).arrayBuffer());
    expect(fair.split('\r\n')[0]).toBe('\uFEFF부스,방문,순 방문객,평균 체류(초),부스 열람,링크 클릭,상품 클릭,문의,주문');
    expect(fair).toContain(`\r\n${A},1,1,`);
  });

  it('counts a booth event a page reports, and refuses an unknown booth or kind', async () => {
    const send = (body: unknown) => fetch(`${base}/analytics/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await send({ boothId: A, kind: 'dialog_open' })).status).toBe(204);
    expect((await send({ boothId: 'no-such-booth', kind: 'dialog_open' })).status).toBe(404);
    expect((await send({ boothId: A, kind: 'visit' })).status).toBe(400);
    const opens = async () => (await figuresOf(as.admin, `/admin/analytics/booths/${A}`)).booths[0]?.events.dialog_open ?? 0;
    await until(async () => (await opens()) > 0, 15_000, 'the booth event to be written');
    expect(await opens()).toBe(1);
  });

  it('keeps no guest id in any table (read from the database after the server stopped)', async () => {
    await visitor?.room.leave();
    visitor = undefined;
    await shutdown?.();
    shutdown = undefined;
    const pool = dbEnv.DATABASE_URL ? new pg.Pool({ connectionString: dbEnv.DATABASE_URL }) : null;
    const open = pool ? { db: drizzle(pool), close: () => pool.end() } : await openPglite(dbEnv.DATA_DIR!);
    try {
      const rows = async (q: ReturnType<typeof sql.raw>) => ((await open.db.execute(q)) as unknown as { rows: Record<string, unknown>[] }).rows;
      expect(await rows(sql.raw('select count(*)::int as n from analytics_visits'))).toEqual([{ n: 1 }]);
      const columns = await rows(sql.raw("select table_name, column_name from information_schema.columns where table_schema = 'public'"));
      expect(columns.length).toBeGreaterThan(20);
      for (const c of columns) {
        const found = await rows(sql.raw(`select count(*)::int as n from "${String(c['table_name'])}" where "${String(c['column_name'])}"::text like '%${guestId}%'`));
        expect(found, `${String(c['table_name'])}.${String(c['column_name'])}`).toEqual([{ n: 0 }]);
      }
    } finally {
      await open.close();
    }
  });
});
