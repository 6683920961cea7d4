/**
 * bench:hall — one hall shard under N bot visitors, server and bots on different cores; then the
 * full-sync baseline at the same N.
 *
 *   npm run bench:hall -- --visitors 1000 [--window 20] [--warmup 12] [--watchers 200] [--baseline-watchers 10] [--with-writes] [--with-live [--live-viewers 50]]
 *
 * A fresh `node server/main.ts` on core 0 and tests/load/bots.ts on core 1 (cgroup cpusets), first
 * against the `hall` room (interest management), then against `hall_fullsync` (everyone gets every
 * avatar) as the baseline, each with its own server. The first bot joinOrCreates, the rest join that
 * shard by id. Most bots only send inputs and count bytes; --watchers of them (--baseline-watchers
 * for full sync, whose every frame carries the whole crowd) decode frames and time move→seen. Server
 * CPU is read from /proc/<pid>/stat (utime+stime) over the bots' measurement window; RSS from
 * /proc/<pid>/status; ticks the server ran from its metrics. Which figures stand is
 * lib/hallValidity.ts's rule: latency only if the bot process kept up (under 85% of its core, event
 * loop lag p99 under 40 ms), bytes also when the bots did not keep up but took in ≥ 98% of what the
 * server wrote in the window (the full-sync room counts it) while the server held its tick rate. The
 * ratio is printed, and docs/performance.md written, only when both runs' bytes stand; else the
 * bench exits 2. Last line: the JSON summary.
 *
 * --with-writes (issue 9 §1: the database runs off the event loop that ticks the halls) adds, right
 * after the hall run, the same hall run on a fresh server while booth edits land on it through the
 * studio API every 200 ms over the window (lib/studioWrites.ts), and prints both p95s and their ratio,
 * and the CPU of the server's database worker thread (lib/threads.ts), which the cpuset puts on the
 * server's core.
 *
 * --with-live (issue 10 §1: media work runs off the event loop that ticks the halls) adds the same
 * hall run on a fresh server while a live with --live-viewers viewers runs on it: a booth member
 * opens a live, this process publishes bench:live's paced 720p VP8 clip (~1.5 Mbps) and werift
 * viewers watch it over loopback (lib/liveLoad.ts), all joined before the bots. The SFU's worker
 * thread, this process and the bots share core 1, the halls' event loop keeps core 0: what the OS
 * does on a machine with a core to spare. Prints both p95s and their ratio, the SFU thread's CPU, and
 * the worst viewer's share of the publisher's packets over the window (the live was served, not only
 * opened).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seedDataDir } from '../helpers/pgliteTemplate.ts';
import { repoRoot } from '../helpers/serverProcess.ts';
import { setupCodeIn } from '../helpers/staffSession.ts';
import { cpuSeconds, loadAverage, rssMb, startBenchServer, track } from '../load/procs.ts';
import { cgroupsAvailable, coreGroup, leaveCoreGroups, MAX_SHARES, priorityGroup } from './lib/cgroups.ts';
import { figuresTable, healthOf, r1, report, type BotResult, type Run } from './lib/hallReport.ts';
import { receivedShare, validityOf } from './lib/hallValidity.ts';
import { onLines } from './lib/lines.ts';
import { writeSection } from './lib/perfDoc.ts';
import { startLiveLoad, type LiveLoad } from './lib/liveLoad.ts';
import { HOLD_SHARE } from './lib/liveSteps.ts';
import { EDIT_EVERY_MS, studioWriter, type StudioWriter, type WriteCounts } from './lib/studioWrites.ts';
import { benchClip } from './lib/vp8Clip.ts';
import { NODE_WORKER_THREAD, threadCpuSeconds, threadIds, threadsCpuSeconds } from './lib/threads.ts';

const { values: a } = parseArgs({
  options: {
    visitors: { type: 'string', default: '1000' },
    window: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '12' },
    /** Bots that decode and time move→seen; the rest count bytes. 200 × ~0.8 probes in view × 1 turn/s ≈ 3,000 samples in 20 s. */
    watchers: { type: 'string', default: '200' },
    /** A full-sync frame carries the whole crowd, so every watcher sees every probe: 10 give as many samples. */
    'baseline-watchers': { type: 'string', default: '10' },
    /** 0: print only, leave docs/performance.md as it is (development runs). */
    doc: { type: 'string', default: '1' },
    /** Also the hall run with booth edits landing every 200 ms (about a minute more). */
    'with-writes': { type: 'boolean', default: false },
    /** Also the hall run with a live and its viewers on the same server (about a minute more). */
    'with-live': { type: 'boolean', default: false },
    'live-viewers': { type: 'string', default: '50' },
  },
});
const WITH_WRITES = a['with-writes'];
const WITH_LIVE = a['with-live'];
const LIVE_VIEWERS = Number(a['live-viewers']);
const VISITORS = Number(a.visitors);
const DEADLINE_MS = 290_000 + (WITH_WRITES ? 120_000 : 0) + (WITH_LIVE ? 150_000 : 0); // 5 minutes, 2 more for each extra run
/** One secret for the server and the bots (they sign their own join tokens with it). */
const SECRET = randomBytes(24).toString('hex');
const deadline = setTimeout(() => {
  console.error('[bench:hall] over the 5-minute budget: stopping');
  process.exit(1);
}, DEADLINE_MS);

