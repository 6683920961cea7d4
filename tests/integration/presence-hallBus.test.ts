import { LocalPresence, type Presence } from '@colyseus/core';
import { RedisPresence } from '@colyseus/redis-presence';
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatLine } from '../../server/chat/types.ts';
import { createModerationService } from '../../server/moderation/moderationService.ts';
import { createHallBus } from '../../server/presence/hallBus.ts';
import { freePort } from '../helpers/serverProcess.ts';
import { closePresence } from '../load/redis.ts';

const line = (id: string, text: string): ChatLine => ({
  id, scope: 'hall', boothId: null, senderId: 's1', shardId: 'A', nickname: '손님', staff: false, text, at: 1,
});

/**
 * Waits for a condition on what a presence delivers: a raw listener on the hall topic (registered
 * after the bus's own, so it runs after the bus has handled each message) re-checks on every
 * delivery. No timers except the give-up.
 */
async function watcher(p: Presence, topic: string) {
  const waiters = new Set<() => void>();
  const tap = () => waiters.forEach((w) => w());
  await p.subscribe(topic, tap);
  return {
    until<T>(check: () => T | undefined, ms = 5000): Promise<T> {
      return new Promise((resolve, reject) => {
        const done = (v: T) => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(v);
        };
        const wake = () => {
          const v = check();
          if (v !== undefined) done(v);
        };
        const timer = setTimeout(() => (waiters.delete(wake), reject(new Error('condition not met in time'))), ms);
        waiters.add(wake);
        wake();
      });
    },
    stop: () => p.unsubscribe(topic, tap),
  };
}

/** Two shards' buses over `pa` and `pb` (the same one for local, two connections for Redis). */
async function exercise(pa: Presence, pb: Presence) {
  const clock = { t: 10_000 };
  const now = () => clock.t;
  const a = createHallBus(pa, 'A', now, { hall: 'test' });
  const b = createHallBus(pb, 'B', now, { hall: 'test' });
  await Promise.all([a.ready, b.ready]);
  const wa = await watcher(pa, a.topic);
  const wb = await watcher(pb, b.topic);
  const gotA: ChatLine[] = [];
  const gotB: ChatLine[] = [];
  const deleted: string[] = [];
  const announced: string[] = [];
  a.onChat((l) => gotA.push(l));
  const authors: string[] = [];
  b.onChat((l, author) => (gotB.push(l), authors.push(author)));
  b.onDeletion((id) => deleted.push(id));
  a.onAnnouncement((x) => announced.push(x.text));

  // Hall chat crosses; a shard never hears its own lines back.
  // The author's guest id rides along, server to server (a report on B names whom to act on).
  a.publishChat(line('m1', '안녕하세요'), 'g_author');
  await wb.until(() => (gotB.length === 1 ? true : undefined));
  expect(gotB[0]).toEqual(line('m1', '안녕하세요'));
  expect(authors).toEqual(['g_author']);
  a.publishDeletion('m1');
  b.announce('곧 폐장합니다', '운영팀', 'ann1');
  await wb.until(() => (deleted.length === 1 ? true : undefined));
  await wa.until(() => (announced.length === 1 ? true : undefined));
  expect(deleted).toEqual(['m1']);
  expect(announced).toEqual(['곧 폐장합니다']);
  expect(gotA).toEqual([]);

  // Totals: the sum of both shards' counts, booth by booth, booth hosts too.
  expect(a.reportCounts({ visitors: 10, booths: { 'coop-a': 3, 'coop-b': 1 }, hosts: { 'coop-a': 1 } })).toBe(true);
  expect(b.reportCounts({ visitors: 5, booths: { 'coop-a': 2 }, hosts: { 'coop-a': 1 } })).toBe(true);
  // Throttled to 2×/s: a second report within 500 ms is kept locally but not published.
  expect(b.reportCounts({ visitors: 6, booths: { 'coop-a': 2 }, hosts: { 'coop-a': 1 } })).toBe(false);
  const totalsA = await wa.until(() => (a.totals().shards === 2 ? a.totals() : undefined));
  expect(totalsA).toEqual({ visitors: 15, booths: { 'coop-a': 5, 'coop-b': 1 }, hosts: { 'coop-a': 2 }, shards: 2 });
  await wb.until(() => (b.totals().shards === 2 ? true : undefined));
  // b's own unpublished report (6, not 5) counts at once.
  expect(b.totals()).toEqual({ visitors: 16, booths: { 'coop-a': 5, 'coop-b': 1 }, hosts: { 'coop-a': 2 }, shards: 2 });

  // A shard that stops reporting drops out once stale (3 s by default).
  clock.t += 3001;
  expect(a.totals()).toEqual({ visitors: 10, booths: { 'coop-a': 3, 'coop-b': 1 }, hosts: { 'coop-a': 1 }, shards: 1 });
  await Promise.all([wa.stop(), wb.stop()]);
  return { a, b, clock };
}

