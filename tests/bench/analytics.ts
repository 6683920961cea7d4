/**
 * bench:analytics — what booth analytics cost the hall, and how fast the dashboard reads them.
 *
 *   npm run bench:analytics [-- --quick] [--visitors 1000] [--pairs 5] [--rows 1000000] [--slice 10] [--warmup 12]
 *   (--pairs 0: the queries only)
 *
 * 1. CPU (lib/analyticsCpu.ts): one server (embedded PGlite: its database thread is in the server's
 *    process, so the process's CPU is server + database) with ANALYTICS=on under `--visitors` walking
 *    bots (tests/load/bots.ts, which stop at booths), its counting paused and resumed by SIGUSR2 in
 *    `--pairs` interleaved pairs of `--slice`-second slices (on then off, off then on, …). Server on
 *    core 0, bots on core 1 (cgroup cpusets, as bench:hall). Per pair, (on − off) ÷ off × 100 of the
 *    server's CPU; cpu_overhead_pct is the median. rows_per_s: rows the recorder wrote per second of
 *    the "on" slices (seeot_analytics_rows_written_total).
 * 2. Queries: a private PostgreSQL with the app's migrations and `--rows` visits (30 days, 200 booths,
 *    5,000 visitors a day, made by generate_series) plus a week of heat cells, then the rollups built
 *    by the very statements migration 0010 backfills with (ROLLUP_BACKFILL); the four dashboard
 *    queries the app runs (server/db/analyticsDrizzle.ts) on the fair, each timed 5 times with a cold
 *    cache: PostgreSQL restarted before every query (its shared buffers empty) and the OS page cache
 *    dropped when the bench may (root: /proc/sys/vm/drop_caches; otherwise said so).
 *    dashboard_query_ms is the p95. `--explain` prints each query's plan (EXPLAIN ANALYZE, BUFFERS).
 * Writes its section of docs/performance.md (`--doc 0`: print only).
 * Last line: {"bench":"analytics","cpu_overhead_pct":…,"rows_per_s":…,"dashboard_query_ms":…}.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { averageDwellPerBooth, heatCells, uniqueVisitorsPerDay, visitorsPerTenMinutes } from '../../server/db/analyticsDrizzle.ts';
import { ROLLUP_BACKFILL } from '../../server/db/analyticsRollups.ts';
import type { Db } from '../../server/db/drizzleRepo.ts';
import { openPostgres } from '../../server/db/postgres.ts';
import { createLogger } from '../../server/logger.ts';
import { startPostgres } from '../helpers/postgres.ts';
import { repoRoot } from '../helpers/serverProcess.ts';
import { loadAverage } from '../load/procs.ts';
import { alternatingRun, SETTLE_S, type Slice } from './lib/analyticsCpu.ts';
import { cgroupsAvailable, coreGroup, MAX_SHARES, priorityGroup } from './lib/cgroups.ts';
import { benchSection, writeSection } from './lib/perfDoc.ts';

const { values: a } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    visitors: { type: 'string' },
    pairs: { type: 'string' },
    rows: { type: 'string' },
    slice: { type: 'string' },
    warmup: { type: 'string' },
    explain: { type: 'boolean', default: false },
    doc: { type: 'string', default: '1' },
  },
});
const QUICK = a.quick;
const VISITORS = Number(a.visitors ?? (QUICK ? 200 : 1000));
const PAIRS = Number(a.pairs ?? (QUICK ? 1 : 5));
const ROWS = Number(a.rows ?? (QUICK ? 100_000 : 1_000_000));
const SLICE_S = Number(a.slice ?? (QUICK ? 5 : 10));
const WARMUP_S = Number(a.warmup ?? (QUICK ? 6 : 12));
const SECRET = randomBytes(24).toString('hex');
const say = (s: string) => console.log(`[bench:analytics] ${s}`);
const r1 = (x: number) => Math.round(x * 10) / 10;
const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor((xs.length - 1) / 2)]!;

const pinned = cgroupsAvailable();
if (!pinned) say('no cgroup cpusets (needs root): server and bots share the cores, figures are noisier');
// Ahead of other tenants' work on their cores, with the largest weight there is (as bench:hall).
const priority = pinned ? priorityGroup('bench', MAX_SHARES) : null;
const serverPlace = priority ? [coreGroup('server', 0), priority] : [];
const botPlace = priority ? [coreGroup('bots', 1), priority] : [];

/** "MainThread 45.3%, V8Worker 1.1%, …": the threads that used at least 0.1% of a core, busiest first. */
const threadShares = (byThread: Record<string, number>): string =>
  Object.entries(byThread)
    .filter(([, pct]) => pct >= 0.1)
    .sort((p, q) => q[1] - p[1])
    .map(([name, pct]) => `${name} ${r1(pct)}%`)
    .join(', ');

