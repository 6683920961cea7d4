/**
 * Accounts, roles and sessions over HTTP, the same flows on both drivers: the real app in-process
 * on the embedded PGlite (its worker thread) and on a private PostgreSQL. The setup code from the
 * log, signing in and out, throttling, CSRF, invitations, resets and disabled accounts. Links past
 * their expiry are written with the repository (no test waits seven days). Then real processes:
 * two on one PostgreSQL printing one setup code, and `npm run admin:create`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, SESSION_TTL_MS } from '../../shared/api/account.ts';
import { hashToken, newToken, startSession } from '../../server/auth/accountSessions.ts';
import { ensureSetupCode } from '../../server/auth/setupCode.ts';
import { createApp } from '../../server/app.ts';
import type { Repos } from '../../server/db/repos.ts';
import { parseEnv } from '../../server/env.ts';
import type { Logger } from '../../server/logger.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import { seedDataDir } from '../helpers/pgliteTemplate.ts';
import { startPostgres, type PrivatePostgres } from '../helpers/postgres.ts';
import { freePort, repoRoot, startServer } from '../helpers/serverProcess.ts';
import { sessionCookieOf, setupAdmin, setupCodeIn, TEST_PASSWORD, type SignedInSession } from '../helpers/staffSession.ts';

const SECRET = 'accounts-test-secret-0123456789abcdefghij';
const json = { 'content-type': 'application/json' };

interface Backend {
  name: string;
  /** The environment of a new, empty database. */
  fresh(): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

const dirs: string[] = [];
const pglite: Backend = {
  name: 'embedded PGlite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'seeot-accounts-'));
    dirs.push(dir);
    await seedDataDir(join(dir, 'data'));
    return { DATA_DIR: join(dir, 'data') };
  },
  stop: async () => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  },
};

let pgServer: PrivatePostgres | undefined;
let databases = 0;
const postgres: Backend = {
  name: 'PostgreSQL',
  async fresh() {
    pgServer ??= await startPostgres();
    return { DATABASE_URL: await pgServer.createDatabase(`accounts_${++databases}`) };
  },
  stop: async () => {
    await pgServer?.stop();
    pgServer = undefined;
  },
};

/** A logger whose lines the test reads (the setup code is printed there). */
function capturedLogger(): { log: Logger; text: () => string } {
  let text = '';
  const log = pino({ level: 'info', base: { service: 'seeot-world' } }, { write: (s: string) => void (text += s) }) as unknown as Logger;
  return { log, text: () => text };
}

