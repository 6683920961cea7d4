/**
 * Load bots for the benches: N visitors on @colyseus/sdk (over the `ws` package), in their own
 * process so the servers are measured alone. Prints progress lines the bench reads (JOINED,
 * WINDOW_START, WINDOW_END) and finally `RESULT {json}`.
 *
 *   node tests/load/bots.ts --url ws://127.0.0.1:2567 --visitors 1000 [--room hall] [--warmup 6]
 *        [--window 20] [--probes 24] [--watchers 100|all] [--shards 2] [--urls ws://a,ws://b]
 *        [--chat 1|0] [--hall-chat-per-min 20]
 *
 * Cheap by design, so that one core of bots outlasts the servers: only --watchers bots (spread
 * evenly over the crowd and the shards) and the probes decode anything. Every other bot sends its
 * inputs and counts the bytes it receives; its messages never reach the SDK's decoder.
 * --shards k: bot i joins shard i % k. Shard j's first bot joinOrCreates (through --urls[j], else
 * --url), the rest of its bots join that shard by id (an invite); before shard j+1 is asked for,
 * shard j must have turned private (the server's overflow rule, so the bench sets
 * HALL_SHARD_CAPACITY just above N/k): the server, not the bots, opens the next shard.
 * Chat at a visitor's pace (--chat 1, default): each bot says a nearby or booth line about once a
 * minute and sends a reaction about every 40 s; --hall-chat-per-min lines a minute go to hall chat,
 * across all bots (each reaches every visitor of every shard).
 */
// First: it makes the SDK, imported next, use the `ws` package (see wireCounter.ts).
import { countReads } from './wireCounter.ts';
import { Client, type Room } from '@colyseus/sdk';
import type { WebSocket } from 'ws';
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { mulberry32, type Rng } from '../../shared/net/prng.ts';
import { quantizeHeading8 } from '../../shared/net/quantize.ts';
import { PROTOCOL_VERSION, SERVER_MESSAGE_TYPES, venueFingerprint } from '../../shared/protocol/index.ts';
import { createCollisionWorld, layoutWorld, type Vec2 } from '../../shared/world/index.ts';
import { decodeView, HALL_BYTES } from '../../shared/net/view.ts';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import { isWatcher, nextClickTarget, percentile, planBots, PROBE_DIRS, probesFor, type BotPlan, type Probes } from './botPlan.ts';

const { values: a } = parseArgs({
  options: {
    url: { type: 'string', default: 'ws://127.0.0.1:2567' },
    visitors: { type: 'string', default: '1000' },
    room: { type: 'string', default: 'hall' },
    warmup: { type: 'string', default: '6' },
    window: { type: 'string', default: '20' },
    probes: { type: 'string', default: '24' },
    watchers: { type: 'string', default: '100' },
    batch: { type: 'string', default: '50' },
    shards: { type: 'string', default: '1' },
    urls: { type: 'string' },
    chat: { type: 'string', default: '1' },
    'hall-chat-per-min': { type: 'string', default: '20' },
    /** Write every latency sample (time, ms, probe slot, watcher) as JSON lines here, for digging. */
    dump: { type: 'string' },
  },
});
const N = Number(a.visitors);
/**
 * Join tokens are minted here with the server's SESSION_SECRET (the bench passes the same one to
 * both), as GET /api/session would: a thousand HTTP round trips would only slow the ramp-up.
 */
const SECRET = process.env['SESSION_SECRET'] ?? '';
if (SECRET.length < 32) throw new Error('bots: SESSION_SECRET (the server\'s) is required to sign join tokens');
const WATCHERS = a.watchers === 'all' ? N : Math.min(N, Number(a.watchers));
const SHARDS = Number(a.shards);
const URLS = (a.urls ?? a.url).split(',');
const layout = layoutWorld(CATALOGUE);
const world = createCollisionWorld(layout);
/** Sent on joining, as /world does: the layout these bots decode positions against. */
const VENUE = venueFingerprint(layout);
const plans = planBots(N, layout, world, Number(a.probes));
const now = (): number => performance.now();

interface Bot {
  i: number;
  plan: BotPlan;
  room: Room;
  /** Decodes its views: move→seen samples, ticks, moving/at-booth shares. */
  watcher: boolean;
  slot: number;
  seq: number;
  dir: Vec2;
  nextTurn: number;
  nextClick: number;
  moving: boolean;
  atBooth: boolean;
  /** Probes in view: slot → since when (a probe first seen after its turn is not a latency sample). */
  probesInView: Map<number, number>;
  /** Probe slot → change time already timed by this bot. */
  timed: Map<number, number>;
  probes: Probes;
  nextChat: number;
  nextEmote: number;
  /**
   * Its own generator (seeded by its index): a shared one handed each bot whatever draw came next in
   * the order the timers fired, so two runs' crowds walked differently (the server's CPU for one
   * configuration read 46% or 64% of a core from run to run, with more views to build in the denser runs).
   */
  rng: Rng;
}

