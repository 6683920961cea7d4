/**
 * Moderation from /admin with two real server processes on one Redis and one PostgreSQL (shards of
 * two visitors, one on each process): a ban made through process A removes visitors on both
 * processes; with Redis flushed (the presence's bans gone) the ban still holds, from the database;
 * a mute made through A holds on B and, with Redis flushed, at the next join (from PostgreSQL);
 * a banned word added through A masks new lines on both processes.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/api/moderation.ts';
import { CLOSE_CODE } from '../../shared/protocol/index.ts';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import type { ChatLine } from '../../server/chat/types.ts';
import { startScaleOutPair, type ScaleOutPair } from '../helpers/scaleOutPair.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import type { SignedInSession } from '../helpers/staffSession.ts';
import type { PrivateRedis } from '../load/redis.ts';
import { joinOptions, TEST_SECRET, visit, waitFor, type Visitor } from './room-boot.ts';

const METRICS_TOKEN = 'moderation-scaleout-metrics-0123456789';
let guests = 0;
/** A guest id of the shape GET /api/session makes (g_ + 16), which the staff API takes. */
const guestId = () => `g_moderationScal${String(++guests).padStart(2, '0')}`;
const as = (id: string) => joinOptions({ joinToken: signJoinToken({ guestId: id, role: 'visitor' }, TEST_SECRET, Date.now()) });
const lines = (v: Visitor): ChatLine[] => v.msgs['chat'] as ChatLine[];

