import { Writable } from 'node:stream';
import type { ColyseusTestServer } from '@colyseus/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32, type Rng } from '../../shared/net/prng.ts';
import { CLOSE_CODE } from '../../shared/protocol/index.ts';
import type { ChatLine } from '../../server/chat/types.ts';
import type { Logger } from '../../server/logger.ts';
import type { HallRoom } from '../../server/rooms/HallRoom.ts';
import { fuzzAction, rawFrame } from '../load/fuzzMessages.ts';
import { bootHall, joinOptions, own, visit, waitFor, type Visitor } from './room-boot.ts';

const TOTAL = 100_000;
const BOTS = 6; // connections blasting at once; each is replaced when the server cuts it
const SEED = 0x5eeed;
/**
 * How a bot may end: our flood cut; Colyseus' own 4002 for a frame that is not msgpack (no SDK
 * client sends one) and 4000 for a raw LEAVE_ROOM byte; the transport's 1009 for a frame over 4 KB;
 * 0 = the bot left when the budget ran out.
 */
const EXPECTED_CLOSES = new Set([CLOSE_CODE.flood, 4002, 4000, 1009, 0]);

type BotKind = 'random' | 'chatFlood' | 'volume' | 'raw';
const KINDS: BotKind[] = ['random', 'random', 'random', 'chatFlood', 'volume', 'raw'];

/**
 * 100,000 random and malformed messages from bots into one shard where two honest visitors walk and
 * talk. The room keeps running; the honest visitors keep moving (their view messages keep coming,
 * positions change) and chatting (lines arrive); flooding bots are cut with CLOSE_CODE.flood and a
 * logged reason.
 */