const probesByRoom = new Map<string, Probes>();
const probesOf = (roomId: string): Probes => probesFor(probesByRoom, roomId);

let measuring = false;
let bytes = 0;
let messages = 0;
let viewMessages = 0;
let latencies: number[] = [];
let rejected = 0;
/** Connections that closed before the bots left: a server that drops visitors under load fails the run. */
let dropped = 0;
let leaving = false;
let chatSent = 0;
let chatReceived = 0;
const dumpLines: string[] = [];

function wsOverhead(n: number): number {
  return n < 126 ? 2 : n < 65536 ? 4 : 10; // server→client frames are unmasked
}

function onView(bot: Bot, payload: Uint8Array): void {
  if (!bot.watcher) return;
  if (measuring) viewMessages++;
  const t = now();
  const { heading: probeHeading, changeAt: probeChangeAt } = bot.probes;
  const r = decodeView(
    payload,
    (slot, _x, _z, qh, flags) => {
      if (slot === bot.slot) {
        bot.moving = (flags & 1) !== 0;
        bot.atBooth = (flags & 8) !== 0;
        return;
      }
      if (probeHeading[slot]! < 0) return;
      if (!bot.probesInView.has(slot)) bot.probesInView.set(slot, t);
      const at = probeChangeAt[slot]!;
      if (qh === probeHeading[slot] && bot.timed.get(slot) !== at) {
        bot.timed.set(slot, at);
        if (measuring && bot.probesInView.get(slot)! < at) {
          latencies.push(t - at);
          if (a.dump) dumpLines.push(JSON.stringify([Math.round(t), Math.round(t - at), slot, bot.slot]));
        }
      }
    },
    (slot) => bot.probesInView.delete(slot),
  );
  if (measuring && r.ok) {
    // Server ticks seen in the window (frame headers carry the tick): did each shard keep 20 Hz?
    bot.probes.firstTick = Math.min(bot.probes.firstTick, r.tick);
    bot.probes.lastTick = Math.max(bot.probes.lastTick, r.tick);
  }
}

/** Counts a decoded message as on the wire: payload plus the WebSocket frame header. */
function count(data: ArrayBuffer): void {
  if (!measuring) return;
  bytes += data.byteLength + wsOverhead(data.byteLength);
  messages++;
}

/** What a counting bot's socket read (frame headers included, as `count` adds them). */
function countWire(n: number): void {
  if (measuring) bytes += n;
}

async function join(i: number, url: string, roomId: string | null): Promise<Bot> {
  const client = new Client(url);
  const guestId = `bot-${String(i).padStart(6, '0')}`;
  // Its own token per bot, as each browser fetches its own from GET /api/session.
  const joinToken = signJoinToken({ guestId, role: 'visitor' }, SECRET, Date.now());
  const opts = { protocolVersion: PROTOCOL_VERSION, nickname: `봇${i}`, colorIndex: i % 8, joinToken, venue: VENUE };
  const room = roomId ? await client.joinById(roomId, opts) : await client.joinOrCreate(a.room, opts);
  const t = now();
  const plan = plans[i]!;
  const rng = mulberry32(0x5ee07 + i * 0x9e3779b9);
  const bot: Bot = {
    i, plan, room, watcher: isWatcher(i, N, WATCHERS, SHARDS), slot: -1, seq: 0, dir: { x: 0, z: 0 }, nextTurn: 0, nextClick: 0, moving: false, atBooth: false,
    probesInView: new Map(), timed: new Map(), probes: probesOf(room.roomId), nextChat: t + rng() * 60_000, nextEmote: t + rng() * 40_000, rng,
  };
  room.reconnection.enabled = false;
  room.onLeave(() => void (leaving || dropped++));
  const conn = room.connection.events;
  // Probes decode state too: the roster tells them their slot, which is what watchers look for.
  if (bot.watcher || plan.probe) {
    const original = conn.onmessage!;
    conn.onmessage = (e: MessageEvent) => {
      count(e.data as ArrayBuffer);
      original(e);
    };
    room.onMessage(HALL_BYTES.view, (payload: Uint8Array) => onView(bot, payload));
    room.onMessage('rejected', () => void rejected++);
    room.onMessage('chat', () => void (measuring && bot.watcher && chatReceived++));
    // Every other message of the contract gets a no-op: unhandled, the SDK logs a warning for each (about a
    // thousand lines a second while booth edits land), and a list of our own would miss the next new type.
    for (const type of SERVER_MESSAGE_TYPES) if (type !== 'rejected' && type !== 'chat') room.onMessage(type, () => {});
    room.onStateChange(() => {
      if (bot.slot < 0) bot.slot = (room.state as { roster?: Map<string, { slot: number }> }).roster?.get(room.sessionId)?.slot ?? -1;
    });
  } else {
    countReads((room.connection.transport as unknown as { ws: WebSocket }).ws, countWire);
  }
  // Booth-goers click their booth as soon as they are in: by the measurement window they stand there.
  if (plan.role === 'booth') {
    bot.nextClick = now() + 10_000;
    send(bot, { seq: ++bot.seq, kind: 'walkTo', target: plan.target! });
  }
  return bot;
}