describe('hall bus on LocalPresence (one process)', () => {
  it('shares hall chat, deletions, announcements and totals between shards', async () => {
    const p = new LocalPresence();
    const { a, b } = await exercise(p, p);
    await b.dispose();
    await a.dispose();
    expect(await p.channels('seeot:hall:*')).toEqual([]); // dispose removed both listeners
  });

  it('drops a shard that says bye at once, and ignores malformed envelopes', async () => {
    const p = new LocalPresence();
    const a = createHallBus(p, 'A', () => 0);
    const b = createHallBus(p, 'B', () => 0);
    b.reportCounts({ visitors: 4, booths: {} });
    expect(a.totals().visitors).toBe(4); // LocalPresence delivers synchronously
    p.publish(a.topic, { t: 'counts', from: 'C', counts: { visitors: -1, booths: {} } });
    p.publish(a.topic, { t: 'chat', from: 'C', line: { ...line('bad id!', 'x') } });
    p.publish(a.topic, 'garbage');
    expect(a.totals().shards).toBe(1);
    await b.dispose();
    expect(a.totals().shards).toBe(0);
    await a.dispose();
  });
});

describe('hall bus and moderation on a real Redis (two processes’ presences)', () => {
  let redis: ChildProcess;
  let port: number;
  const presences: RedisPresence[] = [];
  beforeAll(async () => {
    port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    await redisAnswers(port, redis);
  }, 20_000);
  afterAll(async () => {
    await Promise.all(presences.map(closePresence));
    redis.kill('SIGTERM');
    await new Promise((r) => (redis.exitCode !== null ? r(null) : redis.once('exit', r)));
  });
  const presence = () => {
    const p = new RedisPresence(`redis://127.0.0.1:${port}`);
    presences.push(p);
    return p;
  };

  it('shares hall chat and totals across two RedisPresence connections', async () => {
    const pa = presence();
    const pb = presence();
    const { a, b } = await exercise(pa, pb);
    await Promise.all([a.dispose(), b.dispose()]);
    expect(await pa.channels('seeot:hall:*')).toEqual([]);
  }, 20_000);

  it('shares bans across processes: banned on one, refused at join on the other', async () => {
    const log = { info: () => {}, warn: () => {} } as never;
    const t = Date.now();
    const m1 = createModerationService({ presence: presence(), log, now: () => t });
    const m2 = createModerationService({ presence: presence(), log, now: () => t });
    await m1.ban({ role: 'staff', name: 'ops' }, { guestId: 'g_redisredisredis', address: '10.1.1.1' }, 5, 'test');
    expect((await m2.checkJoin({ guestId: 'g_redisredisredis', address: null })).ok).toBe(false);
    expect((await m2.checkJoin({ guestId: 'g_othersothersoth', address: '10.1.1.1' })).ok).toBe(false);
    await m2.unban({ role: 'staff', name: 'ops' }, 'a:10.1.1.1');
    expect((await m1.checkJoin({ guestId: 'g_othersothersoth', address: '10.1.1.1' })).ok).toBe(true);
  }, 20_000);
});

/** Waits for redis-server's ready line, then confirms with a real PING (event-driven, no sleeps). */
async function redisAnswers(port: number, child: ChildProcess): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${out}`)), 15_000);
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}):\n${out}`)));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const pong = await new Promise<string>((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => s.write('PING\r\n'));
    s.once('data', (d) => (resolve(d.toString()), s.end()));
    s.once('error', reject);
  });
  expect(pong).toBe('+PONG\r\n');
}
