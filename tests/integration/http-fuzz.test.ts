/**
 * Hostile requests on every route of the authorization matrix (tests/authz/matrix.ts), sent by a
 * signed-in admin so they get past every check of who is asking and reach the body's parser and
 * the route: malformed JSON, bodies over the limit (declared and streamed), the wrong JSON type for
 * the body and for each of its fields, strings near the body limit, `__proto__` and `constructor`
 * keys, NUL characters, and unknown or mangled ids in every path parameter and query value. Each
 * answer is a 4xx with `{error}` in JSON (never a 5xx, never a page, except the not-found page of a
 * route that is itself a page; a mangled query, being a
 * filter, may also find nothing), and the one real server process answers /healthz afterwards.
 * The cases come from a fixed seed, so a failure replays.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32, type Rng } from '../../shared/net/prng.ts';
import { HTTP_ROWS, type HttpRow, type MatrixContext } from '../authz/matrix.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';

const SEED = 0x9f00d;
const BOOTH_A = 'cut-the-trash';
/** The edge's limit for JSON bodies (server/http/bodyLimit.ts BODY_LIMIT_BYTES) and the picture upload's (MEDIA_MAX_BYTES). */
const BODY_LIMIT = 16 * 1024;
const UPLOAD_LIMIT = 10 * 1024 * 1024;

/** One request of the fuzz: what it is (for the failure message), its path and its body. */
interface Case {
  what: string;
  path: string;
  body?: string;
  type?: string;
  /**
   * A body over the limit, sent with node:http on a connection of its own: the edge answers 413
   * without reading the body and cuts the connection a little later, so the answer is read as it
   * comes (fetch would still be writing), and no keep-alive pool sends another request on it.
   * `streamed`: this many bytes in chunks, the length undeclared (Transfer-Encoding: chunked).
   */
  own?: true;
  streamed?: number;
  /** A query is a filter: a well-formed value that matches nothing may answer 2xx (an empty inbox for staff). */
  mayAccept?: true;
}

const WRONG_VALUES: unknown[] = [null, true, 0, -1, 1e308, 'x', '', [], [1, 'a'], {}, { a: { b: [] } }];

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