function send(bot: Bot, msg: unknown): void {
  bot.room.send('move', msg);
}

/**
 * Inputs every 50 ms like the client's fixed step, a fifth of the bots every 10 ms: browsers are not
 * in step with each other, and a thousand sends in one burst would hold the bots' event loop (and
 * the reads that time move→seen) for milliseconds at a time.
 */
const PHASES = 5;
function drive(bots: Bot[], phase: number): void {
  const t = now();
  for (let k = phase; k < bots.length; k += PHASES) {
    const bot = bots[k]!;
    const { plan } = bot;
    if (plan.role === 'keys') {
      if (t >= bot.nextTurn) {
        if (plan.probe) {
          // A turn to a heading different from the current one, timed from the moment it is sent.
          let d = PROBE_DIRS[Math.floor(bot.rng() * 4)]!;
          while (d.x === bot.dir.x && d.z === bot.dir.z) d = PROBE_DIRS[Math.floor(bot.rng() * 4)]!;
          bot.dir = d;
          bot.nextTurn = t + 1000;
          if (bot.slot >= 0) {
            bot.probes.heading[bot.slot] = quantizeHeading8(Math.atan2(d.x, -d.z));
            bot.probes.changeAt[bot.slot] = t;
          }
        } else {
          const ang = bot.rng() * Math.PI * 2;
          bot.dir = { x: Math.cos(ang), z: Math.sin(ang) };
          bot.nextTurn = t + 1000 + bot.rng() * 3000;
        }
      }
      send(bot, { seq: ++bot.seq, kind: 'dir', dx: bot.dir.x, dz: bot.dir.z, run: false });
    } else if (plan.role === 'click' && t >= bot.nextClick) {
      bot.nextClick = t + 4000 + bot.rng() * 4000;
      send(bot, { seq: ++bot.seq, kind: 'walkTo', target: nextClickTarget(bot.rng, layout, world) });
    } else if (plan.role === 'booth' && bot.watcher && t >= bot.nextClick && !bot.atBooth) {
      // Again only if it has not arrived by then; a bot that does not decode cannot tell, and the
      // path search is sure to reach an interact point: once is enough.
      bot.nextClick = t + 10_000;
      send(bot, { seq: ++bot.seq, kind: 'walkTo', target: plan.target! });
    }
    if (CHAT) talk(bot, t);
  }
}

const CHAT = a.chat !== '0';
/** Chance that a bot's line goes to hall chat, so that all bots together say about --hall-chat-per-min a minute. */
const HALL_SHARE = Math.min(1, Number(a['hall-chat-per-min']) / Math.max(1, N));

function talk(bot: Bot, t: number): void {
  if (t >= bot.nextChat) {
    bot.nextChat = t + 30_000 + bot.rng() * 60_000;
    const scope = bot.rng() < HALL_SHARE ? 'hall' : bot.atBooth ? 'booth' : 'nearby';
    bot.room.send('chat', { scope, text: `봇 ${bot.i}의 한마디 ${Math.floor(t)}` });
    if (measuring) chatSent++;
  }
  if (t >= bot.nextEmote) {
    bot.nextEmote = t + 20_000 + bot.rng() * 40_000;
    bot.room.send('emote', { kind: bot.rng() < 0.5 ? 'heart' : 'clap' });
  }
}

/**
 * Waits until the shard's listing says it takes no more matchmade joiners (it turned private past
 * the overflow share), so the next joinOrCreate makes the server open another shard. Also waits
 * out Colyseus' process stats (persisted at most once a second): a new shard goes to the process
 * with the fewest rooms, and with stale stats that could be this one's process again.
 */
