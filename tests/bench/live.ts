/**
 * bench:live — how many viewers the SFU serves on a quarter of a core, and how soon a browser sees
 * the first frame (issue 10 §7).
 *
 *   npm run bench:live -- [--step 5] [--max-viewers 200] [--window 10] [--settle 2] [--tries 5]
 *                         [--baseline-quota 50] [--baseline-step 10] [--baseline-max 300] [--doc 1]
 *
 * The server (`node server/main.ts`) on core 0, the whole process under a CFS quota of 25% of a core
 * (period 10 ms): the SFU is a worker thread in it, and the halls' loop is idle in this bench (no
 * visitor joins a hall). LIVE_HLS=off, so no ffmpeg encodes the live beside it. This process holds
 * the publisher and every viewer (werift peers on loopback) on core 1. The publisher replays a
 * 720p VP8 clip at ~1.5 Mbps (testsrc2, encoded once by the shipped ffmpeg before anything is
 * measured; lib/vp8Clip.ts), paced as a browser's sender. Viewers join `step` at a time; after each
 * step, every viewer's distinct packets over a window are set against those the publisher sent; the
 * search stops at the first step whose worst viewer got under 95% over two windows in a row, and
 * `viewers` is the last step that held, measured, not extrapolated: viewers_per_core = viewers ÷ 0.25.
 *
 * first_frame_ms: with one step fewer viewers than were held still watching, Debian Chromium joins
 * `tries` times (lib/browserFirstFrame.ts): from the join request to the first decoded frame; the
 * median, a try without a frame in 10 s counting as 10 s (and in first_frame_failed).
 *
 * Baseline, same invocation: the same search on a fresh server with --baseline-quota % of the core
 * (100: no quota, the whole core), and the ratio of the two viewers-per-core figures (near 1: the
 * quarter-core figure scales; the quota's slicing did not distort it). A step whose bench process was
 * over 90% of its core when it failed says the viewers, not the SFU, were the limit (limit "client").
 * Writes the <!-- bench:live --> section of docs/performance.md (unless --doc 0); last line: JSON.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../helpers/serverProcess.ts';
import { loadAverage, type Placement } from '../load/procs.ts';
import { browserFirstFrames, TRY_LIMIT_MS, type FirstFrame } from './lib/browserFirstFrame.ts';
import { cgroupsAvailable, coreGroup, MAX_SHARES, priorityGroup, quotaGroup } from './lib/cgroups.ts';
import { PACING_FACTOR } from './lib/livePeers.ts';
import { liveRun, type RunResult } from './lib/liveRun.ts';
import { median, verdict, viewersPerCore, type Verdict } from './lib/liveSteps.ts';
import { benchSection, writeSection } from './lib/perfDoc.ts';
import { benchClip, CLIP_GOP, isKeyframe } from './lib/vp8Clip.ts';

const { values: a } = parseArgs({
  options: {
    step: { type: 'string', default: '5' },
    'max-viewers': { type: 'string', default: '200' },
    window: { type: 'string', default: '10' },
    settle: { type: 'string', default: '2' },
    tries: { type: 'string', default: '5' },
    quota: { type: 'string', default: '25' },
    /**
     * Half a core: with the whole core the SFU outlasts the viewers' own process (one core of werift
     * peers served ~110 viewers in the first runs), so the baseline would measure the bench. 0: none.
     */
    'baseline-quota': { type: 'string', default: '50' },
    'baseline-step': { type: 'string', default: '10' },
    'baseline-max': { type: 'string', default: '300' },
    /** 0: print only, leave docs/performance.md as it is (development runs). */
    doc: { type: 'string', default: '1' },
  },
});
const QUOTA = Number(a.quota);
const BASELINE_QUOTA = Number(a['baseline-quota']);
const KBPS = 1500;
const CLIP_S = 20;

const deadline = setTimeout(() => {
  console.error('[bench:live] over the 20-minute budget: stopping');
  process.exit(1);
}, 20 * 60_000);