/** A request whose answer is read as soon as it comes, while the body may still be going out. */
function sendOwn(url: string, method: string, headers: Record<string, string>, c: Case): Promise<{ status: number; type: string; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: c.streamed ? headers : { ...headers, 'content-length': String(Buffer.byteLength(c.body ?? '')) } });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), text }));
    });
    // Cut while still writing, after the answer: what the edge does with a body it refused.
    req.on('error', reject);
    if (c.streamed === undefined) return void req.end(c.body);
    const chunk = Buffer.from(`"${'가'.repeat(1000)}",`);
    let sent = 0;
    const pump = (): void => {
      while (sent < c.streamed! && !req.destroyed) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

/** Every hostile body for a JSON row, from its well-formed body. */
function bodyCases(row: HttpRow, ctx: MatrixContext, rng: Rng): Case[] {
  const path = row.path(ctx);
  const base = (row.body?.(ctx) ?? {}) as Record<string, unknown>;
  const json = (what: string, value: unknown): Case => ({ what, path, body: JSON.stringify(value) });
  const cases: Case[] = [
    { what: 'malformed JSON', path, body: '{"email": "a@b.kr", ' },
    { what: 'a lone brace', path, body: '{' },
    { what: 'JSON with a BOM and garbage', path, body: '\uFEFF{]' },
    { what: 'a declared body over the limit', path, body: JSON.stringify({ pad: 'x'.repeat(BODY_LIMIT + 10) }), own: true },
    { what: 'a streamed body over the limit', path, streamed: BODY_LIMIT * 4, own: true },
    { what: 'form-encoded', path, body: 'email=a%40b.kr&password=x', type: 'application/x-www-form-urlencoded' },
    json('an array for the object', [base]),
    json('a string for the object', 'hello'),
    json('null for the object', null),
    json('a number for the object', 42),
    json('a string near the limit for the object', 'x'.repeat(BODY_LIMIT - 100)),
    json('an array of 2000 objects', Array.from({ length: 2000 }, () => ({}))),
    { what: 'a key with a NUL character', path, body: '{"a\\u0000b": 1}' },
    { what: '__proto__ and constructor keys', path, body: `{"__proto__":{"role":"admin","boothIds":["${BOOTH_A}"]},"constructor":{"prototype":{"polluted":true}}}` },
  ];
  for (const key of Object.keys(base)) {
    const wrong = row.nullable?.includes(key) ? WRONG_VALUES.filter((v) => v !== null) : WRONG_VALUES;
    cases.push(json(`${key}: a wrong type`, { ...base, [key]: pick(rng, wrong) }));
    cases.push(json(`${key}: another wrong type`, { ...base, [key]: pick(rng, wrong) }));
    cases.push(json(`${key}: a huge string`, { ...base, [key]: '가'.repeat(Math.floor((BODY_LIMIT - 600) / 3)) }));
    // PostgreSQL text cannot hold U+0000: it must be refused before it reaches a query.
    cases.push(json(`${key}: a NUL character`, { ...base, [key]: 'a\u0000b' }));
    cases.push(json(`${key}: an object nested 500 deep`, { ...base, [key]: JSON.parse('{"a":'.repeat(500) + '1' + '}'.repeat(500)) as unknown }));
  }
  return cases;
}

/** The row's path with every parameter replaced by each unknown or mangled value. */
const JUNK_IDS = ['no-such-id', '0', '-1', '99999999999999999999', '%00', 'a%00b', '%E0%A4%A', '..%2F..%2Fetc%2Fpasswd', '%3Cscript%3E', 'a'.repeat(300), '__proto__', 'constructor'];

function idCases(row: HttpRow, ctx: MatrixContext): Case[] {
  if (!row.route.includes(':')) return [];
  const [, query] = row.path(ctx).split('?');
  return JUNK_IDS.map((value) => {
    const path = row.route.replace(/:[A-Za-z]+/g, () => value) + (query ? `?${query}` : '');
    return { what: `unknown id ${value}`, path, ...(row.body ? { body: JSON.stringify(row.body(ctx)) } : {}) };
  });
}

/** The row's query with every value replaced by each unknown or mangled value. */
function queryCases(row: HttpRow, ctx: MatrixContext): Case[] {
  const [path, query] = row.path(ctx).split('?');
  if (!query) return [];
  return JUNK_IDS.map((value) => ({
    what: `query values ${value}`,
    mayAccept: true,
    path: `${path}?${query.replace(/=[^&]*/g, () => `=${value}`)}`,
    ...(row.body ? { body: JSON.stringify(row.body(ctx)) } : {}),
  }));
}

describe('every route under hostile bodies and ids', { timeout: 120_000 }, () => {
  let server: RunningServer;
  let admin: SignedInSession;
  let ctx: MatrixContext;

  beforeAll(async () => {
    server = await startServer({ ADDRESS_LIMITS_EXEMPT: 'loopback' });
    admin = await setupAdmin(server.url, server.output());
    const invite = await fetch(`${server.url}/api/admin/invitations`, { method: 'POST', headers: admin.headers(), body: JSON.stringify({ role: 'moderator' }) });
    const { url } = (await invite.json()) as { url: string };
    ctx = { boothA: BOOTH_A, boothB: 'vq-studio', inquiryA: 'no-such-inquiry', mediaA: { id: 'x', file: 'x' }, inviteToken: url.split('/').pop()!, memberBAccount: admin.accountId };
  }, 90_000);

  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
  });

  /** Sends a case as the admin; a description of what was wrong with the answer, or null. */
  async function wrongAnswer(row: HttpRow, c: Case): Promise<string | null> {
    const headers: Record<string, string> = { ...admin.headers(), 'content-type': c.type ?? 'application/json' };
    let status: number, type: string, text: string;
    try {
      if (c.own) ({ status, type, text } = await sendOwn(`${server.url}${c.path}`, row.method, headers, c));
      else {
        const r = await fetch(`${server.url}${c.path}`, { method: row.method, headers, body: c.body ?? null });
        [status, type, text] = [r.status, r.headers.get('content-type') ?? '', await r.text()];
      }
    } catch (e) {
      return `no answer: ${String(e)}`;
    }
    if (status >= 500) return `${status} ${text.slice(0, 120)}`;
    if (status < 400) return c.mayAccept && !type.startsWith('text/html') ? null : `${status}: accepted`;
    // A page's refusal is the not-found page a person can read (fair pages, their calendar files).
    if (row.page && status === 404 && type.startsWith('text/html')) return null;
    if (!type.startsWith('application/json')) return `${status} as ${type}: ${text.slice(0, 120)}`;
    const body = JSON.parse(text) as { error?: unknown };
    return typeof body.error === 'string' ? null : `${status} without {error}: ${text.slice(0, 120)}`;
  }

  it('answers 4xx with {error} to every hostile request, and stays up', async () => {
    const rng = mulberry32(SEED);
    const jsonRows = HTTP_ROWS.filter((r) => r.json);
    const work = [
      ...jsonRows.map((row) => ({ row, cases: bodyCases(row, ctx, rng) })),
      // One row per route for the ids and queries (a route may have a row per booth).
      ...HTTP_ROWS.filter((r, i) => HTTP_ROWS.findIndex((o) => o.method === r.method && o.route === r.route) === i).map((row) => ({
        row,
        cases: [...idCases(row, ctx), ...queryCases(row, ctx)],
      })),
    ];
    // The picture upload reads its own body: past its own limit, declared.
    const upload = HTTP_ROWS.find((r) => r.raw)!;
    work.push({ row: upload, cases: [{ what: 'a picture over the upload limit', path: upload.path(ctx), body: 'x'.repeat(UPLOAD_LIMIT + 1), type: 'image/png', own: true }] });
    expect(jsonRows.length).toBeGreaterThanOrEqual(10);

    const wrong: string[] = [];
    // Routes side by side, each route's cases one after another.
    await Promise.all(
      work.map(async ({ row, cases }) => {
        for (const c of cases) {
          const w = await wrongAnswer(row, c);
          if (w) wrong.push(`${row.method} ${row.route} (${c.what}): ${w}`);
        }
      }),
    );
    expect(wrong).toEqual([]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(server.child.exitCode).toBeNull();
    expect(server.output()).not.toMatch(/"level":(50|60)/);
  });
});