async function shardClosed(wsUrl: string, roomId: string, createdAt: number): Promise<void> {
  const listing = `${wsUrl.replace(/^ws/, 'http')}/api/hall/shards`;
  const deadline = now() + 20_000;
  for (;;) {
    const { shards } = (await (await fetch(listing)).json()) as { shards: { roomId: string; open: boolean }[] };
    if (shards.some((s) => s.roomId === roomId && !s.open) && now() - createdAt > 1_200) return;
    if (now() > deadline) throw new Error(`bots: shard ${roomId} still takes matchmade joiners: is HALL_SHARD_CAPACITY under ${N / SHARDS / 0.8}?`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main(): Promise<void> {
  const bots: Bot[] = [];
  const joinStart = now();
  const batch = Number(a.batch);
  const shardIds: string[] = [];
  for (let j = 0; j < SHARDS; j++) {
    const url = URLS[j % URLS.length]!;
    const members = Array.from({ length: Math.ceil((N - j) / SHARDS) }, (_, k) => j + k * SHARDS);
    const first = await join(members[0]!, url, null);
    if (shardIds.includes(first.room.roomId)) throw new Error(`bots: shard ${j + 1} was not opened: joinOrCreate put its first bot in an existing shard`);
    shardIds.push(first.room.roomId);
    const createdAt = now();
    bots.push(first);
    for (let m = 1; m < members.length; m += batch) {
      bots.push(...(await Promise.all(members.slice(m, m + batch).map((k) => join(k, url, first.room.roomId)))));
    }
    if (j < SHARDS - 1) await shardClosed(url, first.room.roomId, createdAt);
  }
  bots.sort((x, y) => x.i - y.i);
  console.log(`JOINED ${bots.length} ${shardIds.join(',')} ${Math.round(now() - joinStart)}`);
  let phase = 0;
  const ticker = setInterval(() => drive(bots, phase++ % PHASES), 50 / PHASES);
  await new Promise((r) => setTimeout(r, Number(a.warmup) * 1000));

  const windowMs = Number(a.window) * 1000;
  const movingSamples: number[] = [];
  const boothSamples: number[] = [];
  const sampler = setInterval(() => {
    const seen = bots.filter((b) => b.watcher);
    movingSamples.push(seen.filter((b) => b.moving).length / seen.length);
    boothSamples.push(seen.filter((b) => b.atBooth).length / seen.length);
  }, 1000);
  latencies = [];
  bytes = messages = viewMessages = 0;
  const cpu0 = process.cpuUsage();
  // Event-loop delay: a bot process that cannot keep up shows it here before its CPU reaches 100%.
  const loopLag = monitorEventLoopDelay({ resolution: 10 });
  loopLag.enable();
  const t0 = now();
  measuring = true;
  console.log('WINDOW_START');
  await new Promise((r) => setTimeout(r, windowMs));
  measuring = false;
  console.log('WINDOW_END');
  const elapsed = now() - t0;
  const cpu = process.cpuUsage(cpu0);
  loopLag.disable();
  clearInterval(sampler);
  clearInterval(ticker);
  const sorted = latencies.sort((x, y) => x - y);
  const watchers = bots.filter((b) => b.watcher).length;
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  const result = {
    room: a.room,
    visitors: bots.length,
    window_s: elapsed / 1000,
    bot_cpu_pct: ((cpu.user + cpu.system) / 1000 / elapsed) * 100,
    bot_loop_lag_p99_ms: loopLag.percentile(99) / 1e6,
    down_bytes_per_s_per_visitor: bytes / (elapsed / 1000) / bots.length,
    // All the bots together, for the bench to hold against what the server says it wrote.
    down_bytes: bytes,
    // The slowest shard's rate (one shard per room id seen).
    server_ticks_per_s: Math.min(...[...probesByRoom.values()].map((p) => (p.lastTick - p.firstTick) / (elapsed / 1000))),
    // Counting bots see bytes, not messages: messages per visitor from the bots that decode.
    messages_per_s_per_visitor: messages / (elapsed / 1000) / Math.max(1, bots.filter((b) => b.watcher || b.plan.probe).length),
    // Only watchers tell a view message from the rest: a per-visitor figure from the sample.
    view_messages_per_s_per_visitor: viewMessages / (elapsed / 1000) / Math.max(1, watchers),
    latency_samples: sorted.length,
    p50_ms: percentile(sorted, 0.5),
    p95_ms: percentile(sorted, 0.95),
    p99_ms: percentile(sorted, 0.99),
    moving_share: mean(movingSamples),
    at_booth_share: mean(boothSamples),
    rejected,
    dropped,
    chat_sent_per_s: chatSent / (elapsed / 1000),
    chat_received_per_s_per_visitor: chatReceived / (elapsed / 1000) / Math.max(1, watchers),
    watchers,
  };
  if (a.dump) writeFileSync(a.dump, dumpLines.join('\n'));
  console.log(`RESULT ${JSON.stringify(result)}`);
  leaving = true;
  await Promise.all(bots.map((b) => b.room.leave().catch(() => 0)));
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
