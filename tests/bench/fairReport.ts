/**
 * bench:fair's reading of its runs: which resource bounded the two-process figure, and the table
 * written into docs/performance.md between `<!-- bench:fair:figures -->` markers (the prose around
 * them, inside `<!-- bench:fair -->` … `<!-- /bench:fair -->`, is written by hand).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/serverProcess.ts';

export interface Step {
  visitors: number;
  ok: boolean;
  p50: number;
  p95: number;
  ticks: number;
  /** % of one core, per server process. */
  serverCpu: number[];
  redisCpu: number;
  botCpu: number;
  /** p99 event-loop delay of the bot process: a backlog shows here before its CPU reaches 100%. */
  botLagP99: number;
  /** Ticks per second each shard actually ran (server metrics), beside the ticks the bots saw. */
  ranTicks: number;
  /** Every core's busy time over the window, % of one core (200% = both): ours and other tenants'. */
  machineCpu: number;
  downKBps: number;
  publishesPerS: number;
  chatPerS: number;
}

export interface FairInput {
  steps1: Step[];
  steps2: Step[];
  n1: number;
  n2: number;
  cost: { with: Step; without: Step } | null;
  costAt: number;
  loadBefore: string;
  loadAfter: string;
  window: string;
  warmup: string;
}

const r1 = (x: number): number => Math.round(x * 10) / 10;
const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

/** What ran out at the first count that did not hold (all CPU figures are % of one core; 2 cores = 200%). */
export function boundOf(steps: Step[]): { key: string; text: string } {
  const fail = steps.find((s) => !s.ok);
  if (!fail) return { key: 'time', text: 'the 8-minute budget ended the search before any count failed' };
  const total = sum(fail.serverCpu) + fail.botCpu + fail.redisCpu;
  const others = Math.max(0, fail.machineCpu - total);
  const where = `at ${fail.visitors}: servers ${fail.serverCpu.map((c) => `${r1(c)}%`).join(' + ')}, bots ${r1(fail.botCpu)}%, redis ${r1(fail.redisCpu)}% = ${r1(total)}%, other tenants ${r1(others)}%, of 200%`;
  if (fail.botCpu > 85) return { key: 'bots', text: `the bot process ran out of its core (${where})` };
  // The shards kept time but the bots' event loop stalled (a late read is a late sample): the bots fell behind.
  if (fail.ranTicks >= 19 && fail.botLagP99 > 50) {
    return { key: 'bots', text: `the bot process fell behind reading (event-loop delay p99 ${r1(fail.botLagP99)} ms while the shards ran ${r1(fail.ranTicks)} ticks/s) (${where})` };
  }
  if (fail.machineCpu >= 170) return { key: others > 30 ? 'cpu-shared' : 'cpu', text: `both cores were busy${others > 30 ? ', partly with other tenants’ work' : ''} (${where})` };
  if (Math.max(...fail.serverCpu) >= 90) return { key: 'server', text: `a server process ran out of its core (${where})` };
  return { key: 'latency', text: `p95 passed 100 ms with CPU left (${where}): processes waiting for a shared core` };
}

function table(label: string, steps: Step[]): string[] {
  return steps.map((s) =>
    `| ${label} | ${s.visitors} | ${r1(s.p50)} / ${r1(s.p95)} ms | ${r1(s.ranTicks)} / ${r1(s.ticks)} | ${s.serverCpu.map((c) => `${r1(c)}%`).join(' + ')} | ${r1(s.botCpu)}% (lag p99 ${r1(s.botLagP99)} ms) | ${s.redisCpu ? `${r1(s.redisCpu)}%` : '—'} | ${r1(s.machineCpu)}% | ${r1(s.publishesPerS)} | ${r1(s.downKBps)} KB/s | ${s.ok ? 'held' : '**not held**'} |`,
  );
}

/**
 * Visitors one setup would hold if each server process had a core of its own (and the bots lived
 * elsewhere): the busiest process's CPU per visitor at the largest count that held, extended to 90%
 * of a core. A projection from measured per-process cost, not a measurement; NaN if nothing held.
 */
export function projectedCapacity(steps: Step[]): number {
  const top = steps.filter((s) => s.ok).sort((x, y) => y.visitors - x.visitors)[0];
  if (!top) return NaN;
  const processes = top.serverCpu.length;
  const perVisitor = Math.max(...top.serverCpu) / (top.visitors / processes);
  return Math.round((processes * 90) / perVisitor);
}

export function writeFairFigures(f: FairInput): { bound: string; boundKey: string; publishPerS: number; hallChatCpu: number; projected: { one: number; two: number; ratio: number } } {
  const bound = boundOf(f.steps2);
  const one = projectedCapacity(f.steps1);
  const two = projectedCapacity(f.steps2);
  const projected = { one, two, ratio: Math.round((two / one) * 100) / 100 };
  const hallChatCpu = f.cost ? r1(sum(f.cost.with.serverCpu) - sum(f.cost.without.serverCpu)) : NaN;
  const publishPerS = f.cost ? r1(f.cost.with.publishesPerS) : NaN;
  const lines = [
    `Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${f.window} s windows after ${f.warmup} s warm-up; load average before \`${f.loadBefore}\`, after \`${f.loadAfter}\` (2 cores, shared).`,
    '',
    `**Held at p95 ≤ 100 ms: ${f.n1} visitors with one process, ${f.n2} with two processes + Redis — ×${r1(f.n2 / Math.max(1, f.n1))}.** Two-process bound: ${bound.text}.`,
    '',
    `Projected with a core per server process (busiest process's CPU per visitor at the largest count held, extended to 90% of a core): ` +
      `${one} visitors for one process, ${two} for two — ×${projected.ratio}. A projection from measured per-process cost, not a measurement.`,
    '',
    '| setup | visitors | move→seen p50 / p95 | ticks/s per shard: ran / seen by bots (slowest) | server CPU (each, % of a core) | bots CPU | Redis CPU | machine busy (of 200%) | PUBLISH/s | down per visitor | |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...table('1 process, 2 shards', f.steps1),
    ...table('2 processes + Redis', f.steps2),
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
  return { bound: bound.text, boundKey: bound.key, publishPerS, hallChatCpu, projected };
}