if (!cgroupsAvailable()) {
  console.error('[bench:live] needs root and the cgroup v1 cpu and cpuset controllers to put the server under a quota on its own core');
  process.exit(1);
}
const serverCore = coreGroup('server', 0);
const benchCore = coreGroup('peers', 1);
// The peers (and Chromium, started from here) on core 1, weighted ahead of other tenants' work there.
const peersFirst = priorityGroup('peers', MAX_SHARES);
for (const g of [benchCore, peersFirst]) g.add(process.pid);

const loadBefore = loadAverage();
console.log(`[bench:live] load before: ${loadBefore}; encoding a ${CLIP_S} s 1280×720 VP8 clip at ${KBPS} kbps…`);
const { frames, kbps: clipKbps } = benchClip(CLIP_S, KBPS);
console.log(`[bench:live] clip: ${frames.length} frames, ${frames.filter(isKeyframe).length} keyframes (every ${CLIP_GOP}), ${clipKbps} kbps`);

const secret = randomBytes(24).toString('hex');
const common = { frames, kbps: clipKbps, windowS: Number(a.window), settleS: Number(a.settle), secret };

let firstFrames: FirstFrame[] = [];
let watching = 0;
const quota = quotaGroup('sfu', QUOTA);
const capped = await liveRun({
  ...common,
  label: `${QUOTA}% of a core`,
  placements: [serverCore, quota],
  step: Number(a.step),
  maxViewers: Number(a['max-viewers']),
  after: async (base, liveId, viewers) => {
    watching = viewers;
    firstFrames = await browserFirstFrames(base, liveId, Number(a.tries));
    const shown = firstFrames.map((f) => (f.ms === null ? `none (${f.error})` : `${Math.round(f.ms)} ms (${f.width} px wide)`));
    console.log(`[bench:live] Chromium's first frames with ${viewers} viewers watching: ${shown.join(', ')}`);
  },
});

let baseline: RunResult | null = null;
if (BASELINE_QUOTA > 0) {
  const placements: Placement[] = [serverCore, BASELINE_QUOTA >= 100 ? priorityGroup('sfu-whole', MAX_SHARES) : quotaGroup('sfu-baseline', BASELINE_QUOTA)];
  baseline = await liveRun({ ...common, label: BASELINE_QUOTA >= 100 ? 'a whole core' : `${BASELINE_QUOTA}% of a core`, placements, step: Number(a['baseline-step']), maxViewers: Number(a['baseline-max']) });
}
const loadAfter = loadAverage();
clearTimeout(deadline);

const held: Verdict = verdict(capped.steps);
const base: Verdict | null = baseline ? verdict(baseline.steps) : null;
const r1 = (x: number) => Math.round(x * 10) / 10;
const firstFrameMs = median(firstFrames.map((f) => f.ms ?? TRY_LIMIT_MS));
const firstFrameFailed = firstFrames.filter((f) => f.ms === null).length;
const perCore = viewersPerCore(held.viewers, QUOTA);
const basePerCore = base ? viewersPerCore(base.viewers, Math.min(100, BASELINE_QUOTA)) : null;
const heldStep = capped.steps.find((s) => s.viewers === held.viewers);
// The issue's four fields first, as it names them; the rest after.
const json = {
  bench: 'live',
  viewers: held.viewers,
  viewers_per_core: perCore,
  first_frame_ms: firstFrameMs === null ? null : Math.round(firstFrameMs),
  quota_pct: QUOTA,
  limit: held.limit,
  server_cpu_pct: heldStep ? r1(heldStep.serverCpuPct) : null,
  bench_cpu_pct: r1(Math.max(...capped.steps.map((s) => s.clientCpuPct))),
  clip_kbps: clipKbps,
  first_frame_watching: watching,
  first_frame_failed: firstFrameFailed,
  publisher_dropped: capped.publisherDropped,
  ...(base && basePerCore !== null
    ? { baseline_quota_pct: Math.min(100, BASELINE_QUOTA), baseline_viewers: base.viewers, baseline_limit: base.limit, baseline_viewers_per_core: basePerCore, per_core_ratio: basePerCore > 0 ? r1((perCore / basePerCore) * 100) / 100 : null }
    : {}),
};

