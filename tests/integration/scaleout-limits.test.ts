import { RedisPresence } from '@colyseus/redis-presence';
import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol/index.ts';
import { HALL_BYTES } from '../../shared/net/view.ts';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import { SESSION_LIMIT } from '../../server/limits/addressLimits.ts';
import { httpFrom } from '../helpers/boundVisitor.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { closePresence, startRedis, type PrivateRedis } from '../load/redis.ts';
import { startPostgres, type PrivatePostgres } from '../helpers/postgres.ts';
import { waitFor } from './room-boot.ts';

const SECRET = 'scaleout-limits-secret-0123456789abcdefghij';

/**
 * The limits hold across processes: two real servers sharing a real Redis. A join token seated on
 * one process is refused on the other; a guest's hall slow mode follows it to a shard on the other
 * process; an address's session budget is one budget whichever process answers.
 */
describe('limits across processes (Redis)', () => {
  let redis: PrivateRedis;
  let postgres: PrivatePostgres;
  let servers: RunningServer[] = [];
  const rooms: Room[] = [];
  let probe: RedisPresence;
  /** Colyseus' per-process load in Redis ("rooms,visitors" per process), polled while a test waits on it. */
  let roomCounts: string[] = [];
  let poll: ReturnType<typeof setInterval>;

  beforeAll(async () => {
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    // Capacity 2: a shard turns private at its second visitor, so the next one opens elsewhere.
    const env = { REDIS_URL: redis.url, DATABASE_URL: postgres.url, SESSION_SECRET: SECRET, HALL_SHARD_CAPACITY: '2' };
    servers = await Promise.all([startServer(env), startServer(env)]);
    probe = new RedisPresence(redis.url);
    poll = setInterval(() => void Promise.resolve(probe.hgetall('roomcount')).then((all: Record<string, string>) => (roomCounts = Object.values(all ?? {}))), 50);
  }, 60_000);

  afterAll(async () => {
    clearInterval(poll);
    await closePresence(probe);
    await Promise.all(rooms.map((r) => r.leave().catch(() => 0)));
    for (const s of servers) {
      s.child.kill('SIGTERM');
      await s.exited;
    }
    await redis?.stop();
    await postgres?.stop();
  }, 30_000);

  const ws = (s: RunningServer): string => s.url.replace('http:', 'ws:');
  const optionsFor = (guestId: string, joinToken = signJoinToken({ guestId, role: 'visitor' }, SECRET, Date.now())) => ({
    protocolVersion: PROTOCOL_VERSION,
    nickname: '방문객',
    colorIndex: 0,
    joinToken,
  });

  async function join(server: RunningServer, opts: Record<string, unknown>, roomId?: string): Promise<{ room: Room; rejected: { code: string }[] }> {
    const client = new Client(ws(server));
    const room = roomId ? await client.joinById(roomId, opts) : await client.joinOrCreate('hall', opts);
    room.reconnection.enabled = false;
    rooms.push(room);
    const rejected: { code: string }[] = [];
    room.onMessage('rejected', (m: { code: string }) => rejected.push(m));
    for (const t of ['chat', 'chatHistory', 'emote', 'announce', HALL_BYTES.view]) room.onMessage(t, () => {});
    return { room, rejected };
  }

  it('a join token seated through one process is refused through the other', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const opts = optionsFor('g_token_across_01');
    await join(a, opts);
    await expect(join(b, opts)).rejects.toMatchObject({ code: 409, message: 'tokenInUse' });
  });

  it("a guest's hall slow mode follows it to a shard on the other process", async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    // The first test's visitor and this speaker fill shard 1 (capacity 2: private, and full).
    const speaker = await join(a, optionsFor('g_two_tabs_0001'));
    speaker.room.send('chat', { scope: 'hall', text: '1관에서 한 줄' });
    // Shard 2 opens on the process with fewer visitors once the load is in Redis (Colyseus persists it ~1/s).
    await waitFor(() => roomCounts.some((c) => c.endsWith(',2')), 5000, 'load in Redis');
    // The same guest in a second tab, with its own token: no open shard, so the server opens one elsewhere.
    const tab = await join(b, optionsFor('g_two_tabs_0001'));
    expect(tab.room.roomId).not.toBe(speaker.room.roomId);
    await waitFor(() => roomCounts.filter((c) => c.startsWith('1,')).length === 2, 5000, 'one shard per process');
    expect(speaker.rejected).toEqual([]);
    tab.room.send('chat', { scope: 'hall', text: '2관에서 또 한 줄' });
    await waitFor(() => tab.rejected.length > 0, 5000, 'second line answered');
    expect(tab.rejected[0]).toMatchObject({ code: 'slowMode' });
  });

  it('an address has one session budget, whichever process answers', async () => {
    let next = 0;
    let ok = 0;
    await Promise.all(
      Array.from({ length: 20 }, async (_, lane) => {
        while (next < 300) {
          next++;
          const r = await httpFrom('127.0.0.9', `${servers[lane % 2]!.url}/api/session`);
          if (r.status === 200) ok++;
        }
      }),
    );
    // One budget of 100 (+ what refills meanwhile), not one per process.
    expect(ok).toBeGreaterThanOrEqual(SESSION_LIMIT.capacity);
    expect(ok).toBeLessThan(SESSION_LIMIT.capacity + 20);
  }, 30_000);
});