if (!cgroupsAvailable()) {
  console.error('[bench:hall] needs root and the cgroup v1 cpuset controller (/sys/fs/cgroup/cpuset) to put the server and the bots on separate cores');
  process.exit(1);
}
const serverCore = coreGroup('server', 0);
const botCore = coreGroup('bots', 1);
/**
 * Server and bots uncapped (the server's CPU is the measurement), ahead of other tenants' work on
 * their cores with the largest weight there is: at BENCH_SHARES (about eight busy processes' worth)
 * the shard ran 14–17 ticks/s at load 20 from other sessions' tests.
 */
const priority = priorityGroup('bench', MAX_SHARES);
/** The --with-live run's SFU thread and this process (its publisher and viewers), on the bots' core. */
const liveWeight = priorityGroup('live');

const FULLSYNC_BYTES = 'seeot_fullsync_bytes_written';
const TICKS = 'seeot_tick_duration_seconds_count';

/**
 * A fresh server on core 0 and N bots on core 1 in `room`; the server's CPU and RSS over the bots'
 * window. Each server has a new DATA_DIR (no admin yet, so it prints a setup code); with 'writes',
 * booth edits land on it over the window; with 'live', a live and its viewers run on it throughout.
 */
async function run(room: string, visitors: number, watchers: string, beside: 'writes' | 'live' | null = null): Promise<Run> {
  const writes = beside === 'writes';
  // Each server its own database (the checkout's .data may be another server's), a copy of a migrated
  // one: PGlite's initdb took the boot past the 30 s /healthz limit at load 20.
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-hall-'));
  await seedDataDir(dataDir);
  let log = '';
  const server = await startBenchServer(
    {
      SESSION_SECRET: SECRET,
      HALL_FULLSYNC_ROOM: '1',
      HALL_SHARD_CAPACITY: String(Math.max(1000, visitors)),
      DATA_DIR: dataDir,
      ...(beside ? { LOG_LEVEL: 'info' } : {}),
      ...(beside === 'live' ? { LIVE_HLS: 'off', LIVE_MAX_VIEWERS: String(LIVE_VIEWERS + 10) } : {}),
    },
    [serverCore, priority],
    beside ? (line) => (log += `${line}\n`) : undefined,
  );
  let live: LiveLoad | null = null;
  let sfuThreads: number[] = [];
  try {
    // The setup code is logged before the server listens; its pipe may deliver the line a moment after /healthz answered.
    for (let i = 0; beside && !setupCodeIn(log) && i < 50; i++) await new Promise((r) => setTimeout(r, 100));
    const writer: StudioWriter | null = writes ? await studioWriter(server.url, log) : null;
    if (beside === 'live') {
      // The publisher and the viewers are load: on the bots' core, weighted below the bots so that
      // the bots (the latency's measurement) get what they need and the live what is left.
      for (const g of [botCore, liveWeight]) g.add(process.pid);
      const dbThreads = threadIds(server.pid, NODE_WORKER_THREAD);
      live = await startLiveLoad(server.url, log, LIVE_VIEWERS, liveClip!.frames, liveClip!.kbps);
      // The worker that started with the live is the SFU's: off the halls' core, as the OS would run it on a machine with a core to spare.
      sfuThreads = threadIds(server.pid, NODE_WORKER_THREAD).filter((t) => !dbThreads.includes(t));
      for (const t of sfuThreads) for (const g of [botCore, liveWeight]) g.addThread(t);
      console.log(`[bench:hall] a live with ${LIVE_VIEWERS} viewers is on air beside the hall; the SFU's thread (${sfuThreads.join(', ')}) runs on core ${botCore.core}`);
    }
    let liveWorst: number | null = null;
    let writesDone: Promise<WriteCounts> | null = null;
    return await new Promise<Run>((resolve, reject) => {
      const args = [join(repoRoot, 'tests/load/bots.ts'), '--url', server.url.replace('http:', 'ws:'), '--visitors', String(visitors), '--room', room,
        '--warmup', a.warmup, '--window', a.window, '--watchers', watchers];
      const bots = track(spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, SESSION_SECRET: SECRET }, stdio: ['ignore', 'pipe', 'inherit'] }));
      for (const g of [botCore, priority]) g.add(bots.pid!);
      let t0 = 0;
      let c0 = 0;
      let w0 = 0;
      let s0 = 0;
      let sfuCpu = NaN;
      let u0 = process.cpuUsage();
      let peersCpu = NaN;
      let serverCpu = NaN;
      let workerCpu = NaN;
      let rss = NaN;
      let result: BotResult | null = null;
      // The server's own counts at both ends of the bots' window: ticks it ran, bytes it wrote (full sync).
      const counts = async (): Promise<[number, number | null, number]> => {
        const [ticks, bytes] = await Promise.all([server.metric(TICKS), room === 'hall_fullsync' ? server.metric(FULLSYNC_BYTES) : null]);
        return [ticks, bytes, performance.now()];
      };
      let atStart: Promise<[number, number | null, number]> | null = null;
      let atEnd: Promise<[number, number | null, number]> | null = null;
      onLines(bots.stdout, (line) => {
        if (line.startsWith('JOINED')) console.log(`[bench:hall] ${room}: ${line.split(' ')[1]} bots joined in ${line.split(' ')[3]} ms, warming up ${a.warmup} s`);
        else if (line === 'WINDOW_START') {
          t0 = performance.now();
          c0 = cpuSeconds(server.pid);
          w0 = threadCpuSeconds(server.pid, NODE_WORKER_THREAD);
          s0 = threadsCpuSeconds(server.pid, sfuThreads);
          u0 = process.cpuUsage();
          atStart = counts();
          writer?.start();
          live?.mark();
        } else if (line === 'WINDOW_END') {
          writesDone = writer?.stop() ?? null;
          liveWorst = live?.worst() ?? null;
          if (live) {
            const shares = live.shares();
            const served = shares.filter((x) => x >= HOLD_SHARE).length;
            console.log(`[bench:hall] the live's viewers over the window: ${served} of ${shares.length} got ≥ ${HOLD_SHARE * 100}% of the packets; shares ${shares.map((x) => Math.round(x * 100)).join(' ')}%`);
            for (const states of live.statesUnder(HOLD_SHARE)) console.log(`[bench:hall] a viewer under ${HOLD_SHARE * 100}%: its connection went ${states.join(' → ')}`);
          }
          const seconds = (performance.now() - t0) / 1000;
          serverCpu = ((cpuSeconds(server.pid) - c0) / seconds) * 100;
          workerCpu = ((threadCpuSeconds(server.pid, NODE_WORKER_THREAD) - w0) / seconds) * 100;
          sfuCpu = ((threadsCpuSeconds(server.pid, sfuThreads) - s0) / seconds) * 100;
          const used = process.cpuUsage(u0);
          peersCpu = ((used.user + used.system) / 1e6 / seconds) * 100;
          rss = rssMb(server.pid);
          atEnd = counts();
        } else if (line.startsWith('RESULT ')) {
          result = JSON.parse(line.slice(7)) as BotResult;
        }
      });
      bots.once('exit', (code) => {
        if (code !== 0 || !result || !atStart || !atEnd) {
          reject(new Error(`bots exited with ${code}${result ? '' : ' without a RESULT'} (${room}, ${visitors} visitors)`));
          return;
        }
        const fromBots = result;
        void Promise.all([atStart, atEnd, writesDone]).then(([[ticks0, bytes0, ts0], [ticks1, bytes1, ts1], edits]) => {
          resolve({
            ...fromBots,
            server_cpu_pct: serverCpu,
            db_worker_cpu_pct: workerCpu,
            rss_mb: rss,
            server_ran_ticks_per_s: (ticks1 - ticks0) / ((ts1 - ts0) / 1000),
            written_bytes_per_s: bytes0 === null || bytes1 === null ? null : (bytes1 - bytes0) / ((ts1 - ts0) / 1000),
            writes: edits,
            live: live && liveWorst !== null ? { viewers: live.viewers, worst: liveWorst, sfu_cpu_pct: sfuCpu, peers_cpu_pct: peersCpu } : null,
          });
        }, reject);
      });
    });
  } finally {
    await live?.stop();
    if (beside === 'live') {
      leaveCoreGroups(process.pid);
      for (const line of log.split('\n').filter((l) => /"msg":"live|"level":(40|50)/.test(l))) console.log(`[bench:hall] server: ${line}`);
    }
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const loadBefore = loadAverage();
console.log(`[bench:hall] load before: ${loadBefore}; server on core 0, bots on core 1`);
/** bench:live's clip, encoded once by the shipped ffmpeg, for the --with-live run. */
const liveClip = WITH_LIVE ? benchClip(20, 1500) : null;
const hall = await run('hall', VISITORS, a.watchers);
report('hall (interest management)', hall);
const written = WITH_WRITES ? await run('hall', VISITORS, a.watchers, 'writes') : null;
if (written) report(`hall with booth edits every ${EDIT_EVERY_MS} ms`, written);
const lived = WITH_LIVE ? await run('hall', VISITORS, a.watchers, 'live') : null;
if (lived) report(`hall with a live and ${LIVE_VIEWERS} viewers`, lived);
const base = await run('hall_fullsync', VISITORS, a['baseline-watchers']);
report('hall_fullsync baseline', base);
const loadAfter = loadAverage();
console.log(`[bench:hall] load after: ${loadAfter}`);
const [hallValid, baseValid] = [hall, base].map((r) => validityOf(healthOf(r)));
const valid = hallValid!.bytes && baseValid!.bytes;
const ratio = valid ? r1(base.down_bytes_per_s_per_visitor / hall.down_bytes_per_s_per_visitor) : null;
if (valid) {
  console.log(`[bench:hall] at ${VISITORS} visitors full sync sends ×${ratio} the bytes per visitor of interest management (CPU ×${r1(base.server_cpu_pct / hall.server_cpu_pct)})`);
} else {
  const failed = [hallValid!.bytes ? '' : `the hall run (${hallValid!.why.join('; ')})`, baseValid!.bytes ? '' : `the baseline run (${baseValid!.why.join('; ')})`];
  console.error(`[bench:hall] VOID: the bytes of ${failed.filter(Boolean).join(' and ')} do not stand (tests/bench/lib/hallValidity.ts); no ratio, docs/performance.md left as it was`);
}
const writtenValid = written ? validityOf(healthOf(written)) : null;
/** p95 with edits landing over p95 without, from the same invocation; only when both latencies stand. */
const writesRatio = written && hallValid!.latency && writtenValid!.latency ? Math.round((written.p95_ms / hall.p95_ms) * 100) / 100 : null;
if (written) {
  const w = written.writes!;
  console.log(
    `[bench:hall] booth edits: ${w.acknowledged} acknowledged (${r1(w.acknowledged / written.window_s)}/s), ${w.failed} not, slowest ${Math.round(w.max_ms)} ms · ` +
      `move→seen p95 ${r1(hall.p95_ms)} ms without, ${r1(written.p95_ms)} ms with${writesRatio === null ? ' (no ratio: a latency does not stand)' : ` (×${writesRatio})`}`,
  );
}
const livedValid = lived ? validityOf(healthOf(lived)) : null;
/** p95 with the live beside the hall over p95 without, from the same invocation; only when both latencies stand. */
const liveRatio = lived && hallValid!.latency && livedValid!.latency ? Math.round((lived.p95_ms / hall.p95_ms) * 100) / 100 : null;
if (lived) {
  console.log(
    `[bench:hall] live beside the hall: ${lived.live!.viewers} viewers, the worst got ${r1(lived.live!.worst * 100)}% of the packets · ` +
      `move→seen p95 ${r1(hall.p95_ms)} ms without, ${r1(lived.p95_ms)} ms with${liveRatio === null ? ' (no ratio: a latency does not stand)' : ` (×${liveRatio})`} · ` +
      `on core ${botCore.core} the SFU's thread used ${r1(lived.live!.sfu_cpu_pct)}%, the publisher and viewers ${r1(lived.live!.peers_cpu_pct)}%`,
  );
}
clearTimeout(deadline);
const json = {
  bench: 'hall',
  visitors: hall.visitors,
  cpu_pct: r1(hall.server_cpu_pct),
  rss_mb: r1(hall.rss_mb),
  p50_ms: hallValid!.latency ? r1(hall.p50_ms) : null,
  p95_ms: hallValid!.latency ? r1(hall.p95_ms) : null,
  p99_ms: hallValid!.latency ? r1(hall.p99_ms) : null,
  down_kbps_per_visitor: r1(hall.down_bytes_per_s_per_visitor / 1024),
  baseline_visitors: base.visitors,
  baseline_cpu_pct: r1(base.server_cpu_pct),
  baseline_down_kbps_per_visitor: r1(base.down_bytes_per_s_per_visitor / 1024),
  baseline_received_share: receivedShare(healthOf(base)) === null ? null : Math.round(receivedShare(healthOf(base))! * 1000) / 1000,
  baseline_p95_ms: baseValid!.latency ? r1(base.p95_ms) : null,
  fullsync_down_ratio: ratio,
  ticks_per_s: r1(hall.server_ran_ticks_per_s),
  bot_cpu_pct: r1(Math.max(hall.bot_cpu_pct, base.bot_cpu_pct)),
  ...(written
    ? {
        p95_ms_with_writes: writtenValid!.latency ? r1(written.p95_ms) : null,
        edits_per_s: r1(written.writes!.acknowledged / written.window_s),
        edits_failed: written.writes!.failed,
        p95_with_writes_ratio: writesRatio,
        ticks_per_s_with_writes: r1(written.server_ran_ticks_per_s),
        cpu_pct_with_writes: r1(written.server_cpu_pct),
        db_worker_cpu_pct_with_writes: r1(written.db_worker_cpu_pct),
      }
    : {}),
  ...(lived
    ? {
        live_viewers: lived.live!.viewers,
        live_worst_share: Math.round(lived.live!.worst * 1000) / 1000,
        p95_ms_with_live: livedValid!.latency ? r1(lived.p95_ms) : null,
        p95_with_live_ratio: liveRatio,
        ticks_per_s_with_live: r1(lived.server_ran_ticks_per_s),
        cpu_pct_with_live: r1(lived.server_cpu_pct),
        worker_cpu_pct_with_live: r1(lived.db_worker_cpu_pct),
        sfu_cpu_pct_with_live: r1(lived.live!.sfu_cpu_pct),
      }
    : {}),
};
if (valid && a.doc !== '0') writeSection(join(repoRoot, 'docs', 'performance.md'), 'bench:hall:figures', figuresTable({ window: a.window, warmup: a.warmup, liveCore: botCore.core }, hall, base, written, writesRatio, lived, liveRatio, loadBefore, loadAfter, json));
console.log(JSON.stringify(json));
process.exit(valid ? 0 : 2);
