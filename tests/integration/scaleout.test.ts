import { RedisPresence } from '@colyseus/redis-presence';
import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol/index.ts';
import { HALL_BYTES } from '../../shared/net/view.ts';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import type { ChatLine } from '../../server/chat/types.ts';
import { startPostgres, type PrivatePostgres } from '../helpers/postgres.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { closePresence, startRedis, type PrivateRedis } from '../load/redis.ts';
import { waitFor } from './room-boot.ts';

const SECRET = 'scaleout-test-secret-0123456789abcdefghijkl';
const METRICS_TOKEN = 'scaleout-metrics-token-0123456789';

/**
 * Two real server processes sharing a real Redis (RedisPresence + RedisDriver, each its own public
 * address) and a real PostgreSQL (the venue): shards on both, hall chat across processes, a process whose shards are closed sends
 * joiners to the other.
 */
describe('scale-out: two processes and Redis', () => {
  let redis: PrivateRedis;
  let postgres: PrivatePostgres;
  let servers: RunningServer[] = [];
  let probe: RedisPresence;
  const rooms: Room[] = [];
  let n = 0;

  beforeAll(async () => {
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    const env = { REDIS_URL: redis.url, DATABASE_URL: postgres.url, SESSION_SECRET: SECRET, HALL_SHARD_CAPACITY: '4', METRICS_TOKEN };
    // No PUBLIC_ADDRESS: with HOST=127.0.0.1 the default (HOST:PORT) is each process's own address.
    servers = await Promise.all([startServer(env), startServer(env)]);
    probe = new RedisPresence(redis.url);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(rooms.map((r) => r.leave().catch(() => 0)));
    for (const s of servers) {
      s.child.kill('SIGTERM');
      await s.exited;
    }
    await closePresence(probe);
    await redis?.stop();
    await postgres?.stop();
  }, 30_000);

  async function join(server: RunningServer): Promise<{ room: Room; chat: ChatLine[] }> {
    const guestId = `scaleout-${++n}`;
    const opts = { protocolVersion: PROTOCOL_VERSION, nickname: `방문객${n}`, colorIndex: n % 8, joinToken: signJoinToken({ guestId, role: 'visitor' }, SECRET, Date.now()) };
    const room = await new Client(server.url.replace('http:', 'ws:')).joinOrCreate('hall', opts);
    room.reconnection.enabled = false;
    rooms.push(room);
    const chat: ChatLine[] = [];
    room.onMessage('chat', (l: ChatLine) => chat.push(l));
    for (const t of ['chatHistory', 'emote', 'announce', 'rejected', HALL_BYTES.view]) room.onMessage(t, () => {});
    return { room, chat };
  }

  /** seeot_shards and seeot_visitors of one process, from its /metrics. */
  async function load(server: RunningServer): Promise<{ shards: number; visitors: number }> {
    const text = await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    const read = (name: string) => Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
    return { shards: read('seeot_shards'), visitors: read('seeot_visitors') };
  }

  it('places shards on both processes, carries hall chat across them, and fills the emptier one', async () => {
    const a = servers[0]!;
    // Four visitors through A: one shard (4 of 4 closes it to matchmaking, above 80%).
    const first: { room: Room; chat: ChatLine[] }[] = [];
    for (let i = 0; i < 4; i++) first.push(await join(a));
    expect(new Set(first.map((v) => v.room.roomId)).size).toBe(1);
    const loads = await Promise.all(servers.map(load));
    const host = loads.findIndex((l) => l.visitors === 4);
    expect(host).toBeGreaterThanOrEqual(0);
    const full = servers[host]!;
    const other = servers[1 - host]!;
    // Wait until the full process's load reached the shared stats (Colyseus persists them ~1/s).
    let statsSeen = false;
    const poll = setInterval(() => {
      void Promise.resolve(probe.hgetall('roomcount')).then((all: Record<string, string>) => {
        statsSeen = Object.values(all ?? {}).some((v) => v.endsWith(',4'));
      });
    }, 50);
    try {
      await waitFor(() => statsSeen, 5000, 'stats in Redis');
    } finally {
      clearInterval(poll);
    }
    // A joiner arriving at the FULL process: its shard is closed, so a new one opens on the other
    // process and the joiner is sent there (a cross-process seat: needs each its public address).
    const next = await join(full);
    expect(next.room.roomId).not.toBe(first[0]!.room.roomId);
    expect(await load(other)).toEqual({ shards: 1, visitors: 1 });
    expect((await load(full)).visitors).toBe(4);
    expect((next.room.state as { shardName: string }).shardName).toBe('2관');

    // Hall chat from a visitor on one process reaches a visitor on the other.
    first[0]!.room.send('chat', { scope: 'hall', text: '다른 프로세스에도 들려요?' });
    await waitFor(() => next.chat.some((l) => l.text === '다른 프로세스에도 들려요?'), 5000, 'hall line across processes');
    // Hall totals add up both processes' shards.
    await waitFor(() => (next.room.state as { hallVisitors: number }).hallVisitors === 5, 5000, 'hall totals across processes');
    await waitFor(() => (first[1]!.room.state as { hallShards: number }).hallShards === 2, 5000, 'both shards in the totals');
  }, 60_000);
});
