/**
 * `npm run bench:orders` (issue 10 §7): orders through the app's own endpoint (POST /api/orders) on
 * a real PostgreSQL with its default durability (fsync and synchronous_commit on: the bench refuses
 * to run otherwise), the app a real `node server/main.ts` on core 0, this process (the load: one
 * keep-alive HTTP agent) on core 1, PostgreSQL weighted ahead of other work and free to use either.
 *   (a) storm     1,000 orders sent at once for a listing of 100 units: sold (201s), and oversold =
 *                 units the database holds reserved beyond 100 (or stock below zero)
 *   (b) steady    open loop: an order every 1 ms for 10 s (1,000/s) on one hot listing with stock
 *                 for all; latency from each order's scheduled send time, so a stall counts for
 *                 every order it delays; p95
 *   (c) peak      closed loop (CONCURRENCY orders in flight, each sent when one is answered) on one
 *                 hot listing with ample stock for WINDOW_S s after a warm-up: orders/s, in the
 *                 default group-commit mode and then against the same database with the server
 *                 restarted in ORDERS_MODE=baseline (one guarded UPDATE + INSERT transaction per
 *                 order, a pool of 10); their ratio
 * Prints a table, writes its section of docs/performance.md, and ends with ONE JSON line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ORDER_CONSENT_VERSION, type OrderBodyInput } from '../../shared/api/orders.ts';
import { startPostgres, type PrivatePostgres } from '../helpers/postgres.ts';
import { cgroupsAvailable, coreGroup, MAX_SHARES, priorityGroup } from './lib/cgroups.ts';
import { benchSection, writeSection } from './lib/perfDoc.ts';
import { freePort } from './lib/server.ts';

const BOOTH = 'cut-the-trash';
const STORM = { orders: 1000, stock: 100 };
const STEADY = { perSecond: 1000, seconds: 10 };
const CONCURRENCY = 128;
const WARMUP_S = 2;
const WINDOW_S = 8;
const TARGET = { p95Ms: 50, ratio: 3 };
const DEADLINE_MS = 15 * 60_000;

type Mode = 'fast' | 'baseline';

setTimeout(() => {
  console.error('[bench:orders] did not finish in 15 minutes');
  process.exit(1);
}, DEADLINE_MS).unref();

const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

const pinned = cgroupsAvailable();
const serverCore = pinned ? coreGroup('orders-server', 0) : null;
const loadCore = pinned ? coreGroup('orders-load', 1) : null;
const priority = pinned ? priorityGroup('orders', MAX_SHARES) : null;
if (!pinned) console.warn('[bench:orders] no cgroups (root and cgroup v1 needed): server, load and database share the cores unpinned');
loadCore?.add(process.pid);
priority?.add(process.pid);

interface Server {
  url: string;
  stop(): Promise<void>;
}

async function startApp(databaseUrl: string, mode: Mode): Promise<Server> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'seeot-bench-orders-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    ORDERS_MODE: mode,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    // Every order comes from loopback: the per-address limit would measure itself.
    ADDRESS_LIMITS_EXEMPT: 'loopback',
  };
  delete env.REDIS_URL;
  delete env.SEEOT_FIXTURE_BOOTHS;
  const child = spawn(process.execPath, ['server/main.ts'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  live.add(child);
  serverCore?.add(child.pid!);
  priority?.add(child.pid!);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  for (const until = Date.now() + 120_000; ; ) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr}`);
    if (Date.now() > until) throw new Error(`server did not answer /healthz: ${stderr}`);
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    async stop() {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
      live.delete(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const agent = new Agent({ keepAlive: true, maxSockets: 1024 });

function body(listingId: string): string {
  const b: OrderBodyInput = {
    listingId,
    quantity: 1,
    buyerName: '김민지',
    phone: '010-1234-5678',
    address: '경기도 부천시 원미구 길주로 1',
    consents: { collection: true, provision: true, version: ORDER_CONSENT_VERSION },
    idempotencyKey: randomUUID(),
    lang: 'ko',
  };
  return JSON.stringify(b);
}

/** One POST /api/orders: its status (0 when the connection failed). */
function order(url: string, listingId: string): Promise<number> {
  const payload = body(listingId);
  return new Promise((resolve) => {
    const req = request(
      `${url}/api/orders`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(payload);
  });
}

async function newListing(db: pg.Client, stock: number): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into listings (id, booth_id, fair_id, name, price_won, stock_left, transfer_instructions)
     select $1, id, fair_id, '벤치 상품', 10000, $2, '농협 123-4567-8901-23' from booths where id = $3`,
    [id, stock, BOOTH],
  );
  return id;
}

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

async function storm(url: string, db: pg.Client) {
  const listing = await newListing(db, STORM.stock);
  const statuses = await Promise.all(Array.from({ length: STORM.orders }, () => order(url, listing)));
  const sold = statuses.filter((s) => s === 201).length;
  const { rows } = await db.query<{ stock_left: number; reserved: string }>(
    `select l.stock_left, coalesce((select sum(quantity) from orders o where o.listing_id = l.id and o.status = 'reserved'), 0) as reserved from listings l where l.id = $1`,
    [listing],
  );
  const reserved = Number(rows[0]!.reserved);
  const oversold = Math.max(0, reserved - STORM.stock) + Math.max(0, -rows[0]!.stock_left);
  const refused = statuses.filter((s) => s === 409).length;
  const other = statuses.length - sold - refused;
  return { sold, reserved, oversold, refused, other, stockLeft: rows[0]!.stock_left };
}

async function steady(url: string, db: pg.Client) {
  const total = STEADY.perSecond * STEADY.seconds;
  const listing = await newListing(db, total);
  const gap = 1000 / STEADY.perSecond;
  const latencies: number[] = [];
  let failed = 0;
  const pending: Promise<void>[] = [];
  const t0 = performance.now() + 50;
  let sent = 0;
  // Open loop: each order leaves at its scheduled time whatever the answers before it did.
  while (sent < total) {
    const now = performance.now();
    while (sent < total && t0 + sent * gap <= now) {
      const due = t0 + sent * gap;
      pending.push(
        order(url, listing).then((status) => {
          if (status === 201) latencies.push(performance.now() - due);
          else failed++;
        }),
      );
      sent++;
    }
    // A timer, not a spin: the load's core is PostgreSQL's too. A late tick sends what fell due
    // at once, and each order's latency still counts from its scheduled time.
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(pending);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), ok: latencies.length, failed, achievedPerS: total / ((performance.now() - t0) / 1000) };
}

async function peak(url: string, db: pg.Client) {
  const listing = await newListing(db, 2_000_000);
  let counting = false;
  let done = 0;
  let failed = 0;
  let running = true;
  const loop = async () => {
    while (running) {
      const status = await order(url, listing);
      if (!counting) continue;
      if (status === 201) done++;
      else failed++;
    }
  };
  const loops = Array.from({ length: CONCURRENCY }, loop);
  await new Promise((r) => setTimeout(r, WARMUP_S * 1000));
  counting = true;
  const start = performance.now();
  await new Promise((r) => setTimeout(r, WINDOW_S * 1000));
  const seconds = (performance.now() - start) / 1000;
  counting = false;
  running = false;
  await Promise.all(loops);
  return { perS: done / seconds, failed };
}

const r1 = (x: number) => Math.round(x * 10) / 10;

let pgServer: PrivatePostgres | undefined;
try {
  const loadBefore = loadavg().map((x) => x.toFixed(2)).join(' ');
  pgServer = await startPostgres({ durable: true });
  priority?.add(await pgServer.pid());
  const databaseUrl = await pgServer.createDatabase('bench_orders');
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const setting = async (name: string) => (await db.query<Record<string, string>>(`show ${name}`)).rows[0]![name]!;
  const durability = { fsync: await setting('fsync'), synchronous_commit: await setting('synchronous_commit') };
  if (durability.fsync !== 'on' || durability.synchronous_commit !== 'on') {
    console.error(`[bench:orders] refusing to run: PostgreSQL has fsync=${durability.fsync}, synchronous_commit=${durability.synchronous_commit} (both must be on)`);
    process.exit(1);
  }
  console.log(`[bench:orders] PostgreSQL fsync=${durability.fsync} synchronous_commit=${durability.synchronous_commit}; load before ${loadBefore}; ${pinned ? 'server on core 0, load on core 1' : 'unpinned'}`);

  let app = await startApp(databaseUrl, 'fast');
  const a = await storm(app.url, db);
  console.log(`[bench:orders] (a) storm: ${STORM.orders} orders for ${STORM.stock}: sold ${a.sold}, oversold ${a.oversold}, 409 ${a.refused}, other ${a.other}, stock left ${a.stockLeft}`);
  const b = await steady(app.url, db);
  console.log(`[bench:orders] (b) steady ${STEADY.perSecond}/s × ${STEADY.seconds} s: p50 ${r1(b.p50)} ms, p95 ${r1(b.p95)} ms, p99 ${r1(b.p99)} ms; ${b.ok} ok, ${b.failed} failed; offered ${r1(b.achievedPerS)}/s`);
  const fast = await peak(app.url, db);
  console.log(`[bench:orders] (c) peak, group commit: ${r1(fast.perS)} orders/s (${fast.failed} failed)`);
  await app.stop();

  app = await startApp(databaseUrl, 'baseline');
  const base = await peak(app.url, db);
  console.log(`[bench:orders] (c) peak, baseline: ${r1(base.perS)} orders/s (${base.failed} failed)`);
  await app.stop();
  await db.end();
  const loadAfter = loadavg().map((x) => x.toFixed(2)).join(' ');

  const ratio = fast.perS / base.perS;
  const result = {
    bench: 'orders',
    stock: STORM.stock,
    sold: a.sold,
    oversold: a.oversold,
    p95_ms_at_1000_per_s: r1(b.p95),
    orders_per_s: Math.round(fast.perS),
    baseline_orders_per_s: Math.round(base.perS),
  };
  const verdict = (ok: boolean) => (ok ? 'met' : 'missed');
  const md = benchSection(
    '## bench:orders',
    `Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; PostgreSQL ${durability.fsync === 'on' ? 'fsync on' : ''}, synchronous_commit ${durability.synchronous_commit} (its defaults); the app (\`node server/main.ts\`, DATABASE_URL) ${pinned ? 'on core 0 and the load (one keep-alive agent) on core 1, PostgreSQL on either, all weighted ahead of other work' : 'unpinned'}; load average before \`${loadBefore}\`, after \`${loadAfter}\` (2 cores, shared). (a) ${STORM.orders} orders sent at once for ${STORM.stock} units; (b) open loop, one order every ${1000 / STEADY.perSecond} ms for ${STEADY.seconds} s, latency from each order's scheduled time; (c) closed loop, ${CONCURRENCY} orders in flight, ${WINDOW_S} s after ${WARMUP_S} s warm-up, group commit (ORDERS_MODE=fast) then baseline (ORDERS_MODE=baseline: one guarded UPDATE + INSERT transaction per order, pool of 10) on the same database.`,
    ['measure', 'figure', 'target'],
    [
      ['(a) sold / oversold', `${a.sold} / ${a.oversold} (409 sold_out: ${a.refused}, other: ${a.other})`, `${STORM.stock} / 0: ${verdict(a.sold === STORM.stock && a.oversold === 0)}`],
      ['(b) p50 / p95 / p99 at 1,000/s', `${r1(b.p50)} / ${r1(b.p95)} / ${r1(b.p99)} ms (${b.failed} failed)`, `p95 ≤ ${TARGET.p95Ms} ms: ${verdict(b.p95 <= TARGET.p95Ms)}`],
      ['(c) orders/s, group commit', String(Math.round(fast.perS)), ''],
      ['(c) orders/s, baseline', String(Math.round(base.perS)), ''],
      ['(c) ratio', `${ratio.toFixed(2)}×`, `≥ ${TARGET.ratio}×: ${verdict(ratio >= TARGET.ratio)}`],
    ],
    result,
  );
  writeSection('docs/performance.md', 'bench:orders', md);
  console.log(JSON.stringify(result));
} finally {
  await pgServer?.stop();
}
process.exit(0);
