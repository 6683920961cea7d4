/**
 * bench:fair's reading of its runs: whether a step held, and if not what bound it (the servers'
 * quotas, the bots, or neither); the search's figure; and the table written into
 * docs/performance.md between `<!-- bench:fair:figures -->` markers (the prose around them, inside
 * `<!-- bench:fair -->` … `<!-- /bench:fair -->`, is written by hand).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/serverProcess.ts';

export interface Step {
  visitors: number;
  /** Each server's CPU quota, % of one core. */
  quotaPct: number;
  p50: number;
  p95: number;
  samples: number;
  /** Bots whose connection closed before the end (the server dropped them). */
  dropped: number;
  /** Ticks per second the slowest shard's frames showed the bots. */
  ticks: number;
  /** Ticks per second the slowest server's shards ran (server metrics). */
  ranTicks: number;
  /** % of one core, per server process. */
  serverCpu: number[];
  /** Share of CFS periods in which each server hit its quota (0–1). */
  throttled: number[];
  redisCpu: number;
  botCpu: number;
  /** p99 event-loop delay of the bot process: a backlog shows here before its CPU reaches 100%. */
  botLagP99: number;
  /** Every core's busy time over the window, % of one core (200% = both): ours and other tenants'. */
  machineCpu: number;
  downKBps: number;
  publishesPerS: number;
  chatPerS: number;
}

/** held; or, for a step that did not hold, what bound it. */
export type Verdict = 'held' | 'servers' | 'bots' | 'other';

export const RULES = {
  p95Ms: 100,
  /** Server metrics: each shard ran at least this many of its 20 ticks a second. */
  minRanTicks: 19,
  /** Frame headers the watchers saw over a short window: ±1 tick is ±0.1/s, so "keeps 20 Hz" is ≥ 18.5. */
  minSeenTicks: 18.5,
  /** Fewer samples than this and a p95 says little. */
  minSamples: 50,
  /** The bots are the bound past either: their reads (and so latency samples) come late. */
  botCpuPct: 80,
  botLagP99Ms: 40,
  /**
   * …unless other tenants kept the machine this busy (% of one core beyond our processes): then a
   * late event loop is theirs, and lowering our quotas would not help.
   */
  othersPct: 30,
  /**
   * A server is at its bound when it used this share of its quota on average, or hit the quota in
   * this share of the periods it ran in (a tick that needs more than a period's share is spread over
   * several, which is the quota binding too; at a quarter of the periods that happens well below
   * saturation, hence a half).
   */
  quotaShare: 0.75,
  throttledShare: 0.5,
} as const;

const r1 = (x: number): number => Math.round(x * 10) / 10;
const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

export function verdictOf(s: Step): Verdict {
  const ok = s.p95 <= RULES.p95Ms && s.ranTicks >= RULES.minRanTicks && s.ticks >= RULES.minSeenTicks && s.samples >= RULES.minSamples && s.dropped === 0;
  if (ok) return 'held';
  const others = s.machineCpu - sum(s.serverCpu) - s.botCpu - s.redisCpu;
  if (s.botCpu > RULES.botCpuPct || (s.botLagP99 > RULES.botLagP99Ms && others < RULES.othersPct)) return 'bots';
  const atQuota = s.serverCpu.some((c) => c >= s.quotaPct * RULES.quotaShare) || s.throttled.some((t) => t >= RULES.throttledShare);
  return atQuota ? 'servers' : 'other';
}


export interface Search {
  steps: Step[];
  /** The most visitors that held. */
  held: number;
  /** What ended the search: the verdict of the smallest count that did not hold, or 'max' / 'time'; 'skipped' if not run. */
  bound: Verdict | 'max' | 'time' | 'skipped';
}

