/**
 * The authorization matrix (tests/authz/matrix.ts) run against one real server process on the
 * embedded database: every HTTP route and every hall message, for each kind of caller, made for
 * real: the first admin with the setup code from the log, a moderator and members of booths A and
 * B through invitations, a visitor with a guest cookie, and nobody. Then completeness: the app's
 * own router (createApp in-process, on a database of its own) and the protocol's message map must
 * have exactly the rows the matrix has, so a new route or message without a row fails here.
 */
import { Client } from '@colyseus/sdk';
import type { Express } from 'express';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../shared/api/account.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { CLIENT_MESSAGE_TYPES, PROTOCOL_VERSION, venueFingerprint } from '../../shared/protocol/index.ts';
import { layoutWorld } from '../../shared/world/index.ts';
import { createApp } from '../../server/app.ts';
import { parseEnv } from '../../server/env.ts';
import { createLogger } from '../../server/logger.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import {
  HTTP_ROWS,
  PRINCIPALS,
  ROOM_ROWS,
  type HttpRow,
  type MatrixContext,
  type Outcome,
  type Principal,
  type RoomOutcome,
  type RoomRow,
} from '../authz/matrix.ts';
import { seedDataDir } from '../helpers/pgliteTemplate.ts';
import { freePort, repoRoot, startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { invitedAccount, setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';
import { own, visit, waitFor, type Visitor } from './room-boot.ts';

const BOOTH_A = 'cut-the-trash';
const BOOTH_B = 'vq-studio';
/** Pages answer 503 until the client is built (`npm test` builds it before the integration tests; a bare vitest run may not). */
const clientBuilt = existsSync(join(repoRoot, 'dist', 'client', 'index.html'));
const METRICS_TOKEN = 'authz-matrix-metrics-token-0123456789';
/** Many requests from one loopback address: the per-address limits are abuse-limits.test.ts's. */
const SERVER_ENV = { ADDRESS_LIMITS_EXEMPT: 'loopback', METRICS_TOKEN };

/** A caller's request headers: its cookies, and for an account the CSRF token its writes carry. */
type Caller = Record<string, string>;

/** Every `METHOD path` the app routes, mount paths joined, from express's router stack. */
function routesOf(app: Express): string[] {
  interface Layer {
    rawPath?: unknown;
    route?: { path: unknown; methods: Record<string, boolean> };
    handle?: { stack?: Layer[] };
  }
  const pathOf = (p: unknown): string => (p instanceof RegExp ? String(p) : typeof p === 'string' ? p : JSON.stringify(p));
  const out: string[] = [];
  const walk = (stack: Layer[], prefix: string): void => {
    for (const layer of stack) {
      if (layer.route) {
        const path = pathOf(layer.route.path);
        for (const [method, on] of Object.entries(layer.route.methods)) if (on) out.push(`${method === '_all' ? 'ALL' : method.toUpperCase()} ${path.startsWith('/^') ? path : prefix + path}`);
      } else if (layer.handle?.stack) {
        const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
        walk(layer.handle.stack, prefix + mount);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return out;
}

/** The app as createApp mounts it with a database (every route), then stopped. */
async function mountedRoutes(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'seeot-authz-'));
  try {
    await seedDataDir(dir);
    const log = createLogger('silent');
    const env = parseEnv({ PORT: String(await freePort()), HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dir, SESSION_SECRET: 'authz-matrix-secret-0123456789abcdefghij', ...SERVER_ENV });
    const venue = await openVenue(env, log);
    const { gameServer, app } = await createApp({ env, log, venue });
    const routes = routesOf(app);
    await gameServer.gracefullyShutdown(false);
    return routes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('authorization matrix', { timeout: 60_000 }, () => {
  let server: RunningServer;
  let routes: Promise<string[]>;
  const callers = {} as Record<Principal, Caller>;
  const sessions = {} as Record<Exclude<Principal, 'anonymous' | 'visitor'>, SignedInSession>;
  let ctx: MatrixContext;
  let fingerprint = '';

  const accountHeaders = (s: SignedInSession): Caller => ({ cookie: s.cookie, [CSRF_HEADER]: s.csrfToken });

  beforeAll(async () => {
    // The in-process app (for its router) boots beside the real process.
    routes = mountedRoutes();
    routes.catch(() => undefined); // read (and its failure reported) by the completeness test
    server = await startServer(SERVER_ENV);
    const base = server.url;
    sessions.admin = await setupAdmin(base, server.output());
    [sessions.moderator, sessions.memberA, sessions.memberB] = await Promise.all([
      invitedAccount(base, sessions.admin, { role: 'moderator', email: 'mod@example.kr' }),
      invitedAccount(base, sessions.admin, { role: 'enterprise', boothId: BOOTH_A, email: 'a@example.kr', displayName: '컷더트래쉬' }),
      invitedAccount(base, sessions.admin, { role: 'enterprise', boothId: BOOTH_B, email: 'b@example.kr', displayName: '브이큐' }),
    ]);
    const guest = await fetch(`${base}/api/session`);
    const guestCookie = guest.headers.getSetCookie().find((c) => c.startsWith('seeot_guest='))!.split(';')[0]!;
    Object.assign(callers, {
      anonymous: {},
      visitor: { cookie: guestCookie },
      memberA: accountHeaders(sessions.memberA),
      memberB: accountHeaders(sessions.memberB),
      moderator: accountHeaders(sessions.moderator),
      admin: accountHeaders(sessions.admin),
    });

    // What the rows name: an inquiry at booth A, a picture of booth A, an unused invitation.
    const admin = sessions.admin.headers();
    const inquiry = await fetch(`${base}/api/inquiries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify((HTTP_ROWS.find((r) => r.route === '/api/inquiries')!.body as (c: Partial<MatrixContext>) => unknown)({ boothA: BOOTH_A })),
    });
    expect(inquiry.status).toBe(201);
    const inbox = (await (await fetch(`${base}/api/studio/inquiries?boothId=${BOOTH_A}`, { headers: admin })).json()) as { inquiries: { id: string }[] };
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#3a7' } }).png().toBuffer();
    const uploaded = await fetch(`${base}/api/studio/booths/${BOOTH_A}/media?kind=logo`, { method: 'POST', headers: { ...admin, 'content-type': 'image/png' }, body: new Uint8Array(png) });
    expect(uploaded.status).toBe(201);
    const media = (await uploaded.json()) as { id: string; variants: { url: string }[] };
    const invite = await fetch(`${base}/api/admin/invitations`, { method: 'POST', headers: admin, body: JSON.stringify({ role: 'moderator' }) });
    const { url } = (await invite.json()) as { url: string };
    ctx = {
      boothA: BOOTH_A,
      boothB: BOOTH_B,
      inquiryA: inbox.inquiries[0]!.id,
      mediaA: { id: media.id, file: media.variants[0]!.url.split('/').pop()! },
      inviteToken: url.split('/').pop()!,
      memberBAccount: sessions.memberB.accountId,
    };
    const catalogue = (await (await fetch(`${base}/api/catalogue`)).json()) as Catalogue;
    fingerprint = venueFingerprint(layoutWorld(catalogue));
  }, 120_000);

  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await routes?.catch(() => undefined);
  });

  /** What a caller got from a row: `allowed` when the route answered the row's allowed status; else the status (with `error` in a JSON body). */
  async function outcomeOf(row: HttpRow, p: Principal): Promise<Outcome | string> {
    const allowed = row.allowedUnbuilt !== undefined && !clientBuilt ? row.allowedUnbuilt : row.allowed;
    const init: RequestInit = { method: row.method, headers: { ...callers[p] } };
    const headers = init.headers as Record<string, string>;
    if (row.raw) {
      headers['content-type'] = row.raw.type;
      init.body = row.raw.bytes;
    } else if (row.body) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(row.body(ctx));
    }
    const abort = new AbortController();
    const r = await fetch(`${server.url}${row.path(ctx)}`, { ...init, signal: abort.signal });
    if (row.stream) {
      abort.abort();
      return r.status === allowed ? 'allowed' : String(r.status);
    }
    const text = await r.text();
    if (r.status === allowed) return 'allowed';
    // A refusal is JSON with a code, never a page.
    let error: unknown;
    try {
      error = (JSON.parse(text) as { error?: unknown }).error;
    } catch {
      error = undefined;
    }
    if (typeof error !== 'string') return `${r.status} without {error}: ${text.slice(0, 80)}`;
    return r.status === 401 || r.status === 403 || r.status === 404 ? r.status : `${r.status} ${error}`;
  }

  async function runRows(rows: HttpRow[]): Promise<void> {
    const expected: Record<string, Record<Principal, Outcome | string>> = {};
    const actual: Record<string, Record<Principal, Outcome | string>> = {};
    for (const row of rows) {
      const key = `${row.method} ${row.path(ctx)}`;
      expected[key] = row.who;
      const got = await Promise.all(PRINCIPALS.map((p) => outcomeOf(row, p)));
      actual[key] = Object.fromEntries(PRINCIPALS.map((p, i) => [p, got[i]!])) as Record<Principal, Outcome | string>;
    }
    expect(actual).toEqual(expected);
  }

  it('every HTTP route answers each caller as the matrix says', async () => {
    await runRows(HTTP_ROWS.filter((r) => !r.last));
    // The process is still up after every row.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  /** A seat in the hall for a caller, with a join token of its own from GET /api/session. */
  async function seat(p: Principal, view: RoomRow['view']): Promise<Visitor> {
    const s = await fetch(`${server.url}/api/session`, { headers: callers[p] });
    const { joinToken } = (await s.json()) as { joinToken: string };
    const opts = { protocolVersion: PROTOCOL_VERSION, nickname: `권한시험${PRINCIPALS.indexOf(p)}`, colorIndex: 1, joinToken, view, ...(view === 'world' ? { venue: fingerprint } : {}) };
    return visit(server.url.replace('http', 'ws'), opts);
  }

  const rejectedOf = (v: Visitor, type: string) => (v.msgs['rejected'] as { type: string; code: string }[]).filter((m) => m.type === type);

  /** Sends the row's message from the seat and reads what came of it. */
  async function roomOutcome(row: RoomRow, v: Visitor): Promise<RoomOutcome | string> {
    const refusedBefore = rejectedOf(v, row.type).length;
    const shownType = typeof row.shows === 'object' && 'message' in row.shows ? row.shows.message : null;
    const mine = (m: unknown) => {
      const o = m as { senderId?: string; sessionId?: string };
      return (o.senderId ?? o.sessionId ?? v.room.sessionId) === v.room.sessionId;
    };
    const shownBefore = shownType ? v.msgs[shownType]!.filter(mine).length : 0;
    const message = row.message({ ...ctx, fingerprint });
    let start = own(v);
    let held: ReturnType<typeof setInterval> | undefined;
    if (row.shows === 'moves') {
      // A held key: the input repeats (with a rising sequence number) until the avatar has moved.
      await v.view.until(() => own(v) !== undefined, 5000, 'own avatar');
      start = { ...own(v)! };
      let seq = 0;
      held = setInterval(() => v.room.send(row.type, { ...(message as object), seq: ++seq }), 50);
    } else v.room.send(row.type, message);
    // `venue` is never answered: a refused teleport after it (answered in order) marks that it was handled.
    if (row.shows === 'nothing') v.room.send('teleport', { pointId: 'no-such-point' });
    const refusal = () => rejectedOf(v, row.type)[refusedBefore];
    const shown = (): boolean => {
      if (row.shows === 'moves') {
        const now = own(v);
        return !!start && !!now && Math.hypot(now.x - start.x, now.z - start.z) > 0.5;
      }
      if (row.shows === 'nothing') return rejectedOf(v, 'teleport').length > 0;
      return shownType !== null && v.msgs[shownType]!.filter(mine).length > shownBefore;
    };
    await waitFor(() => refusal() !== undefined || shown(), 5000, `${row.type} answered`).catch(() => undefined);
    clearInterval(held);
    const r = refusal();
    if (r) return typeof row.shows === 'object' && 'rejected' in row.shows && row.shows.rejected === r.code ? 'allowed' : { refused: r.code };
    if (v.closed() !== null) return `closed ${v.closed()}`;
    return shown() ? 'allowed' : 'no answer';
  }

  it('every hall message is let through or refused per caller as the matrix says', async () => {
    const expected: Record<string, Record<Principal, RoomOutcome>> = {};
    const actual: Record<string, Record<string, RoomOutcome | string>> = {};
    for (const row of ROOM_ROWS) {
      expected[row.type] = row.who;
      actual[row.type] = {};
    }
    // Nobody: no join token, no seat.
    const refusedJoin = await new Client(server.url.replace('http', 'ws'))
      .joinOrCreate('hall', { protocolVersion: PROTOCOL_VERSION, nickname: '익명', colorIndex: 0, venue: fingerprint })
      .then(
        async (room) => {
          await room.leave();
          return 'joined';
        },
        (e: { message: string }) => e.message,
      );
    for (const row of ROOM_ROWS) actual[row.type]!['anonymous'] = refusedJoin === 'badOptions' ? 'noJoin' : `join: ${refusedJoin}`;

    await Promise.all(
      PRINCIPALS.filter((p) => p !== 'anonymous').map(async (p) => {
        for (const view of ['world', 'list'] as const) {
          const v = await seat(p, view);
          for (const row of ROOM_ROWS.filter((r) => r.view === view)) actual[row.type]![p] = await roomOutcome(row, v);
          await v.room.leave();
        }
      }),
    );
    expect(actual).toEqual(expected);
  });

  // Last: these rows end the accounts' sessions.
  it('signing out answers each caller as the matrix says', async () => {
    await runRows(HTTP_ROWS.filter((r) => r.last));
  });

  it('the matrix has a row for every route the app mounts and every message the hall takes, and no other', async () => {
    const mounted = new Set((await routes).filter((r) => !r.startsWith('HEAD ')));
    const listed = new Set(HTTP_ROWS.map((r) => `${r.method} ${r.route}`));
    expect({ mountedWithoutRow: [...mounted].filter((r) => !listed.has(r)), rowsWithoutRoute: [...listed].filter((r) => !mounted.has(r)) }).toEqual({
      mountedWithoutRow: [],
      rowsWithoutRoute: [],
    });
    expect(ROOM_ROWS.map((r) => r.type).sort()).toEqual([...CLIENT_MESSAGE_TYPES].sort());
  });
});