/** Drops the OS page cache if this process may; says whether it did. */
function dropOsCache(): boolean {
  try {
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

async function queryBench(): Promise<{ p95: number; perQuery: Record<string, number[]>; osCacheDropped: boolean }> {
  const server = await startPostgres();
  try {
    const url = await server.createDatabase('analytics_bench');
    // The app's own migrations, as a server pointed at DATABASE_URL applies them.
    await (await openPostgres(url, createLogger('silent'))).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const t = performance.now();
    // A failure below stops the server under this client: its 'error' event must not end the bench before the failure is told.
    client.on('error', () => {});
    // ROWS visits over 30 days (Seoul days ending today), 200 booths (every booth on every day), each visit by one of 5,000 daily visitors drawn by a hash of i; dwell 3 s to 10 min.
    await client.query(`
      insert into analytics_visits (fair_id, booth_id, visitor_hash, day, started_at, ended_at, dwell_ms)
      select 1, 'booth-' || ((i / 30) % 200), md5(((hashint8(i)::bigint + 2147483648) % 5000)::text || ':' || d::text), (timezone('Asia/Seoul', s))::date, s, s + make_interval(secs => w / 1000.0), w
      from (
        select i, (i % 30)::int as d, now() - make_interval(days => (i % 30)::int, secs => (i * 37) % 86400) as s, (3000 + (i * 7727) % 597000)::int as w
        from generate_series(1, $1::bigint) as i
      ) g`, [ROWS]);
    // A week of heat: 144 ten-minute buckets a day, 400 cells each.
    await client.query(`
      insert into analytics_heat (fair_id, bucket, cell_x, cell_z, count)
      select 1, date_bin('10 minutes', now(), timestamptz '2000-01-01') - make_interval(mins => 10 * b), c % 40, c / 40, 1 + (b * c) % 50
      from generate_series(0, 7 * 144 - 1) as b, generate_series(0, 399) as c`);
    say(`${ROWS.toLocaleString('en')} visits and ${(7 * 144 * 400).toLocaleString('en')} heat cells loaded in ${r1((performance.now() - t) / 1000)} s`);
    const tb = performance.now();
    for (const statement of ROLLUP_BACKFILL) await client.query(statement);
    await client.query('analyze');
    const built = r1((performance.now() - tb) / 1000);
    const rollups = ['analytics_booth_days', 'analytics_booth_day_visitors', 'analytics_fair_slots', 'analytics_fair_slot_visitors', 'analytics_heat_days'];
    const sizes: string[] = [];
    for (const t of rollups) sizes.push(`${t} ${Number((await client.query<{ n: string }>(`select count(*) as n from ${t}`)).rows[0]!.n).toLocaleString('en')}`);
    say(`rollups built in ${built} s: ${sizes.join(', ')} rows`);
    const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
    const from = new Date(Date.now() + 9 * 3600_000 - 29 * 86_400_000).toISOString().slice(0, 10);
    const scope = { fairId: 1 };
    const queries: Record<string, (db: Db) => Promise<unknown>> = {
      unique_visitors_per_booth_per_day: (db) => uniqueVisitorsPerDay(db, scope, from, today),
      average_dwell_per_booth: (db) => averageDwellPerBooth(db, scope, from, today),
      visitors_per_10_minutes: (db) => visitorsPerTenMinutes(db, scope, from, today),
      heatmap_cells: (db) => heatCells(db, 1, from, today),
    };
    if (a.explain) {
      for (const [name, q] of Object.entries(queries)) {
        const { sql: text, params } = (q(drizzle(client) as unknown as Db) as unknown as { toSQL(): { sql: string; params: unknown[] } }).toSQL();
        const plan = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${text}`, params);
        say(`plan of ${name}:\n${plan.rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n')}`);
      }
    }
    await client.end();
    const perQuery: Record<string, number[]> = {};
    let osCacheDropped = true;
    for (let round = 0; round < 5; round++) {
      for (const [name, q] of Object.entries(queries)) {
        await server.restart();
        osCacheDropped = dropOsCache() && osCacheDropped;
        const pool = new pg.Pool({ connectionString: url, max: 1 });
        const db = drizzle(pool) as unknown as Db;
        await pool.query('select 1'); // the connection itself is not the query's time
        const t0 = performance.now();
        await q(db);
        (perQuery[name] ??= []).push(performance.now() - t0);
        await pool.end();
      }
    }
    const all = Object.values(perQuery).flat().sort((p, q) => p - q);
    return { p95: all[Math.ceil(all.length * 0.95) - 1]!, perQuery, osCacheDropped };
  } finally {
    await server.stop();
  }
}

const loadBefore = loadAverage();
say(`load before: ${loadBefore}; ${VISITORS} bots, ${PAIRS} pairs, ${ROWS.toLocaleString('en')} rows${QUICK ? ' (--quick)' : ''}`);
const overheads: number[] = [];
const pairRows: string[][] = [];
let rowsPerS = NaN;
if (PAIRS > 0) {
  const run = await alternatingRun({ visitors: VISITORS, pairs: PAIRS, sliceS: SLICE_S, warmupS: WARMUP_S, secret: SECRET, serverPlace, botPlace });
  const line = (s: Slice) => `${s.mode}: server CPU ${r1(s.cpuPct)}% of a core (its database thread ${r1(s.dbPct)}%), ${r1(s.rows / s.seconds)} rows/s; by thread: ${threadShares(s.byThread)}`;
  for (let i = 0; i < PAIRS; i++) {
    const [first, second] = [run.slices[2 * i]!, run.slices[2 * i + 1]!];
    const [on, off] = first.mode === 'on' ? [first, second] : [second, first];
    const overhead = ((on.cpuPct - off.cpuPct) / off.cpuPct) * 100;
    overheads.push(overhead);
    say(`pair ${i + 1} ${line(first)}`);
    say(`pair ${i + 1} ${line(second)}`);
    say(`pair ${i + 1}: overhead ${r1(overhead)}%`);
    pairRows.push([`CPU pair ${i + 1} (${first.mode} then ${second.mode})`, `on ${r1(on.cpuPct)}% / off ${r1(off.cpuPct)}% of a core (database thread ${r1(on.dbPct)}% / ${r1(off.dbPct)}%): overhead ${r1(overhead)}%; ${r1(on.rows / on.seconds)} rows/s`]);
  }
  const ons = run.slices.filter((s) => s.mode === 'on');
  rowsPerS = ons.reduce((n, s) => n + s.rows, 0) / ons.reduce((n, s) => n + s.seconds, 0);
  say(`the bots: ${Math.round(run.atBoothShare * 100)}% at booths, ${r1(run.downBytesPerS / 1000)} KB/s to each; load ${loadAverage()}`);
}
const q = await queryBench();
for (const [name, ms] of Object.entries(q.perQuery)) say(`${name}: ${ms.map((m) => Math.round(m)).join(', ')} ms (cold)`);
say(`cold cache: PostgreSQL restarted before each query; OS page cache ${q.osCacheDropped ? 'dropped too' : 'NOT dropped (no permission): file reads may come from memory'}`);
const loadAfter = loadAverage();
say(`load after: ${loadAfter}`);
// `--pairs 0` (the queries only) has no CPU figures: null, not a made-up zero.
const cpu = overheads.length > 0 ? { cpu_overhead_pct: r1(median(overheads)), rows_per_s: r1(rowsPerS) } : { cpu_overhead_pct: null, rows_per_s: null };
const result = { bench: 'analytics', ...cpu, dashboard_query_ms: r1(q.p95) };
if (a.doc !== '0') {
  const method = [
    `Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`npm run bench:analytics -- ${process.argv.slice(2).join(' ')}\`; load average before \`${loadBefore}\`, after \`${loadAfter}\` (2 cores, shared with other sessions' tests: at a load far above 2 every figure here is slower than on a quiet machine).`,
    `CPU: one server (embedded PGlite, its database thread in the server's process) under ${VISITORS} walking bots, its counting paused and resumed by SIGUSR2 in ${PAIRS} interleaved on/off pair(s) of ${SLICE_S} s slices (each measured ${SETTLE_S} s after its switch), ${pinned ? 'server on core 0 and bots on core 1 (cgroup cpusets, weighted ahead of other work)' : 'unpinned (no cgroups)'}; \`cpu_overhead_pct\` is the median of (on − off) ÷ off × 100, \`rows_per_s\` the rows the recorder wrote per second of the "on" slices.`,
    `Queries: ${ROWS.toLocaleString('en')} raw visits (30 Seoul days, 200 booths, 5,000 visitors a day) and 403,200 heat cells in a private PostgreSQL, rollups built by migration 0010's backfill statements; each of the four fair queries of server/db/analyticsDrizzle.ts timed 5 times cold (PostgreSQL restarted before each; OS page cache ${q.osCacheDropped ? 'dropped too' : 'NOT dropped (no permission)'}); \`dashboard_query_ms\` is the p95 of the 20 (target ≤ 200).`,
  ].join(' ');
  const queryRows = Object.entries(q.perQuery).map(([name, ms]) => [`${name.replaceAll('_', ' ')} (cold, ms)`, ms.map((m) => Math.round(m)).join(', ')]);
  writeSection(join(repoRoot, 'docs', 'performance.md'), 'bench:analytics', benchSection('## Booth analytics (bench:analytics)', method, ['measure', 'figures'], [...pairRows, ...queryRows], result));
}
console.log(JSON.stringify(result));
process.exit(0);