describe.each([pglite, postgres])('accounts on $name', { timeout: 60_000 }, (backend) => {
  let base = '';
  let repos: Repos;
  let logs: () => string;
  let stop: () => Promise<void>;
  let admin: SignedInSession;
  // Each backend's own addresses: the throttles' buckets live in the process's presence, shared by both runs.
  const domain = backend === pglite ? 'lite.example.kr' : 'pg.example.kr';

  beforeAll(async () => {
    const env = await backend.fresh();
    const { log, text } = capturedLogger();
    logs = text;
    const venue = await openVenue(env, log);
    repos = venue.repos;
    const port = await freePort();
    // The test stands where an HTTPS proxy on this host would: trusted, its X-Forwarded-Proto believed.
    const appEnv = parseEnv({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', SESSION_SECRET: SECRET, TRUST_PROXY: 'loopback', ...env });
    const { gameServer } = await createApp({ env: appEnv, log, venue, distDir: '/nonexistent' });
    base = `http://127.0.0.1:${port}`;
    stop = () => gameServer.gracefullyShutdown(false);
  }, 90_000);
  afterAll(async () => {
    await stop?.();
    await backend.stop();
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) });
  const login = (email: string, password: string, headers: Record<string, string> = {}) => post('/api/auth/login', { email, password }, headers);
  const me = (cookie: string) => fetch(`${base}/api/auth/me`, { headers: { cookie } });
  /** An invitation the admin makes: its token. */
  const invite = async (body: unknown, by: SignedInSession = admin): Promise<string> => {
    const r = await post('/api/admin/invitations', body, by.headers());
    expect(r.status).toBe(201);
    const { url } = (await r.json()) as { url: string };
    expect(url).toMatch(new RegExp(`^${base}/invite/[A-Za-z0-9_-]{43}$`));
    return url.split('/').pop()!;
  };
  const accept = (token: string, email: string, displayName = '농농이') => post(`/api/auth/links/${token}/accept`, { email, displayName, password: TEST_PASSWORD });

  it('prints a setup code once, in a sentence saying where to enter it; the code makes the first admin once', async () => {
    const codes = logs().match(/setup code [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/g) ?? [];
    expect(codes).toHaveLength(1);
    expect(logs()).toMatch(/open \/setup and enter the setup code/);
    expect(await (await fetch(`${base}/api/auth/setup`)).json()).toEqual({ needed: true });

    const code = setupCodeIn(logs())!;
    const wrong = await post('/api/auth/setup', { code: 'AAAA-BBBB-CCCC', email: `admin@${domain}`, displayName: '운영팀', password: TEST_PASSWORD });
    expect([wrong.status, await wrong.json()]).toEqual([403, { error: 'bad_setup_code' }]);
    const invalid = await post('/api/auth/setup', { code, email: 'not an email', displayName: '', password: 'short' });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({ error: 'invalid', fields: ['email', 'displayName', 'password'] });

    // Typed in lower case with spaces: the same code.
    const made = await post('/api/auth/setup', { code: code.toLowerCase().replace(/-/g, ' '), email: `Admin@${domain.toUpperCase()}`, displayName: '운영팀', password: TEST_PASSWORD });
    expect(made.status).toBe(201);
    const cookie = made.headers.getSetCookie().find((c) => c.startsWith('seeot_session='))!;
    expect(cookie).toMatch(/^seeot_session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=1209600; HttpOnly; SameSite=Lax$/);
    const body = (await made.json()) as { account: { email: string; role: string }; csrfToken: string };
    expect(body.account).toMatchObject({ email: `admin@${domain}`, role: 'admin', boothIds: [] });
    admin = { cookie: sessionCookieOf(made), csrfToken: body.csrfToken, accountId: '', headers: () => ({ cookie: sessionCookieOf(made), [CSRF_HEADER]: body.csrfToken }) };
    expect((await me(admin.cookie)).status).toBe(200);

    const again = await post('/api/auth/setup', { code, email: `second@${domain}`, displayName: '둘째', password: TEST_PASSWORD });
    expect([again.status, await again.json()]).toEqual([409, { error: 'setup_done' }]);
    expect(await (await fetch(`${base}/api/auth/setup`)).json()).toEqual({ needed: false });
    // A later start with an admin present prints no code.
    const { log, text } = capturedLogger();
    expect(await ensureSetupCode(repos.accounts, log)).toBeNull();
    expect(text()).toBe('');
  });

  it('signs in and out; a wrong password and an unknown email get the same answer', async () => {
    const wrong = await login(`admin@${domain}`, 'not the password');
    const unknown = await login(`nobody@${domain}`, 'not the password');
    expect([wrong.status, await wrong.json()]).toEqual([401, { error: 'bad_credentials' }]);
    expect([unknown.status, await unknown.json()]).toEqual([401, { error: 'bad_credentials' }]);

    const r = await login(`ADMIN@${domain}`, TEST_PASSWORD);
    expect(r.status).toBe(200);
    const { csrfToken } = (await r.json()) as { csrfToken: string };
    const cookie = sessionCookieOf(r);
    expect(await (await me(cookie)).json()).toMatchObject({ account: { role: 'admin', displayName: '운영팀' }, csrfToken });

    const out = await post('/api/auth/logout', {}, { cookie, [CSRF_HEADER]: csrfToken });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()).toContainEqual(expect.stringMatching(/^seeot_session=; Path=\/; Max-Age=0/));
    // The row is gone: the same cookie signs nobody in.
    expect((await me(cookie)).status).toBe(401);
    // The setup session is another session: still signed in.
    expect((await me(admin.cookie)).status).toBe(200);

    // Through the trusted proxy over HTTPS, the cookie is Secure.
    const overHttps = await login(`admin@${domain}`, TEST_PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(overHttps.headers.getSetCookie().find((c) => c.startsWith('seeot_session='))).toMatch(/; HttpOnly; SameSite=Lax; Secure$/);
  });

  it('throttles sign-in per account, while another account behind the same address still signs in', async () => {
    const member = await accept(await invite({ role: 'moderator' }), `mod@${domain}`, '진행팀');
    expect(member.status).toBe(201);
    for (let i = 0; i < 5; i++) expect((await login(`mod@${domain}`, `wrong password ${i}`)).status).toBe(401);
    const limited = await login(`mod@${domain}`, TEST_PASSWORD);
    expect(limited.status).toBe(429);
    const body = (await limited.json()) as { error: string; retryAfterMs: number };
    expect(body.error).toBe('rate_limited');
    expect(body.retryAfterMs).toBeGreaterThan(30_000);
    expect(body.retryAfterMs).toBeLessThanOrEqual(60_000);
    expect(Number(limited.headers.get('retry-after'))).toBe(Math.ceil(body.retryAfterMs / 1000));
    // Same address, another account: signs in.
    expect((await login(`admin@${domain}`, TEST_PASSWORD)).status).toBe(200);
  });

  it('refuses writes without the session CSRF token, and sign-ins from another site', async () => {
    const noHeader = await post('/api/admin/invitations', { role: 'moderator' }, { cookie: admin.cookie });
    expect([noHeader.status, await noHeader.json()]).toEqual([403, { error: 'csrf' }]);
    const wrongToken = await post('/api/admin/invitations', { role: 'moderator' }, { cookie: admin.cookie, [CSRF_HEADER]: newToken() });
    expect(wrongToken.status).toBe(403);
    expect((await post('/api/auth/logout', {}, { cookie: admin.cookie })).status).toBe(403);
    expect((await me(admin.cookie)).status).toBe(200);

    const foreign = await login(`admin@${domain}`, TEST_PASSWORD, { origin: 'https://evil.example' });
    expect([foreign.status, await foreign.json()]).toEqual([403, { error: 'csrf' }]);
    expect((await login(`admin@${domain}`, TEST_PASSWORD, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await login(`admin@${domain}`, TEST_PASSWORD, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await login(`admin@${domain}`, TEST_PASSWORD, { 'sec-fetch-site': 'same-origin', origin: base })).status).toBe(200);
    expect((await login(`admin@${domain}`, TEST_PASSWORD, { origin: base })).status).toBe(200);
  });

  it('invitations: the enterprise member keeps their booth; a link works once, expires, and an unknown one is not found; moderators cannot invite', async () => {
    const token = await invite({ role: 'enterprise', boothId: 'nongnongi', note: '농농이 대표' });
    const info = await fetch(`${base}/api/auth/links/${token}`);
    expect(await info.json()).toEqual({ kind: 'invite', role: 'enterprise', boothId: 'nongnongi', expiresAt: expect.any(String) });
    const listed = (await (await fetch(`${base}/api/admin/invitations`, { headers: { cookie: admin.cookie } })).json()) as { invitations: { boothId: string; note: string; usedAt: string | null }[] };
    expect(listed.invitations[0]).toMatchObject({ boothId: 'nongnongi', note: '농농이 대표', usedAt: null });

    const joined = await accept(token, `host@${domain}`);
    expect(joined.status).toBe(201);
    expect(((await joined.json()) as { account: unknown }).account).toMatchObject({ role: 'enterprise', boothIds: ['nongnongi'] });
    const again = await accept(token, `other@${domain}`);
    expect([again.status, await again.json()]).toEqual([410, { error: 'link_used' }]);
    expect((await fetch(`${base}/api/auth/links/${token}`)).status).toBe(410);

    const unknown = await fetch(`${base}/api/auth/links/${newToken()}`);
    expect([unknown.status, await unknown.json()]).toEqual([404, { error: 'link_unknown' }]);
    expect((await accept(newToken(), `x@${domain}`)).status).toBe(404);

    const old = newToken();
    const made = await repos.accounts.createLink({ tokenHash: hashToken(old), kind: 'invite', role: 'moderator', createdBy: (await repos.accounts.accountByEmail(`admin@${domain}`))!.id, expiresAt: new Date(Date.now() - 1000) });
    expect(made.ok).toBe(true);
    expect(await (await fetch(`${base}/api/auth/links/${old}`)).json()).toEqual({ error: 'link_expired' });
    const late = await accept(old, `late@${domain}`);
    expect([late.status, await late.json()]).toEqual([410, { error: 'link_expired' }]);

    const badBooth = await post('/api/admin/invitations', { role: 'enterprise', boothId: 'no-such-booth' }, admin.headers());
    expect([badBooth.status, await badBooth.json()]).toEqual([400, { error: 'unknown_booth', fields: ['boothId'] }]);
    const staffWithBooth = await post('/api/admin/invitations', { role: 'moderator', boothId: 'nongnongi' }, admin.headers());
    expect([staffWithBooth.status, await staffWithBooth.json()]).toEqual([400, { error: 'invalid', fields: ['boothId'] }]);

    // The first moderator is throttled from the test above; a second one shows the role check.
    const modToken = await invite({ role: 'moderator' });
    const modSession = await accept(modToken, `mod2@${domain}`, '진행팀2');
    const { csrfToken } = (await modSession.json()) as { csrfToken: string };
    const modHeaders = { cookie: sessionCookieOf(modSession), [CSRF_HEADER]: csrfToken };
    const refused = await post('/api/admin/invitations', { role: 'moderator' }, modHeaders);
    expect([refused.status, await refused.json()]).toEqual([403, { error: 'forbidden' }]);
    expect((await fetch(`${base}/api/admin/accounts`, { headers: modHeaders })).status).toBe(403);
    expect((await fetch(`${base}/api/admin/accounts`)).status).toBe(401);
    // The moderator is staff all the same.
    expect((await fetch(`${base}/api/staff/me`, { headers: modHeaders })).status).toBe(200);
  });

  it('a reset link sets a new password and ends every session of the account', async () => {
    const first = await login(`host@${domain}`, TEST_PASSWORD);
    const second = await login(`host@${domain}`, TEST_PASSWORD);
    const [a, b] = [sessionCookieOf(first), sessionCookieOf(second)];
    const accounts = (await (await fetch(`${base}/api/admin/accounts`, { headers: { cookie: admin.cookie } })).json()) as { accounts: { id: string; email: string }[] };
    const host = accounts.accounts.find((x) => x.email === `host@${domain}`)!;

    const made = await post(`/api/admin/accounts/${host.id}/reset`, {}, admin.headers());
    expect(made.status).toBe(201);
    const { url, expiresAt } = (await made.json()) as { url: string; expiresAt: string };
    expect(url).toMatch(/\/reset\/[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(23 * 3600_000);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(24 * 3600_000);
    const token = url.split('/').pop()!;
    expect(await (await fetch(`${base}/api/auth/links/${token}`)).json()).toMatchObject({ kind: 'reset', email: `host@${domain}` });

    const reset = await post(`/api/auth/links/${token}/reset`, { password: 'a brand new password' });
    expect(reset.status).toBe(200);
    expect((await me(sessionCookieOf(reset))).status).toBe(200);
    expect((await me(a)).status).toBe(401);
    expect((await me(b)).status).toBe(401);
    expect((await login(`host@${domain}`, TEST_PASSWORD)).status).toBe(401);
    expect((await login(`host@${domain}`, 'a brand new password')).status).toBe(200);
    expect((await post(`/api/auth/links/${token}/reset`, { password: 'yet another password' })).status).toBe(410);
    expect((await post(`/api/admin/accounts/nobody/reset`, {}, admin.headers())).status).toBe(404);
  });

  it('a disabled account is signed out everywhere and cannot sign in', async () => {
    const s = await login(`host@${domain}`, 'a brand new password');
    const cookie = sessionCookieOf(s);
    const accounts = (await (await fetch(`${base}/api/admin/accounts`, { headers: { cookie: admin.cookie } })).json()) as { accounts: { id: string; email: string; disabled: boolean }[] };
    const host = accounts.accounts.find((x) => x.email === `host@${domain}`)!;
    expect(host.disabled).toBe(false);
    expect((await post(`/api/admin/accounts/${host.id}/disable`, {}, admin.headers())).status).toBe(204);
    expect((await me(cookie)).status).toBe(401);
    const again = await login(`host@${domain}`, 'a brand new password');
    expect([again.status, await again.json()]).toEqual([403, { error: 'account_disabled' }]);
    // A session row written for it anyway (a race with the disabling) is refused when read.
    const raced = await startSession(repos.accounts, host);
    expect((await me(`seeot_session=${raced.token}`)).status).toBe(401);
    const listed = (await (await fetch(`${base}/api/admin/accounts`, { headers: { cookie: admin.cookie } })).json()) as { accounts: { email: string; disabled: boolean }[] };
    expect(listed.accounts.find((x) => x.email === `host@${domain}`)?.disabled).toBe(true);
  });

  it('sessions last 14 days from their last use, written at most once a minute', async () => {
    const account = (await repos.accounts.accountByEmail(`admin@${domain}`))!;
    const t0 = Date.now();
    const s = await startSession(repos.accounts, account, t0);
    const at = (ms: number) => repos.accounts.resolveSession({ tokenHash: hashToken(s.token), now: new Date(ms), touchAfterMs: 60_000, ttlMs: SESSION_TTL_MS });
    const soon = await at(t0 + 30_000);
    expect(soon.ok && soon.session.expiresAt.getTime()).toBe(t0 + SESSION_TTL_MS);
    const day = await at(t0 + 24 * 3600_000);
    expect(day.ok && day.session.expiresAt.getTime()).toBe(t0 + 24 * 3600_000 + SESSION_TTL_MS);
    expect(await at(t0 + 24 * 3600_000 + SESSION_TTL_MS + 1)).toEqual({ ok: false, reason: 'expired' });
    // Expired sessions are deleted when met.
    expect(await at(t0)).toEqual({ ok: false, reason: 'unknown' });
  });
});

describe('setup code with several processes on one PostgreSQL', { timeout: 90_000 }, () => {
  let pg: PrivatePostgres | undefined;
  afterAll(async () => {
    await pg?.stop();
  });

  it('two processes starting together on a new database: only one prints the code, and it works', async () => {
    pg = await startPostgres();
    const url = await pg.createDatabase('accounts_two');
    const servers = await Promise.all([startServer({ DATABASE_URL: url, SESSION_SECRET: SECRET }), startServer({ DATABASE_URL: url, SESSION_SECRET: SECRET })]);
    try {
      const printed = servers.filter((s) => setupCodeIn(s.output()) !== null);
      expect(printed).toHaveLength(1);
      const other = servers.find((s) => s !== printed[0])!;
      expect(other.output()).toMatch(/the setup code is in the log of the process that started first/);
      // Entered on the process that did not print it: the database decides.
      const admin = await setupAdmin(other.url, printed[0]!.output());
      expect((await fetch(`${printed[0]!.url}/api/auth/me`, { headers: { cookie: admin.cookie } })).status).toBe(200);
    } finally {
      for (const s of servers) s.child.kill('SIGTERM');
      await Promise.all(servers.map((s) => s.exited));
    }
  });
});

// Three PGlite opens (two scripts, one server) on a shared machine: a generous timeout.
describe('npm run admin:create on the embedded database', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'seeot-admin-create-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const adminCreate = (dataDir: string, args: string[], password: string) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['scripts/admin-create.ts', ...args], { cwd: repoRoot, env: { ...process.env, DATA_DIR: dataDir, SEEOT_ADMIN_PASSWORD: password }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('exit', (code) => resolve({ code, output }));
    });

  it('makes an admin: the server then prints no setup code and signs them in; refused while the server has the database open', async () => {
    const dataDir = join(dir, 'data');
    await seedDataDir(dataDir);
    const made = await adminCreate(dataDir, ['--email', 'Ops@Example.kr', '--name', '운영팀'], TEST_PASSWORD);
    expect(made).toEqual({ code: 0, output: expect.stringContaining('admin ops@example.kr (운영팀) created') });
    expect((await adminCreate(dataDir, ['--email', 'x@example.kr', '--name', 'x'], 'short')).code).toBe(2);

    const srv = await startServer({ DATA_DIR: dataDir, SESSION_SECRET: SECRET });
    try {
      expect(setupCodeIn(srv.output())).toBeNull();
      const r = await fetch(`${srv.url}/api/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ email: 'ops@example.kr', password: TEST_PASSWORD }) });
      expect(r.status).toBe(200);
      const busy = await adminCreate(dataDir, ['--email', 'two@example.kr', '--name', '둘'], TEST_PASSWORD);
      expect(busy.code).toBe(1);
      expect(busy.output).toMatch(/is in use by process \d+: stop that server first/);
      expect(busy.output).toMatch(/open \/setup/);
    } finally {
      srv.child.kill('SIGTERM');
      await srv.exited;
    }
  });
});
