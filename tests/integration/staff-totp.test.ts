/**
 * Staff two-step sign-in (TOTP) on a real server process with STAFF_REQUIRE_TOTP=1: an admin
 * without it is refused the staff API (totp_required) and joins the halls as a visitor, but may enrol; enrolment shows the secret
 * once and takes effect only with a current code, which answers with recovery codes; sign-in then
 * needs a second step (no session before it), refuses a wrong code and a replayed one, takes a
 * recovery code once; turning it off needs a code; both changes are in the audit log.
 */
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/api/moderation.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { waitFor } from './room-boot.ts';
import { invitedAccount, sessionCookieOf, setupAdmin, TEST_PASSWORD, type SignedInSession } from '../helpers/staffSession.ts';

const EMAIL = 'totp-admin@example.kr';
const STEP_MS = 30_000;

/** The code of the time step `offset` steps from the one `at` falls in. */
const codeAt = (secret: string, at: number, offset: number) => generate({ secret, epoch: Math.floor(at / 1000) + offset * 30 });

describe('staff TOTP', { timeout: 60_000 }, () => {
  let server: RunningServer;
  let admin: SignedInSession;
  let secret = '';
  let recoveryCodes: string[] = [];
  /** The step every code below is counted from: the server accepts one step either side of its now. */
  let base = 0;
  let lastChallenge = '';

  const post = (path: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const password = async () => {
    const r = await post('/api/auth/login', { email: EMAIL, password: TEST_PASSWORD });
    expect(r.status).toBe(200);
    expect(r.headers.getSetCookie().some((c) => c.startsWith('seeot_session='))).toBe(false);
    const body = (await r.json()) as { secondFactor: string; challenge: string };
    expect(body.secondFactor).toBe('totp');
    return body.challenge;
  };

  const hallRole = async () => ((await (await fetch(`${server.url}/api/session`, { headers: { cookie: admin.cookie } })).json()) as { role: string }).role;

  beforeAll(async () => {
    server = await startServer({ STAFF_REQUIRE_TOTP: '1' });
    admin = await setupAdmin(server.url, server.output(), { email: EMAIL });
    // Codes of the step before, this one and the next are used in order below: start early in a step
    // so that the step before is still accepted when it is used (waits at most 10 s, on the clock).
    while (Date.now() % STEP_MS > 20_000) await new Promise((r) => setTimeout(r, 200));
    base = Date.now();
  }, 60_000);

  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
  });

  it('an admin without TOTP is refused the staff API until enrolled, but may enrol', async () => {
    for (const path of ['/api/admin/fairs', '/api/admin/moderation/audit', '/api/staff/me', '/api/studio/booths/cut-the-trash']) {
      const r = await fetch(`${server.url}${path}`, { headers: admin.headers() });
      expect([path, r.status, await r.json()]).toEqual([path, 403, { error: 'totp_required' }]);
    }
    const state = await fetch(`${server.url}/api/auth/totp`, { headers: admin.headers() });
    expect(await state.json()).toEqual({ enabled: false, required: true, recoveryCodesLeft: 0 });
    // In the halls too: a visitor's join token, no staff powers, until enrolled.
    expect(await hallRole()).toBe('visitor');
  });

  it('enrolment: a secret with its QR code, on only once a current code confirms it; recovery codes once', async () => {
    const wrongFirst = await post('/api/auth/totp/confirm', { code: '123456' }, admin.headers());
    expect(await wrongFirst.json()).toEqual({ error: 'totp_not_begun' });

    const r = await post('/api/auth/totp/enrol', {}, admin.headers());
    expect(r.status).toBe(201);
    const e = (await r.json()) as { secret: string; otpauthUrl: string; qrSvg: string };
    expect(e.otpauthUrl).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(e.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    secret = e.secret;
    // Not on yet: sign-in still takes the password alone (and /admin still waits).
    const plain = await post('/api/auth/login', { email: EMAIL, password: TEST_PASSWORD });
    expect(((await plain.json()) as { account?: unknown }).account).toBeDefined();

    const bad = await post('/api/auth/totp/confirm', { code: (Number(await codeAt(secret, base, 0)) + 1).toString().padStart(6, '0').slice(-6) }, admin.headers());
    expect([bad.status, await bad.json()]).toEqual([401, { error: 'bad_totp_code' }]);
    const ok = await post('/api/auth/totp/confirm', { code: await codeAt(secret, base, -1) }, admin.headers());
    expect(ok.status).toBe(201);
    recoveryCodes = ((await ok.json()) as { recoveryCodes: string[] }).recoveryCodes;
    expect(recoveryCodes).toHaveLength(8);
    expect(new Set(recoveryCodes).size).toBe(8);

    const state = await (await fetch(`${server.url}/api/auth/totp`, { headers: admin.headers() })).json();
    expect(state).toEqual({ enabled: true, required: true, recoveryCodesLeft: 8 });
    // The secret is never given again: a new enrolment is refused while this one is on.
    const again = await post('/api/auth/totp/enrol', {}, admin.headers());
    expect([again.status, await again.json()]).toEqual([409, { error: 'totp_already_on' }]);
    // Enrolled: the staff API opens, and the halls know them as staff.
    expect((await fetch(`${server.url}/api/admin/fairs`, { headers: admin.headers() })).status).toBe(200);
    expect(await hallRole()).toBe('staff');
  });

  it('sign-in: a second step; a wrong code and a replayed one are refused; a recovery code works once', async () => {
    const challenge = await password();
    lastChallenge = challenge;
    const wrong = await post('/api/auth/login/totp', { challenge, code: '000000' === (await codeAt(secret, base, 0)) ? '111111' : '000000' });
    expect([wrong.status, await wrong.json()]).toEqual([401, { error: 'bad_totp_code' }]);
    const forged = await post('/api/auth/login/totp', { challenge: challenge.slice(0, -2) + 'xx', code: await codeAt(secret, base, 0) });
    expect([forged.status, await forged.json()]).toEqual([401, { error: 'challenge_expired' }]);

    const code = await codeAt(secret, base, 0);
    const ok = await post('/api/auth/login/totp', { challenge, code });
    expect(ok.status).toBe(200);
    const cookie = sessionCookieOf(ok);
    expect((await fetch(`${server.url}/api/auth/me`, { headers: { cookie } })).status).toBe(200);

    // A challenge lasts a few minutes (the same one is used below): only a code opens a session.
    const replay = await post('/api/auth/login/totp', { challenge, code });
    expect([replay.status, await replay.json()]).toEqual([401, { error: 'totp_code_used' }]);

    const recovery = recoveryCodes[0]!.toUpperCase();
    const byRecovery = await post('/api/auth/login/totp', { challenge, recoveryCode: recovery });
    expect(byRecovery.status).toBe(200);
    const spent = await post('/api/auth/login/totp', { challenge, recoveryCode: recovery });
    expect([spent.status, await spent.json()]).toEqual([401, { error: 'bad_totp_code' }]);
    const state = await (await fetch(`${server.url}/api/auth/totp`, { headers: admin.headers() })).json();
    expect(state).toMatchObject({ enabled: true, recoveryCodesLeft: 7 });
  });

  it('turning it off needs a current code; enabling and disabling are in the audit log', async () => {
    const noCode = await post('/api/auth/totp/disable', { code: '12345' }, admin.headers());
    expect(noCode.status).toBe(400);
    const audit = async () =>
      ((await (await fetch(`${server.url}/api/admin/moderation/audit`, { headers: admin.headers() })).json()) as { entries: AuditEntry[] }).entries.map((e) => e.action);
    expect(await audit()).toContain('totpEnabled');

    const off = await post('/api/auth/totp/disable', { code: await codeAt(secret, base, 1) }, admin.headers());
    expect(off.status).toBe(204);
    // Off again: with STAFF_REQUIRE_TOTP the staff API waits for a new enrolment.
    const refused = await fetch(`${server.url}/api/admin/moderation/audit`, { headers: admin.headers() });
    expect(await refused.json()).toEqual({ error: 'totp_required' });
    expect(await (await fetch(`${server.url}/api/auth/totp`, { headers: admin.headers() })).json()).toMatchObject({ enabled: false });
    // The audit log itself is behind the staff API now: the server's own line says the entry was written after it.
    await waitFor(() => server.output().includes('two-step sign-in turned off'), 5000, 'the disable logged');
  });
  it('code tries count against the sign-in throttle (10 tries per account in 15 minutes, password and code alike)', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 10 && last?.status !== 429; i++) last = await post('/api/auth/login/totp', { challenge: lastChallenge, code: '000000' });
    expect(last?.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await last!.json()) as { error: string }).error).toBe('rate_limited');
  });
});

