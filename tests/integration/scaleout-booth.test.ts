import { connect } from 'node:net';
import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, SERVER_MESSAGE_TYPES, type ChatLine, type ServerMessages } from '../../shared/protocol/index.ts';
import { HALL_BYTES } from '../../shared/net/view.ts';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import { startPostgres, type PrivatePostgres } from '../helpers/postgres.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { startRedis, type PrivateRedis } from '../load/redis.ts';
import { waitFor } from './room-boot.ts';

const SECRET = 'scaleout-booth-secret-0123456789abcdefghijk';
const BOOTH = 'cut-the-trash';
/** Issue 10 §3: "broadcast to every viewer within 1 s". */
const WITHIN = 1000;
const METRICS_TOKEN = 'scaleout-booth-metrics-0123456789';

interface Reader {
  room: Room;
  msgs: Record<string, unknown[]>;
}

/**
 * Issue 10 §3 with two real server processes sharing a real Redis (and PostgreSQL for the venue):
 * a booth's lines, hearts and pinned notice are one across processes, and a shard that starts
 * later reads the booth's history from Redis. Shards of two (HALL_SHARD_CAPACITY 2): a full one
 * sends the next joiner to a new shard, on the emptier process.
 */
describe('scale-out: one booth conversation across processes', () => {
  let redis: PrivateRedis;
  let postgres: PrivatePostgres;
  let servers: RunningServer[] = [];
  const rooms: Room[] = [];
  let n = 0;

  beforeAll(async () => {
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    const env = { REDIS_URL: redis.url, DATABASE_URL: postgres.url, SESSION_SECRET: SECRET, HALL_SHARD_CAPACITY: '2', ADDRESS_LIMITS_EXEMPT: 'loopback', METRICS_TOKEN };
    servers = await Promise.all([startServer(env), startServer(env)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(rooms.map((r) => r.leave().catch(() => 0)));
    for (const s of servers) {
      s.child.kill('SIGTERM');
      await s.exited;
    }
    await redis?.stop();
    await postgres?.stop();
  }, 30_000);

  /** A /list reader of BOOTH through `server` (`hostOf`: a member's booths). */
  async function read(server: RunningServer, hostOf?: string[]): Promise<Reader> {
    const guestId = `scaleout-booth-${++n}`;
    const joinToken = signJoinToken({ guestId, role: 'visitor', ...(hostOf ? { hostOf } : {}) }, SECRET, Date.now());
    const opts = { protocolVersion: PROTOCOL_VERSION, nickname: `방문객${n}`, colorIndex: n % 8, joinToken, view: 'list', boothId: BOOTH };
    const room = await new Client(server.url.replace('http:', 'ws:')).joinOrCreate('hall', opts);
    room.reconnection.enabled = false;
    rooms.push(room);
    const msgs: Record<string, unknown[]> = {};
    for (const t of SERVER_MESSAGE_TYPES) {
      msgs[t] = [];
      room.onMessage(t, (m: unknown) => msgs[t]!.push(m));
    }
    room.onMessage(HALL_BYTES.view, () => {});
    return { room, msgs };
  }

  /**
   * Until the process stats in Redis (`roomcount`: "rooms,ccu" per process, persisted by Colyseus
   * about once a second) show `ccu` visitors on some process. Asked over a plain socket: a
   * RedisPresence as the probe leaves its QUIT to reject once Redis stops.
   */
  async function statsShow(ccu: number): Promise<void> {
    const ask = (): Promise<string> =>
      new Promise((resolve) => {
        let out = '';
        const s = connect(redis.port, '127.0.0.1', () => s.write('HGETALL roomcount\r\nQUIT\r\n'));
        s.on('data', (d: Buffer) => void (out += d.toString()));
        s.once('close', () => resolve(out));
        s.once('error', () => resolve(''));
      });
    const end = Date.now() + 5000;
    while (!(await ask()).includes(`,${ccu}\r\n`)) {
      if (Date.now() > end) throw new Error('timed out waiting for stats in Redis');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** seeot_visitors of one process, from its /metrics. */
  async function visitors(server: RunningServer): Promise<number> {
    const text = await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    return Number(/^seeot_visitors (\d+)/m.exec(text)?.[1] ?? NaN);
  }

  const texts = (r: Reader): string[] => (r.msgs['chat'] as ChatLine[]).map((l) => l.text);
  const count = (r: Reader): number => (r.msgs['boothHearts'] as ServerMessages['boothHearts'][]).at(-1)?.count ?? -1;
  const notice = (r: Reader) => (r.msgs['boothNotice'] as ServerMessages['boothNotice'][]).at(-1)?.notice;
  const history = (r: Reader): string[] | undefined => (r.msgs['chatHistory'] as ServerMessages['chatHistory'][])[0]?.booth.map((l) => l.text);

  it("lines, hearts and the pinned notice cross processes within a second; a shard started later gets the booth's history", async () => {
    const a = await read(servers[0]!);
    const a2 = await read(servers[0]!);
    expect(a2.room.roomId).toBe(a.room.roomId);
    await statsShow(2);
    // a's shard is full and its process the busier: the next shard opens on the other one.
    const b = await read(servers[0]!);
    expect(b.room.roomId).not.toBe(a.room.roomId);
    expect((await Promise.all(servers.map(visitors))).sort()).toEqual([1, 2]);

    let t0 = Date.now();
    a.room.send('chat', { scope: 'booth', text: '프로세스 너머로' });
    await waitFor(() => texts(b).includes('프로세스 너머로'), WITHIN, 'the line on the other process');
    expect(Date.now() - t0).toBeLessThan(WITHIN);

    await waitFor(() => count(a) === 0 && count(b) === 0, 3000, 'the count on arrival');
    t0 = Date.now();
    for (let i = 0; i < 3; i++) a.room.send('emote', { kind: 'heart' });
    for (let i = 0; i < 4; i++) b.room.send('emote', { kind: 'heart' });
    await waitFor(() => count(a) === 7 && count(b) === 7, WITHIN, 'the sum on both processes');
    expect(Date.now() - t0).toBeLessThan(WITHIN);

    const member = await read(servers[1]!, [BOOTH]); // b's shard has a seat left: the member takes it
    t0 = Date.now();
    member.room.send('notice', { boothId: BOOTH, text: '오후 2시 라이브' });
    await waitFor(() => notice(a)?.text === '오후 2시 라이브' && notice(b)?.text === '오후 2시 라이브', WITHIN, 'the notice on both processes');
    expect(Date.now() - t0).toBeLessThan(WITHIN);

    // Both shards are full: a shard that did not exist when the line was said opens (on either
    // process) and reads the booth's history, hearts and notice from Redis.
    const late = await read(servers[1]!);
    expect([a.room.roomId, b.room.roomId]).not.toContain(late.room.roomId);
    await waitFor(() => history(late) !== undefined && count(late) === 7 && notice(late)?.text === '오후 2시 라이브', 3000, 'the booth on arrival');
    expect(history(late)).toEqual(['프로세스 너머로']);
  }, 60_000);
});
