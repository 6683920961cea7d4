import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyJoinToken } from '../../server/http/session.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { invitedAccount, setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';

const SECRET = 'session-test-secret-0123456789-abcdefghij';

interface Session {
  guestId: string;
  joinToken: string;
  role: string;
  name?: string;
  hostOf?: string[];
}

const cookieOf = (r: Response) => (r.headers.get('set-cookie') ?? '').split(';')[0]!;

// GET /api/session on the real server process, as the browser reaches it.
describe('GET /api/session', () => {
  let srv: RunningServer;
  let dataDir: string;
  let admin: SignedInSession;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'seeot-session-'));
    srv = await startServer({ SESSION_SECRET: SECRET, DATA_DIR: dataDir });
    admin = await setupAdmin(srv.url, srv.output(), { displayName: '운영팀' });
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

  it('gives a signed-in staff account a staff join token; an enterprise member a visitor one naming their booth', async () => {
    const body = (await (await fetch(`${srv.url}/api/session`, { headers: { cookie: admin.cookie } })).json()) as Session;
    expect(body.role).toBe('staff');
    expect(body.name).toBe('운영팀');
    const v = verifyJoinToken(body.joinToken, SECRET, Date.now());
    expect(v.ok && v.identity).toEqual({ guestId: body.guestId, role: 'staff', name: '운영팀' });

    const member = await invitedAccount(srv.url, admin, { role: 'enterprise', boothId: 'nongnongi', email: 'host@example.kr', displayName: '농농이' });
    const host = (await (await fetch(`${srv.url}/api/session`, { headers: { cookie: member.cookie } })).json()) as Session;
    expect(host.role).toBe('visitor');
    const h = verifyJoinToken(host.joinToken, SECRET, Date.now());
    expect(h.ok && h.identity).toEqual({ guestId: host.guestId, role: 'visitor', hostOf: ['nongnongi'] });
    // The page is told too, so /list offers the member their booth's notice form.
    expect(host.hostOf).toEqual(['nongnongi']);

    // A cookie naming no session: a visitor, and the browser is told to drop it.
    const stale = await fetch(`${srv.url}/api/session`, { headers: { cookie: `seeot_session=${'A'.repeat(43)}` } });
    expect(((await stale.json()) as Session).role).toBe('visitor');
    expect(stale.headers.getSetCookie()).toContainEqual(expect.stringMatching(/^seeot_session=; Path=\/; Max-Age=0/));
  });

  it('staff API: refuses visitors, enterprise members and writes without the CSRF token; lists, adds and lifts bans, publishes announcements', async () => {
    const auth = admin.headers();
    expect((await fetch(`${srv.url}/api/staff/me`)).status).toBe(401);
    const session = (await (await fetch(`${srv.url}/api/session`)).json()) as Session;
    // A join token is no HTTP credential.
    expect((await fetch(`${srv.url}/api/staff/bans`, { headers: { authorization: `Bearer ${session.joinToken}` } })).status).toBe(401);
    const member = await invitedAccount(srv.url, admin, { role: 'enterprise', boothId: 'nongnongi', email: 'member@example.kr' });
    expect((await fetch(`${srv.url}/api/staff/bans`, { headers: { cookie: member.cookie } })).status).toBe(403);
    expect(await (await fetch(`${srv.url}/api/staff/me`, { headers: auth })).json()).toMatchObject({ role: 'admin', name: '운영팀' });
    const noCsrf = await fetch(`${srv.url}/api/staff/bans`, { method: 'POST', headers: { cookie: admin.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ guestId: session.guestId, minutes: 5, reason: 'spam' }) });
    expect(noCsrf.status).toBe(403);
    expect(await noCsrf.json()).toEqual({ error: 'csrf' });

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
    // The log names who did it (and their account, which the audit log keeps too).
    expect(srv.output()).toMatch(/"moderation":"ban".*"actor":\{"role":"staff","name":"운영팀","accountId":"[^"]+"\}/);
  });
});