describe('an admin resets another staff member’s second factor (lost phone and recovery codes)', { timeout: 60_000 }, () => {
  let server: RunningServer;
  let admin: SignedInSession;
  let moderator: SignedInSession;
  const MOD_EMAIL = 'totp-moderator@example.kr';

  beforeAll(async () => {
    server = await startServer();
    admin = await setupAdmin(server.url, server.output());
    moderator = await invitedAccount(server.url, admin, { role: 'moderator', email: MOD_EMAIL });
    const enrol = (await (await fetch(`${server.url}/api/auth/totp/enrol`, { method: 'POST', headers: moderator.headers(), body: '{}' })).json()) as { secret: string };
    const confirmed = await fetch(`${server.url}/api/auth/totp/confirm`, { method: 'POST', headers: moderator.headers(), body: JSON.stringify({ code: await codeAt(enrol.secret, Date.now(), 0) }) });
    expect(confirmed.status).toBe(201);
  }, 60_000);

  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
  });

  const signIn = async () =>
    (await (await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: MOD_EMAIL, password: TEST_PASSWORD }) })).json()) as {
      secondFactor?: string;
      account?: unknown;
    };
  const reset = (who: SignedInSession, accountId: string) => fetch(`${server.url}/api/admin/accounts/${accountId}/totp/reset`, { method: 'POST', headers: who.headers(), body: '{}' });
  const twoStepOf = async (accountId: string) => {
    const list = (await (await fetch(`${server.url}/api/admin/accounts`, { headers: admin.headers() })).json()) as { accounts: { id: string; twoStep: boolean }[] };
    return list.accounts.find((a) => a.id === accountId)?.twoStep;
  };

  it('shows in the accounts list, is refused for one’s own account and to non-admins, and lets them in with the password alone', async () => {
    expect(await twoStepOf(moderator.accountId)).toBe(true);
    expect(await twoStepOf(admin.accountId)).toBe(false);
    expect((await signIn()).secondFactor).toBe('totp');

    expect(await (await reset(admin, admin.accountId)).json()).toEqual({ error: 'forbidden' });
    expect((await reset(moderator, moderator.accountId)).status).toBe(403);
    expect((await reset(admin, moderator.accountId)).status).toBe(204);
    expect(await (await reset(admin, moderator.accountId)).json()).toEqual({ error: 'totp_off' });

    expect(await twoStepOf(moderator.accountId)).toBe(false);
    expect((await signIn()).account).toBeDefined();
    const audit = (await (await fetch(`${server.url}/api/admin/moderation/audit`, { headers: admin.headers() })).json()) as { entries: AuditEntry[] };
    expect(audit.entries.filter((e) => e.action === 'totpReset').map((e) => e.target)).toEqual([moderator.accountId]);
  });
});