/** Why a ratio can or cannot be read from two searches: only when the servers bound both. */
export function ratioOf(one: Search, two: Search): { ratio: number | null; why: string } {
  if (one.bound === 'servers' && two.bound === 'servers' && one.held > 0) return { ratio: Math.round((two.held / one.held) * 100) / 100, why: 'the servers’ quotas bound both setups' };
  const what = (s: Search): string =>
    s.bound === 'bots' ? 'the bot process (its core or its event loop) was the bound'
      : s.bound === 'other' ? 'a count failed with the servers under their quota and the bots not saturated (other work on the machine: see "machine busy")'
        : s.bound === 'max' ? 'the search reached --max before any count failed'
          : s.bound === 'time' ? 'the time budget ended the search before any count failed'
            : s.bound === 'skipped' ? 'not searched'
            : s.held === 0 ? 'no count held' : 'the servers bound it';
  const bad = [one.bound !== 'servers' || one.held === 0 ? `one process: ${what(one)}` : '', two.bound !== 'servers' ? `two processes: ${what(two)}` : ''].filter(Boolean);
  return { ratio: null, why: bad.join('; ') };
}

/** A step as one line of the bench's output and of the table. */
export function describe(s: Step, verdict: Verdict): string {
  return `${s.visitors} visitors: p50/p95 ${r1(s.p50)}/${r1(s.p95)} ms (${s.samples} samples)${s.dropped ? ` · ${s.dropped} DROPPED` : ''} · ticks ran ${r1(s.ranTicks)}/s, seen ${r1(s.ticks)}/s · ` +
    `servers ${s.serverCpu.map((c, i) => `${r1(c)}% (throttled ${Math.round(s.throttled[i]! * 100)}%)`).join(' + ')} of ${s.quotaPct}% quotas · ` +
    `bots ${r1(s.botCpu)}% (loop lag p99 ${r1(s.botLagP99)} ms)${s.redisCpu ? ` · redis ${r1(s.redisCpu)}%` : ''} · machine ${r1(s.machineCpu)}% of 200% · ` +
    `${r1(s.publishesPerS)} PUBLISH/s · ${r1(s.downKBps)} KB/s down each → ${verdict === 'held' ? 'held' : `NOT held (bound: ${verdict})`}`;
}

function table(label: string, steps: Step[]): string[] {
  return steps.map((s) => {
    const v = verdictOf(s);
    return `| ${label} | ${s.visitors} | ${r1(s.p50)} / ${r1(s.p95)} ms | ${r1(s.ranTicks)} / ${r1(s.ticks)} | ` +
      `${s.serverCpu.map((c, i) => `${r1(c)}% (${Math.round(s.throttled[i]! * 100)}%)`).join(' + ')} | ${r1(s.botCpu)}% (lag p99 ${r1(s.botLagP99)} ms) | ` +
      `${s.redisCpu ? `${r1(s.redisCpu)}%` : '—'} | ${r1(s.machineCpu)}% | ${r1(s.publishesPerS)} | ${r1(s.downKBps)} KB/s | ${v === 'held' ? 'held' : `**not held** (${v})`} |`;
  });
}

/**
 * Visitors one setup would hold with a whole core per server process: the busiest process's CPU
 * per visitor at the largest count that held, extended to 90% of a core. A projection, printed
 * beside the measured ratio only as a cross-check; NaN if nothing held.
 */
export function projectedCapacity(steps: Step[]): number {
  const top = steps.filter((s) => verdictOf(s) === 'held').sort((x, y) => y.visitors - x.visitors)[0];
  if (!top) return NaN;
  const processes = top.serverCpu.length;
  const perVisitor = Math.max(...top.serverCpu) / (top.visitors / processes);
  return Math.round((processes * 90) / perVisitor);
}

export interface FairInput {
  one: Search;
  two: Search;
  quotaPct: number;
  periodUs: number;
  /** Quotas tried before this one, each abandoned because the bots were the bound. */
  lowered: number[];
  cost: { with: Step; without: Step } | null;
  costAt: number;
  loadBefore: string;
  loadAfter: string;
  window: string;
  warmup: string;
}

export interface FairSummary {
  ratio: number | null;
  why: string;
  projected: { one: number; two: number; ratio: number };
  publishPerS: number;
  hallChatCpu: number;
}

