/**
 * bench:hall — one hall shard under N bot visitors, server and bots on different cores.
 *
 *   npm run bench:hall -- --visitors 1000 [--window 20] [--warmup 8] [--baseline-visitors N]
 *
 * Starts `node server/main.ts` pinned to core 0 (taskset -c 0) and tests/load/bots.ts pinned to core 1,
 * first against the `hall` room (interest management), then against `hall_fullsync` (everyone gets
 * every avatar) as the baseline. Server CPU is read from /proc/<pid>/stat (utime+stime) over the
 * bots' measurement window; RSS from /proc/<pid>/status. The run is void if the bot process used more
 * than 85% of its core (it would be measuring itself). Last line: the JSON summary.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, repoRoot } from '../helpers/serverProcess.ts';
import { onLines } from './lib/lines.ts';

const { values: a } = parseArgs({
  options: {
    visitors: { type: 'string', default: '1000' },
    'baseline-visitors': { type: 'string' },
    window: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '12' },
    'baseline-watchers': { type: 'string', default: '50' },
  },
});
const VISITORS = Number(a.visitors);
const BASELINE = Number(a['baseline-visitors'] ?? a.visitors);
const CLK_TCK = 100; // Linux USER_HZ: /proc times are in 1/100 s on every mainstream kernel
const DEADLINE_MS = 290_000; // the whole bench stays under 5 minutes
const children: ChildProcess[] = [];
/** One secret for the server and the bots (they sign their own join tokens with it). */
const SECRET = randomBytes(24).toString('hex');

function cleanup(): void {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}
process.on('exit', cleanup);
const deadline = setTimeout(() => {
  console.error('[bench:hall] over the 5-minute budget: stopping');
  cleanup();
  process.exit(1);
}, DEADLINE_MS);

function cpuTicks(pid: number): number {
  // Fields after the ")" of the command name: utime and stime are the 14th and 15th overall.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(f[11]) + Number(f[12]);
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function startServer(port: number, capacity: number): Promise<ChildProcess> {
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    HALL_FULLSYNC_ROOM: '1',
    HALL_SHARD_CAPACITY: String(capacity),
    SESSION_SECRET: SECRET,
  };
  const child = spawn('taskset', ['-c', '0', process.execPath, join(repoRoot, 'server/main.ts')], { cwd: repoRoot, env, stdio: ['ignore', 'inherit', 'inherit'] });
  children.push(child);
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

interface BotResult {
  visitors: number;
  bot_cpu_pct: number;
  down_bytes_per_s_per_visitor: number;
  messages_per_s_per_visitor: number;
  server_ticks_per_s: number;
  view_messages_per_s_per_visitor: number;
  latency_samples: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  moving_share: number;
  at_booth_share: number;
}

interface Run extends BotResult {
  server_cpu_pct: number;
  rss_mb: number;
}

function runBots(port: number, serverPid: number, room: string, visitors: number, watchers: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const args = [join(repoRoot, 'tests/load/bots.ts'), '--url', `ws://127.0.0.1:${port}`, '--visitors', String(visitors), '--room', room, '--warmup', a.warmup, '--window', a.window, '--watchers', watchers];
    const bots = spawn('taskset', ['-c', '1', process.execPath, ...args], { cwd: repoRoot, env: { ...process.env, SESSION_SECRET: SECRET }, stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(bots);
    let t0 = 0;
    let c0 = 0;
    let serverCpu = NaN;
    let rss = NaN;
    onLines(bots.stdout, (line) => {
      if (line.startsWith('JOINED')) console.log(`[bench:hall] ${room}: ${line.split(' ')[1]} bots joined in ${line.split(' ')[3]} ms, warming up ${a.warmup} s`);
      else if (line === 'WINDOW_START') {
        t0 = performance.now();
        c0 = cpuTicks(serverPid);
      } else if (line === 'WINDOW_END') {
        const ms = performance.now() - t0;
        serverCpu = (((cpuTicks(serverPid) - c0) * 1000) / CLK_TCK / ms) * 100;
        rss = rssMb(serverPid);
      } else if (line.startsWith('RESULT ')) {
        resolve({ ...(JSON.parse(line.slice(7)) as BotResult), server_cpu_pct: serverCpu, rss_mb: rss });
      }
    });
    bots.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`bots exited with ${code}`))));
  });
}

const r1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Replace the figures table inside the hall section of docs/performance.md (between
 * `<!-- bench:hall:figures -->` and `<!-- /bench:hall:figures -->`, itself inside `<!-- bench:hall -->`
 * … `<!-- /bench:hall -->`); the prose around it is written by hand.
 */
function writeFigures(body: string): void {
  const path = join(repoRoot, 'docs', 'performance.md');
  const [a, b] = ['<!-- bench:hall:figures -->', '<!-- /bench:hall:figures -->'];
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '# Performance\n';
  const i = text.indexOf(a);
  const j = text.indexOf(b);
  const block = `${a}\n${body.trim()}\n${b}`;
  const next = i >= 0 && j > i
    ? text.slice(0, i) + block + text.slice(j + b.length)
    : `${text.trimEnd()}\n\n<!-- bench:hall -->\n## Hall shard (bench:hall)\n\n${block}\n<!-- /bench:hall -->\n`;
  writeFileSync(path, next);
}