console.log(
  `[bench:live] ${QUOTA}% of a core: ${held.viewers} viewers held (search ended by ${held.limit}) → ${perCore} viewers per core; first frame median ${json.first_frame_ms} ms in Chromium; load after ${loadAfter}`,
);
if (base) console.log(`[bench:live] baseline ${json.baseline_quota_pct}%: ${base.viewers} viewers (ended by ${base.limit}) → ${basePerCore} per core; quarter-core per-core ÷ baseline per-core = ${json.per_core_ratio}`);

if (a.doc !== '0') {
  const stepRows = (label: string, r: RunResult) => r.steps.map((s) => [label, String(s.viewers), `${r1(s.worst * 100)}%${s.windows > 1 ? ' (2nd window)' : ''}`, `${r1(s.serverCpuPct)}%`, `${r1(s.clientCpuPct)}%`]);
  const method =
    `Last run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average before \`${loadBefore}\`, after \`${loadAfter}\` (2 cores, shared). ` +
    `The whole server process on core 0 under a CFS quota of ${QUOTA}% (period 10 ms): the SFU is its worker thread; the halls' loop is idle here; LIVE_HLS=off (no ffmpeg beside it). ` +
    `One publisher (werift, in the bench process on core 1) replays a 1280×720 VP8 testsrc2 clip at ${clipKbps} kbps, 30 fps, a keyframe every ${CLIP_GOP} frames ` +
    `(the replay cannot answer a keyframe request, so a joiner waits ~0.25 s on average for one), paced at ${PACING_FACTOR}× its rate as a browser's sender is; werift viewers join ${a.step} at a time and each step is measured over ${a.window} s ` +
    `(distinct packets each viewer received ÷ packets sent), and over a second window when the first failed (the machine is shared). viewers = the last step whose worst viewer got ≥ 95%; viewers_per_core = viewers ÷ ${QUOTA / 100}. ` +
    `first_frame_ms: Debian Chromium joins ${a.tries} times while ${watching} viewers watch (a step under those held, so the tries' joins do not take the SFU past what it held), ` +
    `from its POST /api/lives/:liveId/viewers to the first decoded frame (requestVideoFrameCallback); median, a try without a frame in ${TRY_LIMIT_MS / 1000} s counted as ${TRY_LIMIT_MS / 1000} s (${firstFrameFailed} of ${firstFrames.length} had none). ` +
    `Baseline: the same search with ${BASELINE_QUOTA >= 100 ? 'no quota (the whole core)' : `${BASELINE_QUOTA}% of the core`}, in steps of ${a['baseline-step']}. ` +
    `A search ended by "client" means the bench process was saturated when the step failed: that figure is a lower bound for the SFU.`;
  const tries = firstFrames.map((f) => (f.ms === null ? 'none' : `${Math.round(f.ms)}`)).join(', ');
  const result =
    `Result: ${held.viewers} viewers held at ${QUOTA}% of a core (the search ended by ${held.limit}) → **${perCore} viewers per core** (target ≥ 50); ` +
    `first frame median **${json.first_frame_ms} ms** (target ≤ 1,500; tries ${tries} ms).` +
    (base ? ` Baseline at ${json.baseline_quota_pct}%: ${base.viewers} viewers (ended by ${base.limit}${base.limit === 'client' ? ': a lower bound' : ''}) → ${basePerCore} per core; the quarter core's per-core figure is ×${json.per_core_ratio} the baseline's.` : '');
  const rows = [...stepRows(`${QUOTA}%`, capped), ...(baseline ? stepRows(`${Math.min(100, BASELINE_QUOTA)}%`, baseline) : [])];
  writeSection(join(repoRoot, 'docs', 'performance.md'), 'bench:live', benchSection('## Live video: viewers per core and first frame (bench:live)', `${method}\n\n${result}`, ['server quota', 'viewers', 'worst viewer', 'server CPU', 'bench process CPU'], rows, json));
}
console.log(JSON.stringify(json));
process.exit(0);
