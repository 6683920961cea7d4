import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signStaffToken } from '../../server/auth/tokens.ts';
import { verifyJoinToken } from '../../server/http/session.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';

const SECRET = 'session-test-secret-0123456789-abcdefghij';

interface Session {
  guestId: string;
  joinToken: string;
  role: string;
  name?: string;
  staffError?: string;
}

const cookieOf = (r: Response) => (r.headers.get('set-cookie') ?? '').split(';')[0]!;

// GET /api/session on the real server process, as the browser reaches it.
describe('GET /api/session', () => {
  let srv: RunningServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'seeot-session-'));
    srv = await startServer({ SESSION_SECRET: SECRET, DATA_DIR: dataDir });
  }, 40_000);
  afterAll(async () => {
    srv.child.kill('SIGTERM');
    await srv.exited;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sets a signed, HttpOnly, SameSite=Lax guest cookie and returns a join token for that id', async () => {
    const r = await fetch(`${srv.url}/api/session`);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    const setCookie = r.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^seeot_guest=g_[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).toMatch(/; Max-Age=\d{8}/);
    const body = (await r.json()) as Session;
    expect(body.role).toBe('visitor');
    const v = verifyJoinToken(body.joinToken, SECRET, Date.now());
    expect(v.ok && v.identity).toEqual({ guestId: body.guestId, role: 'visitor' });
  });

  it('keeps the same guest id when the cookie comes back', async () => {
    const first = await fetch(`${srv.url}/api/session`);
    const a = (await first.json()) as Session;
    const second = await fetch(`${srv.url}/api/session`, { headers: { cookie: cookieOf(first) } });
    const b = (await second.json()) as Session;
    expect(b.guestId).toBe(a.guestId);
    expect(b.joinToken).not.toBe('');
  });

  it('ignores a forged cookie and issues a new id', async () => {
    const first = await fetch(`${srv.url}/api/session`);
    const a = (await first.json()) as Session;
    const [, sig] = cookieOf(first).split('.');
    for (const forged of [`seeot_guest=g_AAAAAAAAAAAAAAAA.${sig}`, `seeot_guest=${a.guestId}.${'A'.repeat(43)}`, `seeot_guest=${a.guestId}`]) {
      const r = await fetch(`${srv.url}/api/session`, { headers: { cookie: forged } });
      const b = (await r.json()) as Session;
      expect(r.status).toBe(200);
      expect(b.guestId).not.toBe(a.guestId);
      expect(b.guestId).not.toBe('g_AAAAAAAAAAAAAAAA');
    }
  });

  it('gives a staff join token with a staff bearer token or ?staff=, and says why a bad one was ignored', async () => {
    const staff = signStaffToken(SECRET, { name: '운영팀', nowMs: Date.now() });
    for (const init of [{ headers: { authorization: `Bearer ${staff}` } }, {}]) {
      const url = 'headers' in init ? `${srv.url}/api/session` : `${srv.url}/api/session?staff=${staff}`;
      const body = (await (await fetch(url, init)).json()) as Session;
      expect(body.role).toBe('staff');
      expect(body.name).toBe('운영팀');
      const v = verifyJoinToken(body.joinToken, SECRET, Date.now());
      expect(v.ok && v.identity).toEqual({ guestId: body.guestId, role: 'staff', name: '운영팀' });
    }
    const wrong = signStaffToken('another-secret-0123456789-abcdefghijk', { name: 'x', nowMs: Date.now() });
    const body = (await (await fetch(`${srv.url}/api/session?staff=${wrong}`)).json()) as Session;
    expect(body.role).toBe('visitor');
    expect(body.staffError).toBe('badSignature');
  });

  it('staff API: refuses visitors, lists, adds and lifts bans, publishes announcements', async () => {
    const staff = signStaffToken(SECRET, { name: '운영팀', nowMs: Date.now() });
    const auth = { authorization: `Bearer ${staff}`, 'content-type': 'application/json' };
    expect((await fetch(`${srv.url}/api/staff/me`)).status).toBe(401);
    const session = (await (await fetch(`${srv.url}/api/session`)).json()) as Session;
    expect((await fetch(`${srv.url}/api/staff/bans`, { headers: { authorization: `Bearer ${session.joinToken}` } })).status).toBe(403);
    expect(await (await fetch(`${srv.url}/api/staff/me`, { headers: auth })).json()).toMatchObject({ role: 'staff', name: '운영팀' });

    const ban = await fetch(`${srv.url}/api/staff/bans`, { method: 'POST', headers: auth, body: JSON.stringify({ guestId: session.guestId, minutes: 5, reason: 'spam' }) });
    expect(ban.status).toBe(201);
    const listed = (await (await fetch(`${srv.url}/api/staff/bans`, { headers: auth })).json()) as { bans: { key: string; by: string }[] };
    expect(listed.bans).toEqual([expect.objectContaining({ key: `g:${session.guestId}`, by: '운영팀' })]);
    const bad = await fetch(`${srv.url}/api/staff/bans`, { method: 'POST', headers: auth, body: JSON.stringify({ minutes: 5, reason: 'x' }) });
    expect(bad.status).toBe(400);
    expect((await fetch(`${srv.url}/api/staff/bans/g:${session.guestId}`, { method: 'DELETE', headers: auth })).status).toBe(204);
    expect(((await (await fetch(`${srv.url}/api/staff/bans`, { headers: auth })).json()) as { bans: unknown[] }).bans).toEqual([]);

    const ann = await fetch(`${srv.url}/api/staff/announce`, { method: 'POST', headers: auth, body: JSON.stringify({ text: '곧 폐장합니다' }) });
    expect(ann.status).toBe(201);
    expect(await ann.json()).toMatchObject({ text: '곧 폐장합니다', by: '운영팀' });
    expect(srv.output()).toMatch(/"moderation":"ban".*"actor":\{"role":"staff","name":"운영팀"\}/);
  });
});