describe('hall fuzz', () => {
  let colyseus: ColyseusTestServer;
  let url: string;
  const logLines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n')) if (line) logLines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    // The bots reconnect hundreds of times a minute from 127.0.0.1, which the per-address limits
    // rightly refuse (abuse-limits.test.ts); this test is about the room under hostile messages.
    ({ colyseus, url } = await bootHall({ ADDRESS_LIMITS_EXEMPT: 'loopback' }, pino({ level: 'warn' }, sink) as unknown as Logger));
  });
  afterAll(async () => {
    await colyseus.shutdown();
  });

  /** One bot connection: sends until the server closes it, then resolves with the close code. */
  async function runBot(kind: BotKind, rng: Rng, roomId: string, budget: () => boolean, sent: () => void): Promise<number> {
    const bot = await visit(url, joinOptions(), roomId);
    bot.room.reconnection.enabled = false;
    for (;;) {
      const code = bot.closed();
      if (code !== null) return code;
      if (!budget()) {
        await bot.room.leave();
        return 0;
      }
      // A burst, then yield: the close reaches us between bursts.
      for (let i = 0; i < 25 && budget() && bot.room.connection.isOpen; i++) {
        sent();
        try {
          if (kind === 'raw' && rng() < 0.3) bot.room.connection.send(rawFrame(rng));
          else if (kind === 'chatFlood') bot.room.send('chat', { scope: 'nearby', text: `도배 ${i}` });
          else if (kind === 'volume') bot.room.send('move', { seq: i, kind: 'dir', dx: 1, dz: 0, run: true });
          else {
            const a = fuzzAction(rng);
            if (a.kind === 'bytes') bot.room.sendBytes(a.type, a.bytes);
            else if (a.kind === 'raw') bot.room.connection.send(a.bytes);
            else bot.room.send(a.type, a.payload);
          }
        } catch {
          // The SDK refuses to encode some values (that is the client's problem, and counts as sent).
        }
      }
      await new Promise((r) => setImmediate(r));
    }
  }

  it('survives 100,000 hostile messages while honest visitors move and chat', async () => {
    const honest = [await visit(url), await visit(url)] as [Visitor, Visitor];
    const roomId = honest[0].room.roomId;
    const room = colyseus.getRoomById(roomId) as unknown as HallRoom;
    for (const v of honest) await v.view.until(() => own(v) !== undefined, 5000, 'own avatar');

    // Honest behaviour: hold a direction (turning around every 1.5 s) and say a line every 2.5 s.
    let seq = 0;
    let dir = 1;
    const mover = setInterval(() => honest.forEach((v) => v.room.send('move', { seq: ++seq, kind: 'dir', dx: dir, dz: 0, run: false })), 50);
    const turner = setInterval(() => (dir = -dir), 1500);
    let said = 0;
    const talker = setInterval(() => honest[said++ % 2]!.room.send('chat', { scope: 'nearby', text: `정직한 말 ${said}` }), 2500);
    // Per second: view messages so far, and how far each honest avatar ranged (min..max x) in it.
    const checks: { views: number[]; range: number[] }[] = [];
    const seen = honest.map(() => [] as number[]);
    honest.forEach((v, h) => v.room.onMessage(1, () => seen[h]!.push(own(v)?.x ?? NaN)));
    const sampler = setInterval(() => {
      checks.push({ views: honest.map((v) => v.view.messages), range: seen.map((xs) => Math.max(...xs) - Math.min(...xs)) });
      for (const xs of seen) xs.length = 0;
    }, 1000);

    let sent = 0;
    const closes: Record<number, number> = {};
    const rng = mulberry32(SEED);
    const t0 = performance.now();
    try {
      await Promise.all(
        Array.from({ length: BOTS }, async (_, lane) => {
          for (let n = 0; sent < TOTAL; n++) {
            const code = await runBot(KINDS[(lane + n) % KINDS.length]!, rng, roomId, () => sent < TOTAL, () => void sent++);
            closes[code] = (closes[code] ?? 0) + 1;
          }
        }),
      );
      // Honest visitors are still served after the storm.
      const before = honest.map((v) => v.view.messages);
      await waitFor(() => honest.every((v, i) => v.view.messages > before[i]! + 5), 5000, 'views still coming');
    } finally {
      clearInterval(mover);
      clearInterval(turner);
      clearInterval(talker);
      clearInterval(sampler);
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(`[fuzz] ${sent} messages from ${Object.values(closes).reduce((s, n) => s + n, 0)} bot connections in ${seconds.toFixed(1)} s; closes by code ${JSON.stringify(closes)}; room counters ${JSON.stringify(room.counters)}, floods ${room.hub.floods}`);

    expect(sent).toBe(TOTAL);
    expect(colyseus.getRoomById(roomId)).toBeDefined(); // the room kept running
    for (const v of honest) {
      expect(v.closed()).toBeNull();
      expect(v.msgs['rejected']).toEqual([]);
    }
    // Every second of the storm, both honest visitors got view messages, and they kept moving.
    for (let i = 1; i < checks.length; i++) for (const h of [0, 1]) expect(checks[i]!.views[h]!, `second ${i}`).toBeGreaterThan(checks[i - 1]!.views[h]!);
    for (const [i, c] of checks.entries()) for (const h of [0, 1]) expect(c.range[h]!, `moved in second ${i}`).toBeGreaterThan(0.5);
    // Their lines arrived at each other.
    const heard = (v: Visitor) => (v.msgs['chat'] as ChatLine[]).filter((l) => l.text.startsWith('정직한 말')).length;
    expect(heard(honest[0])).toBeGreaterThanOrEqual(Math.floor(said * 0.9) - 1);
    expect(heard(honest[1])).toBe(heard(honest[0]));
    // Floods were cut with our close code, and the log says why, structured.
    expect(closes[CLOSE_CODE.flood]).toBeGreaterThan(100);
    expect(Object.keys(closes).map(Number).filter((c) => !EXPECTED_CLOSES.has(c))).toEqual([]);
    const floodLogs = logLines.filter((l) => l['reason'] === 'flood' && l['closeCode'] === CLOSE_CODE.flood);
    expect(floodLogs.length).toBe(room.hub.floods);
    expect(floodLogs.length).toBeGreaterThanOrEqual(closes[CLOSE_CODE.flood]!);
    expect(floodLogs[0]).toMatchObject({ level: 40, msg: 'closing connection: flood', room: roomId });
    expect(['rejections', 'volume']).toContain(floodLogs[0]!['rule']);
    for (const v of honest) await v.room.leave();
  }, 90_000);
});
