/**
 * Announcements set for a later time, with two real server processes on one Redis and one
 * PostgreSQL (shards of two visitors, one shard on each process): both processes poll for due
 * announcements, the database's guarded claim gives each to one of them, and the hall bus carries
 * it to every shard, so each visitor sees it once, at its time; a cancelled one never arrives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScheduledAnnouncement } from '../../shared/api/announcements.ts';
import type { AuditEntry } from '../../shared/api/moderation.ts';
import { startScaleOutPair, type ScaleOutPair } from '../helpers/scaleOutPair.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import type { SignedInSession } from '../helpers/staffSession.ts';
import { joinOptions, TEST_SECRET, visit, waitFor, type Visitor } from './room-boot.ts';

/** The permanent exhibition: every database has it. */
const FAIR = 1;
const texts = (v: Visitor) => (v.msgs['announce'] as { text: string }[]).map((m) => m.text);

describe('scheduled announcements across processes (Redis, PostgreSQL)', { timeout: 60_000 }, () => {
  let pair: ScaleOutPair;
  let a: RunningServer;
  let b: RunningServer;
  let admin: SignedInSession;
  const open: Visitor[] = [];

  beforeAll(async () => {
    pair = await startScaleOutPair({ SESSION_SECRET: TEST_SECRET, HALL_SHARD_CAPACITY: '2' });
    ({ a, b, admin } = pair);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(open.filter((v) => v.closed() === null).map((v) => v.room.leave().catch(() => 0)));
    await pair?.stop();
  }, 30_000);

  const api = (path: string, init: RequestInit = {}) => fetch(`${a.url}/api/admin/fairs/${FAIR}/announcements${path}`, { ...init, headers: admin.headers() });
  const schedule = async (text: string, inMs: number): Promise<ScheduledAnnouncement> => {
    const r = await api('', { method: 'POST', body: JSON.stringify({ text, sendAt: Date.now() + inMs }) });
    expect(r.status).toBe(201);
    return (await r.json()) as ScheduledAnnouncement;
  };
  const pending = async () => ((await (await api('')).json()) as { announcements: ScheduledAnnouncement[] }).announcements.map((x) => x.text);
  const enter = async (on: RunningServer) => {
    const v = await visit(on.url.replace('http:', 'ws:'), joinOptions());
    open.push(v);
    return v;
  };

  it('reaches a visitor on each process once at its time; a cancelled one never arrives', async () => {
    const v1 = await enter(a);
    const v2 = await enter(b);

    const past = await api('', { method: 'POST', body: JSON.stringify({ text: '지난 시각', sendAt: Date.now() - 1000 }) });
    expect([past.status, await past.json()]).toEqual([400, { error: 'invalid', fields: ['sendAt'] }]);

    const cancelled = await schedule('취소된 안내', 1500);
    await schedule('곧 시상식이 시작됩니다', 3000);
    expect(await pending()).toEqual(['취소된 안내', '곧 시상식이 시작됩니다']);
    expect((await api(`/${cancelled.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/${cancelled.id}`, { method: 'DELETE' })).status).toBe(404);
    expect(await pending()).toEqual(['곧 시상식이 시작됩니다']);

    await waitFor(() => [v1, v2].every((v) => texts(v).includes('곧 시상식이 시작됩니다')), 15_000, 'the announcement on both processes');
    // One more round through both processes' polls: had either sent the first twice, or the cancelled one, it would be here by now.
    await schedule('마감 10분 전입니다', 1200);
    await waitFor(() => [v1, v2].every((v) => texts(v).includes('마감 10분 전입니다')), 15_000, 'the second announcement');
    for (const v of [v1, v2]) expect(texts(v)).toEqual(['곧 시상식이 시작됩니다', '마감 10분 전입니다']);
    expect(await pending()).toEqual([]);

    const audit = (await (await fetch(`${a.url}/api/admin/moderation/audit`, { headers: admin.headers() })).json()) as { entries: AuditEntry[] };
    const actions = audit.entries.map((e) => e.action);
    expect(actions.filter((x) => x === 'announcementScheduled')).toHaveLength(3);
    expect(actions).toContain('announcementCancelled');
  });
});
