/**
 * Moderation from /admin's API across shards, on a real server process (embedded database, shards
 * forced to two visitors): a report from shard 2 reaches the fair-wide queue with the lines before
 * it; a ban from the API removes the visitor wherever they are and still holds after a restart; the
 * audit log has the ban with its reason; a banned word added applies to new lines on both shards
 * without a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, Ban, Report } from '../../shared/api/moderation.ts';
import { CLOSE_CODE } from '../../shared/protocol/index.ts';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import type { ChatLine } from '../../server/chat/types.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';
import { joinOptions, TEST_SECRET, visit, waitFor, type Visitor } from './room-boot.ts';

let guests = 0;
/** A guest id of the shape GET /api/session makes (g_ + 16), which the staff API takes. */
const guestId = () => `g_moderationAdmn${String(++guests).padStart(2, '0')}`;
/** Join options for this guest id (the server was started with the rooms' test secret). */
const as = (id: string) => joinOptions({ joinToken: signJoinToken({ guestId: id, role: 'visitor' }, TEST_SECRET, Date.now()) });
const lines = (v: Visitor): ChatLine[] => v.msgs['chat'] as ChatLine[];

describe('moderation from /admin across shards', { timeout: 60_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'seeot-moderation-'));
  const env = { SESSION_SECRET: TEST_SECRET, HALL_SHARD_CAPACITY: '2', DATA_DIR: dataDir };
  let server: RunningServer;
  let admin: SignedInSession;
  const open: Visitor[] = [];
  const ws = () => server.url.replace('http:', 'ws:');
  const api = async <T>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> => {
    const r = await fetch(`${server.url}/api/admin/moderation${path}`, { ...init, headers: admin.headers() });
    const text = await r.text();
    return { status: r.status, body: (text ? JSON.parse(text) : null) as T };
  };
  // A closed room's leave() never settles: only the open ones leave.
  const leaveAll = () => Promise.all(open.splice(0).filter((v) => v.closed() === null).map((v) => v.room.leave().catch(() => 0)));
  const enter = async (id = guestId()) => {
    const v = await visit(ws(), as(id));
    open.push(v);
    return v;
  };

  beforeAll(async () => {
    server = await startServer(env);
    admin = await setupAdmin(server.url, server.output());
  }, 60_000);

  afterAll(async () => {
    await leaveAll();
    server?.child.kill('SIGTERM');
    await server?.exited;
    rmSync(dataDir, { recursive: true, force: true });
  });

  let shard1: Visitor;
  let reporter: Visitor;
  let offender: Visitor;
  const offenderId = guestId();
  const shard1Id = guestId();

  it('a report from shard 2 is in the queue, with the lines said before it', async () => {
    shard1 = await enter(shard1Id);
    await enter(); // shard 1 is full at two
    offender = await enter(offenderId);
    reporter = await enter();
    expect(offender.room.roomId).not.toBe(shard1.room.roomId);
    expect(reporter.room.roomId).toBe(offender.room.roomId);

    // Nearby lines reach those who see the sender: wait until the reporter does.
    await waitFor(() => reporter.view.avatars.has(offender.slot()), 5000, 'reporter sees the offender');
    offender.room.send('chat', { scope: 'nearby', text: '처음 한 말' });
    await waitFor(() => lines(reporter).some((l) => l.text === '처음 한 말'), 5000, 'first line');
    offender.room.send('chat', { scope: 'nearby', text: '<b>나쁜 말</b>' });
    await waitFor(() => lines(reporter).some((l) => l.text === '<b>나쁜 말</b>'), 5000, 'reported line');
    const bad = lines(reporter).find((l) => l.text === '<b>나쁜 말</b>')!;
    reporter.room.send('report', { messageId: bad.id, reason: 'abuse' });

    let reports: Report[] = [];
    // waitFor polls a predicate: the fetch runs beside it.
    const poll = setInterval(() => void api<{ reports: Report[] }>('/reports').then((r) => (reports = r.body.reports)), 200);
    try {
      await waitFor(() => reports.length > 0, 5000, 'report in the queue');
    } finally {
      clearInterval(poll);
    }
    const [report] = reports;
    expect(report).toMatchObject({ shard: '2관', reason: 'abuse', offenderGuestId: offenderId, messageId: bad.id, status: 'open', scope: 'nearby' });
    expect(report!.lines.map((l) => [l.text, l.reported])).toEqual([
      ['처음 한 말', false],
      ['<b>나쁜 말</b>', true],
    ]);
  });

  it('a hall line said on shard 1 and reported from shard 2 names its sender', async () => {
    const speaker = shard1Id;
    shard1.room.send('chat', { scope: 'hall', text: '1관에서 한 말' });
    await waitFor(() => lines(reporter).some((l) => l.text === '1관에서 한 말'), 5000, 'hall line on shard 2');
    reporter.room.send('report', { messageId: lines(reporter).find((l) => l.text === '1관에서 한 말')!.id, reason: 'spam' });
    let found: Report | undefined;
    const poll = setInterval(() => void api<{ reports: Report[] }>('/reports').then((r) => (found = r.body.reports.find((x) => x.reason === 'spam'))), 200);
    try {
      await waitFor(() => found !== undefined, 5000, 'hall report in the queue');
    } finally {
      clearInterval(poll);
    }
    expect(found).toMatchObject({ shard: '2관', scope: 'hall', offenderGuestId: speaker });
    expect((await api('/reports/' + found!.id + '/close', { method: 'POST', body: JSON.stringify({ status: 'dismissed' }) })).status).toBe(204);
  });

  it('a ban from the API (with its reason) removes the visitor, is in the audit log, and refuses them at the next join', async () => {
    const { body } = await api<{ reports: Report[] }>('/reports');
    const noReason = await api('/actions', { method: 'POST', body: JSON.stringify({ action: 'ban', guestId: offenderId }) });
    expect(noReason.status).toBe(400);
    const banned = await api('/actions', { method: 'POST', body: JSON.stringify({ action: 'ban', guestId: offenderId, reason: '욕설 반복', reportId: body.reports[0]!.id }) });
    expect(banned.status).toBe(201);
    await waitFor(() => offender.closed() !== null, 5000, 'offender removed');
    expect(offender.closed()).toBe(CLOSE_CODE.banned);
    await expect(visit(ws(), as(offenderId))).rejects.toThrow();

    expect((await api<{ reports: Report[] }>('/reports')).body.reports).toEqual([]);
    const bans = (await api<{ bans: Ban[] }>('/bans')).body.bans;
    expect(bans).toEqual([expect.objectContaining({ key: `g:${offenderId}`, until: null, reason: '욕설 반복', by: '운영팀' })]);
    const audit = (await api<{ entries: AuditEntry[] }>('/audit?action=ban')).body.entries;
    expect(audit).toEqual([expect.objectContaining({ action: 'ban', target: offenderId, reason: '욕설 반복', actorName: '운영팀' })]);
    const all = (await api<{ entries: AuditEntry[] }>('/audit')).body.entries.map((e) => e.action);
    expect(all).toEqual(['reportResolved', 'ban', 'reportDismissed']);
  });

  it('a banned word added in /admin masks new lines on both shards, without a restart', async () => {
    const added = await api('/words', { method: 'POST', body: JSON.stringify({ word: '바나나' }) });
    expect(added.status).toBe(201);
    // The list reaches each shard over pub/sub and a database read: say it until it comes back masked.
    // (A line refused by the chat rate limit is said again after the wait the refusal names.)
    const masked = async (v: Visitor) => {
      const end = Date.now() + 8000;
      for (let i = 0; Date.now() < end; i++) {
        const text = `바나나 ${i}`;
        const refused = v.msgs['rejected']!.length;
        v.room.send('chat', { scope: 'nearby', text });
        await waitFor(() => lines(v).some((l) => l.text.endsWith(` ${i}`)) || v.msgs['rejected']!.length > refused, 3000, 'own line');
        const refusal = v.msgs['rejected']![refused] as { retryAfterMs?: number } | undefined;
        if (refusal) await new Promise((r) => setTimeout(r, refusal.retryAfterMs ?? 500));
        else if (!lines(v).some((l) => l.text === text)) return true;
      }
      return false;
    };
    expect(await masked(shard1)).toBe(true);
    expect(await masked(reporter)).toBe(true);
    expect((await api<{ entries: AuditEntry[] }>('/audit?action=wordAdded')).body.entries[0]).toMatchObject({ target: '바나나' });
  });

  it('staff actions outside moderation are in the same log: an invitation made', async () => {
    const made = await fetch(`${server.url}/api/admin/invitations`, { method: 'POST', headers: admin.headers(), body: JSON.stringify({ role: 'moderator', note: '주말 진행' }) });
    expect(made.status).toBe(201);
    const entries = (await api<{ entries: AuditEntry[] }>('/audit?action=accountInvited')).body.entries;
    expect(entries).toEqual([expect.objectContaining({ actorName: '운영팀', target: 'moderator', reason: '주말 진행' })]);
  });

  it('the ban holds after a restart (the presence starts empty), and lifting it lets the visitor in', async () => {
    await leaveAll();
    server.child.kill('SIGTERM');
    await server.exited;
    server = await startServer(env);
    await expect(visit(ws(), as(offenderId))).rejects.toThrow();
    const lifted = await api('/bans/lift', { method: 'POST', body: JSON.stringify({ key: `g:${offenderId}` }) });
    expect(lifted.status).toBe(204);
    const back = await enter(offenderId);
    expect(back.closed()).toBeNull();
    expect((await api<{ entries: AuditEntry[] }>('/audit?action=unban')).body.entries).toHaveLength(1);
  }, 60_000);
});