describe('moderation from /admin across processes (Redis, PostgreSQL)', { timeout: 60_000 }, () => {
  let pair: ScaleOutPair;
  let redis: PrivateRedis;
  let a: RunningServer;
  let b: RunningServer;
  let admin: SignedInSession;
  const open: Visitor[] = [];

  beforeAll(async () => {
    pair = await startScaleOutPair({ SESSION_SECRET: TEST_SECRET, HALL_SHARD_CAPACITY: '2', METRICS_TOKEN });
    ({ redis, a, b, admin } = pair);
  }, 60_000);

  afterAll(async () => {
    // A closed room's leave() never settles: only the open ones leave.
    await Promise.all(open.filter((v) => v.closed() === null).map((v) => v.room.leave().catch(() => 0)));
    await pair?.stop();
  }, 30_000);

  const api = async (path: string, init: RequestInit = {}) => fetch(`${a.url}/api/admin/moderation${path}`, { ...init, headers: admin.headers() });
  const enter = async (id = guestId()) => {
    const v = await visit(a.url.replace('http:', 'ws:'), as(id));
    open.push(v);
    return v;
  };
  const shards = async (s: RunningServer) => {
    const text = await (await fetch(`${s.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    return Number(/^seeot_shards (\d+)/m.exec(text)?.[1] ?? NaN);
  };

  const first = guestId();
  const second = guestId();
  let talkers: Visitor[] = [];

  it('a ban through process A removes visitors on both processes', async () => {
    const [v1, t1] = [await enter(first), await enter()];
    const [v2, t2] = [await enter(second), await enter()];
    talkers = [t1!, t2!];
    expect(v1!.room.roomId).not.toBe(v2!.room.roomId);
    // A new shard opens on the process with fewer rooms: one shard on each.
    expect([await shards(a), await shards(b)]).toEqual([1, 1]);

    for (const id of [first, second]) {
      const r = await api('/actions', { method: 'POST', body: JSON.stringify({ action: 'ban', guestId: id, minutes: 60, reason: '다중 프로세스 차단' }) });
      expect(r.status).toBe(201);
    }
    await waitFor(() => v1!.closed() !== null && v2!.closed() !== null, 5000, 'both removed');
    expect([v1!.closed(), v2!.closed()]).toEqual([CLOSE_CODE.banned, CLOSE_CODE.banned]);
    const audit = (await (await api('/audit?action=ban')).json()) as { entries: AuditEntry[] };
    expect(audit.entries.map((e) => e.target).sort()).toEqual([first, second].sort());
  });

  it('with Redis flushed, the bans still hold (from PostgreSQL) on either process', async () => {
    execFileSync('redis-cli', ['-p', String(redis.port), 'FLUSHALL']);
    await expect(visit(b.url.replace('http:', 'ws:'), as(second))).rejects.toThrow();
    await expect(visit(a.url.replace('http:', 'ws:'), as(first))).rejects.toThrow();
    // …and only they are refused: someone else still gets in.
    const other = await visit(b.url.replace('http:', 'ws:'), as(guestId()));
    open.push(other);
    expect(other.closed()).toBeNull();
  });

  /** Says a line: 'said' when it came back, else the refusal's code (a rate-limit refusal is waited out and said again). */
  const say = async (v: Visitor, text: string): Promise<string> => {
    for (let i = 0; i < 10; i++) {
      const refused = v.msgs['rejected']!.length;
      v.room.send('chat', { scope: 'nearby', text });
      await waitFor(() => lines(v).some((l) => l.text === text) || v.msgs['rejected']!.length > refused, 3000, 'own line or refusal');
      const refusal = v.msgs['rejected']![refused] as { code: string; retryAfterMs?: number } | undefined;
      if (!refusal) return 'said';
      if (refusal.code !== 'rateLimited' && refusal.code !== 'networkBusy') return refusal.code;
      await new Promise((r) => setTimeout(r, refusal.retryAfterMs ?? 500));
    }
    return 'rateLimited';
  };

  it('a mute through A holds on B; with Redis flushed it still holds at the next join (from PostgreSQL); lifting it frees them', async () => {
    const id = guestId();
    const onB = await visit(b.url.replace('http:', 'ws:'), as(id));
    open.push(onB);
    expect((await api('/actions', { method: 'POST', body: JSON.stringify({ action: 'mute', guestId: id, minutes: 30 }) })).status).toBe(201);
    // The effect reaches B over pub/sub: say lines until one is refused as muted.
    let code = '';
    for (let i = 0; code !== 'muted' && i < 10; i++) code = await say(onB, `조용히 ${i}`);
    expect(code).toBe('muted');
    const listed = (await (await api('/mutes')).json()) as { mutes: { guestId: string }[] };
    expect(listed.mutes.map((m) => m.guestId)).toEqual([id]);

    await onB.room.leave();
    execFileSync('redis-cli', ['-p', String(redis.port), 'FLUSHALL']);
    const back = await visit(a.url.replace('http:', 'ws:'), as(id));
    open.push(back);
    expect(await say(back, '다시 왔어요')).toBe('muted');

    expect((await api('/actions', { method: 'POST', body: JSON.stringify({ action: 'unmute', guestId: id }) })).status).toBe(201);
    // The lift reaches A's shard over pub/sub: say lines until one is heard.
    code = '';
    for (let i = 0; code !== 'said' && i < 10; i++) code = await say(back, `풀렸나요 ${i}`);
    expect(code).toBe('said');
    expect(((await (await api('/mutes')).json()) as { mutes: unknown[] }).mutes).toEqual([]);
    const audit = (await (await api('/audit?action=unmute')).json()) as { entries: AuditEntry[] };
    expect(audit.entries.map((e) => e.target)).toEqual([id]);
  });

  it('a banned word added through A masks new lines on both processes', async () => {
    expect((await api('/words', { method: 'POST', body: JSON.stringify({ word: '파인애플' }) })).status).toBe(201);
    // The change reaches each shard over pub/sub and a database read: say it until it comes back masked.
    for (const v of talkers) {
      let masked = false;
      for (let i = 0; !masked && i < 20; i++) {
        const text = `파인애플 ${i}`;
        const refused = v.msgs['rejected']!.length;
        v.room.send('chat', { scope: 'nearby', text });
        await waitFor(() => lines(v).some((l) => l.text.endsWith(` ${i}`)) || v.msgs['rejected']!.length > refused, 3000, 'own line');
        const refusal = v.msgs['rejected']![refused] as { retryAfterMs?: number } | undefined;
        if (refusal) await new Promise((r) => setTimeout(r, refusal.retryAfterMs ?? 500));
        else masked = !lines(v).some((l) => l.text === text);
      }
      expect(masked).toBe(true);
    }
  });
});