function figuresTable(hall: Run, base: Run, loadBefore: string, loadAfter: string): string {
  const row = (name: string, r: Run): string =>
    `| ${name} | ${r.visitors} | ${r1(r.server_cpu_pct)}% | ${r1(r.rss_mb)} MB | ${r1(r.p50_ms)} / ${r1(r.p95_ms)} / ${r1(r.p99_ms)} ms | ` +
    `${r1(r.down_bytes_per_s_per_visitor / 1024)} KB/s | ${r1(r.view_messages_per_s_per_visitor)} | ${r1(r.server_ticks_per_s)} | ${Math.round(r.moving_share * 100)}% / ${Math.round(r.at_booth_share * 100)}% | ${r1(r.bot_cpu_pct)}% |`;
  return [
    `Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${a.window} s window after ${a.warmup} s warm-up; load average before \`${loadBefore}\`, after \`${loadAfter}\` (2 cores, shared).`,
    '',
    '| room | visitors | server CPU (1 core) | RSS | move→seen p50 / p95 / p99 | down per visitor | position frames/s per visitor | server ticks/s | moving / at booths | bot process CPU |',
    '|---|---|---|---|---|---|---|---|---|---|',
    row('`hall` (interest management)', hall),
    row('`hall_fullsync` (baseline)', base),
    '',
    ...(base.visitors !== hall.visitors ? [`The baseline ran at ${base.visitors} visitors: at ${hall.visitors} the bot process could not even receive full sync within its core (void).`, ''] : []),
    `Full sync uses ×${r1(base.server_cpu_pct / hall.server_cpu_pct)} the server CPU of interest management (one shared message per tick is the cheapest fan-out there is) ` +
      `and ×${r1(base.down_bytes_per_s_per_visitor / hall.down_bytes_per_s_per_visitor)} the downlink per visitor; its latency tail is the sockets backing up.`,
  ].join('\n');
}

function report(label: string, r: Run): void {
  console.log(
    `[bench:hall] ${label}: ${r.visitors} visitors · server CPU ${r1(r.server_cpu_pct)}% of one core · RSS ${r1(r.rss_mb)} MB · ` +
      `move→seen p50/p95/p99 ${r1(r.p50_ms)}/${r1(r.p95_ms)}/${r1(r.p99_ms)} ms (${r.latency_samples} samples) · ` +
      `down ${r1(r.down_bytes_per_s_per_visitor / 1024)} KB/s per visitor · ${r1(r.messages_per_s_per_visitor)} messages/s per visitor ` +
      `(${r1(r.view_messages_per_s_per_visitor)} position frames/s) · server ticks ${r1(r.server_ticks_per_s)}/s · moving ${Math.round(r.moving_share * 100)}%, at booths ${Math.round(r.at_booth_share * 100)}% · ` +
      `bot process ${r1(r.bot_cpu_pct)}% of its core${r.bot_cpu_pct > 85 ? ' — VOID (bots over 85% of their core)' : ''}`,
  );
}

const port = await freePort();
const server = await startServer(port, Math.max(1000, VISITORS, BASELINE));
const loadBefore = readFileSync('/proc/loadavg', 'utf8').trim().split(' ').slice(0, 3).join(' ');
console.log(`[bench:hall] load before: ${loadBefore}`);
const hall = await runBots(port, server.pid!, 'hall', VISITORS, 'all');
report('hall (interest management)', hall);
// Full sync sends every avatar to everyone: at 1,000 the bots' one core may not even keep up with
// receiving it. A void baseline is retried at ¾ of the count while the 5-minute budget allows, and said so.
let baselineCount = BASELINE;
let base = await runBots(port, server.pid!, 'hall_fullsync', baselineCount, a['baseline-watchers']);
report('hall_fullsync baseline', base);
// performance.now() counts from this process's start; one more baseline run takes ~50 s.
while (base.bot_cpu_pct > 85 && baselineCount > BASELINE / 4 && performance.now() < DEADLINE_MS - 70_000) {
  baselineCount = Math.round((baselineCount * 0.75) / 50) * 50;
  console.log(`[bench:hall] baseline void (bots at ${r1(base.bot_cpu_pct)}% of their core): retrying at ${baselineCount} visitors`);
  base = await runBots(port, server.pid!, 'hall_fullsync', baselineCount, a['baseline-watchers']);
  report(`hall_fullsync baseline at ${baselineCount}`, base);
}
if (baselineCount !== VISITORS) {
  console.log(`[bench:hall] baseline measured at ${baselineCount} visitors, the most the bot process could receive; ratios below compare per-visitor figures at different counts`);
}
console.log(
  `[bench:hall] interest management vs full sync: CPU ×${r1(base.server_cpu_pct / hall.server_cpu_pct)}, ` +
    `down ×${r1(base.down_bytes_per_s_per_visitor / hall.down_bytes_per_s_per_visitor)} per visitor`,
);
const loadAfter = readFileSync('/proc/loadavg', 'utf8').trim().split(' ').slice(0, 3).join(' ');
console.log(`[bench:hall] load after: ${loadAfter}`);
if (hall.bot_cpu_pct <= 85) writeFigures(figuresTable(hall, base, loadBefore, loadAfter));
else console.log('[bench:hall] run VOID (bot process over 85% of its core): docs/performance.md left as it was');
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
clearTimeout(deadline);
const json = {
  bench: 'hall',
  visitors: hall.visitors,
  cpu_pct: r1(hall.server_cpu_pct),
  rss_mb: r1(hall.rss_mb),
  p50_ms: r1(hall.p50_ms),
  p95_ms: r1(hall.p95_ms),
  p99_ms: r1(hall.p99_ms),
  down_kbps_per_visitor: r1(hall.down_bytes_per_s_per_visitor / 1024),
  baseline_cpu_pct: r1(base.server_cpu_pct),
  baseline_down_kbps_per_visitor: r1(base.down_bytes_per_s_per_visitor / 1024),
};
console.log(JSON.stringify(json));
process.exit(hall.bot_cpu_pct > 85 ? 2 : 0);
