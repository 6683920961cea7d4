/**
 * bench:analytics' CPU half: ONE server with ANALYTICS=on under the walking bots, its counting paused
 * and resumed with SIGUSR2 (server/analytics/start.ts) in alternating slices: pair i is on then off
 * when i is even, off then on when odd. Each slice waits SETTLE_S after the switch (the pause's flush,
 * the resume's first visits), then reads the server's CPU (its embedded database's thread included)
 * for `sliceS` seconds.
 *
 * Why one process and not a fresh server per run: fresh servers of the same setting read 44% or 67%
 * of the core from run to run, the same work at two speeds of the virtual machine (session 24's
 * profiles: every hall function about 30% slower, the start-up work not), so a pair of fresh servers
 * measured which speed each drew. Slices a few seconds apart in one process share the speed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDataDir } from '../../helpers/pgliteTemplate.ts';
import { repoRoot } from '../../helpers/serverProcess.ts';
import { cpuSeconds, startBenchServer, track, type BenchServer, type Placement } from '../../load/procs.ts';
import { onLines } from './lines.ts';
import { cpuSecondsByThreadName, NODE_WORKER_THREAD } from './threads.ts';

/** Seconds after a switch before a slice is measured. */
export const SETTLE_S = 3;
/** A fresh server's boot may wait this long for /healthz: on a shared machine at load 20+, 30 s was not enough. */
const BOOT_S = 120;
const ROWS_METRIC = 'seeot_analytics_rows_written_total';

export type Mode = 'on' | 'off';

export interface Slice {
  mode: Mode;
  seconds: number;
  cpuPct: number;
  /** Of cpuPct, the embedded database's worker thread (WebAssembly PostgreSQL, in the server's process). */
  dbPct: number;
  rows: number;
  /** Of cpuPct, per thread name (as Node names them: MainThread, V8Worker for V8's helpers, WorkerThread). */
  byThread: Record<string, number>;
}

export interface AlternatingRun {
  slices: Slice[];
  /** Share of the watching bots at booths, and bytes each bot received a second (over the bots' window). */
  atBoothShare: number;
  downBytesPerS: number;
}

export interface AlternatingOptions {
  visitors: number;
  pairs: number;
  sliceS: number;
  warmupS: number;
  secret: string;
  serverPlace: Placement[];
  botPlace: Placement[];
}

/** The slices' modes in order: on-off, off-on, on-off, … */
export const sliceModes = (pairs: number): Mode[] => Array.from({ length: pairs }, (_, i): Mode[] => (i % 2 === 0 ? ['on', 'off'] : ['off', 'on'])).flat();

const sleep = (s: number) => new Promise((r) => setTimeout(r, s * 1000));

async function measureSlices(server: BenchServer, modes: readonly Mode[], sliceS: number): Promise<Slice[]> {
  let counting = true; // as the server starts
  const slices: Slice[] = [];
  for (const mode of modes) {
    if ((mode === 'on') !== counting) {
      process.kill(server.pid, 'SIGUSR2');
      counting = !counting;
    }
    await sleep(SETTLE_S);
    const [t0, c0, th0, rows0] = [performance.now(), cpuSeconds(server.pid), cpuSecondsByThreadName(server.pid), await server.metric(ROWS_METRIC)];
    await sleep(sliceS);
    const seconds = (performance.now() - t0) / 1000;
    const pct = (s: number) => (s / seconds) * 100;
    const byThread: Record<string, number> = {};
    for (const [name, s] of cpuSecondsByThreadName(server.pid)) byThread[name] = pct(s - (th0.get(name) ?? 0));
    slices.push({
      mode,
      seconds,
      cpuPct: pct(cpuSeconds(server.pid) - c0),
      dbPct: byThread[NODE_WORKER_THREAD] ?? 0,
      rows: (await server.metric(ROWS_METRIC)) - rows0,
      byThread,
    });
  }
  return slices;
}

export async function alternatingRun(o: AlternatingOptions): Promise<AlternatingRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-analytics-'));
  await seedDataDir(dataDir);
  const server = await startBenchServer({ SESSION_SECRET: o.secret, ANALYTICS: 'on', HALL_SHARD_CAPACITY: String(Math.max(1000, o.visitors)), DATA_DIR: dataDir }, o.serverPlace, undefined, BOOT_S);
  const modes = sliceModes(o.pairs);
  // The bots keep walking a little past the last slice.
  const windowS = modes.length * (SETTLE_S + o.sliceS) + 5;
  try {
    return await new Promise<AlternatingRun>((resolve, reject) => {
      const args = [join(repoRoot, 'tests/load/bots.ts'), '--url', server.url.replace('http:', 'ws:'), '--visitors', String(o.visitors), '--warmup', String(o.warmupS), '--window', String(windowS), '--watchers', '10'];
      const bots = track(spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, SESSION_SECRET: o.secret }, stdio: ['ignore', 'pipe', 'inherit'] }));
      for (const g of o.botPlace) g.add(bots.pid!);
      let measured: Promise<Slice[]> | null = null;
      let atBoothShare = NaN;
      let downBytesPerS = NaN;
      onLines(bots.stdout, (line) => {
        if (line === 'WINDOW_START') measured = measureSlices(server, modes, o.sliceS);
        else if (line.startsWith('RESULT ')) {
          const result = JSON.parse(line.slice(7)) as { at_booth_share: number; down_bytes_per_s_per_visitor: number };
          atBoothShare = result.at_booth_share;
          downBytesPerS = result.down_bytes_per_s_per_visitor;
        }
      });
      bots.once('exit', (code) => {
        if (code !== 0 || !measured) return reject(new Error(`bots exited with ${code}`));
        measured.then((slices) => resolve({ slices, atBoothShare, downBytesPerS }), reject);
      });
    });
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