export function writeFairFigures(f: FairInput): FairSummary {
  const { ratio, why } = ratioOf(f.one, f.two);
  const one = projectedCapacity(f.one.steps);
  const two = projectedCapacity(f.two.steps);
  const projected = { one, two, ratio: Math.round((two / one) * 100) / 100 };
  const hallChatCpu = f.cost ? r1(sum(f.cost.with.serverCpu) - sum(f.cost.without.serverCpu)) : NaN;
  const publishPerS = f.cost ? r1(f.cost.with.publishesPerS) : NaN;
  const headline = ratio === null
    ? `**No ratio: ${why}.** Held at p95 ≤ 100 ms: ${f.one.held} visitors with one process, ${f.two.held} with two (not comparable).`
    : `**Held at p95 ≤ 100 ms with ${f.quotaPct}% of a core per server process: ${f.one.held} visitors with one process, ${f.two.held} with two processes + Redis — ×${ratio}, measured.** ${why[0]!.toUpperCase()}${why.slice(1)}.`;
  const lines = [
    `Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${f.window} s windows after ${f.warmup} s warm-up; servers on core 0 at ${f.quotaPct}% of it each ` +
      `(CFS period ${f.periodUs / 1000} ms), bots on core 1${f.lowered.length ? `; quotas lowered from ${f.lowered.map((q) => `${q}%`).join(', ')} because the bots were the bound there` : ''}; ` +
      `load average before \`${f.loadBefore}\`, after \`${f.loadAfter}\` (2 cores, shared).`,
    '',
    headline,
    '',
    ...(Number.isFinite(projected.ratio)
      ? [`For comparison only, the old projection (busiest process's CPU per visitor at the largest count held, extended to 90% of a whole core): ${one} vs ${two}, ×${projected.ratio}.`, '']
      : []),
    '| setup | visitors | move→seen p50 / p95 | ticks/s per shard: ran / seen by bots (slowest) | server CPU, % of a core (share of periods throttled) | bots CPU | Redis CPU | machine busy (of 200%) | PUBLISH/s | down per visitor | |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...table('1 process, 2 shards', f.one.steps),
    ...table('2 processes + Redis, 4 shards', f.two.steps),
  ];
  if (f.cost) {
    const w = f.cost.with;
    const o = f.cost.without;
    lines.push(
      '',
      `Cross-shard hall state at ${f.costAt} visitors on two processes: with hall chat (${r1(w.chatPerS)} lines/s sent by all bots, a share of them to the hall) ` +
        `Redis took ${r1(w.publishesPerS)} PUBLISH/s and ${r1(w.redisCpu)}% of a core; without hall chat ${r1(o.publishesPerS)} PUBLISH/s (shard totals twice a second, ` +
        `Colyseus' own stats) and ${r1(o.redisCpu)}%. Servers: ${w.serverCpu.map((c) => `${r1(c)}%`).join(' + ')} with, ${o.serverCpu.map((c) => `${r1(c)}%`).join(' + ')} without ` +
        `(Δ ${hallChatCpu} points of a core, within run-to-run noise when small); p95 ${r1(w.p95)} vs ${r1(o.p95)} ms.`,
    );
  }
  const path = join(repoRoot, 'docs', 'performance.md');
  const [open, close] = ['<!-- bench:fair:figures -->', '<!-- /bench:fair:figures -->'];
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '# Performance\n';
  const i = text.indexOf(open);
  const j = text.indexOf(close);
  const block = `${open}\n${lines.join('\n')}\n${close}`;
  writeFileSync(
    path,
    i >= 0 && j > i
      ? text.slice(0, i) + block + text.slice(j + close.length)
      : `${text.trimEnd()}\n\n<!-- bench:fair -->\n## A fair over processes (bench:fair)\n\n${block}\n<!-- /bench:fair -->\n`,
  );
  return { ratio, why, projected, publishPerS, hallChatCpu };
}
