/**
 * bench:fair prints a two-versus-one ratio only when the servers' CPU quotas bound both setups: a
 * step whose bots saturated (CPU or event loop) says nothing about the servers, so a search ended by
 * one gives no ratio.
 */
import { describe, expect, it } from 'vitest';
import { ratioOf, verdictOf, type Search, type Step } from '../bench/fairReport.ts';

const step = (over: Partial<Step>): Step => ({
  visitors: 800, quotaPct: 40, p50: 30, p95: 70, samples: 2000, dropped: 0, ticks: 19.8, ranTicks: 20, serverCpu: [20], throttled: [0.1],
  redisCpu: 0, botCpu: 40, botLagP99: 12, machineCpu: 80, downKBps: 2, publishesPerS: 0, chatPerS: 10, ...over,
});

describe('bench:fair verdicts', () => {
  it('holds a step within p95, ticks and samples', () => {
    expect(verdictOf(step({}))).toBe('held');
  });

  it('names the servers when p95 fails with a server at its quota and the bots idle', () => {
    expect(verdictOf(step({ p95: 180, serverCpu: [37.5], throttled: [0.6] }))).toBe('servers');
    expect(verdictOf(step({ ranTicks: 17, serverCpu: [24, 39] }))).toBe('servers');
  });

  it('names the bots when their event loop lags or their core is full, even with the servers throttled', () => {
    expect(verdictOf(step({ p95: 180, serverCpu: [38], throttled: [0.7], botLagP99: 90 }))).toBe('bots');
    expect(verdictOf(step({ p95: 180, botCpu: 92 }))).toBe('bots');
  });

  it('does not blame the bots for a late event loop while other tenants keep the machine busy', () => {
    // Ours: 20 + 40 = 60% of a core; the machine was 195% busy.
    expect(verdictOf(step({ p95: 180, botLagP99: 60, machineCpu: 195 }))).toBe('other');
    expect(verdictOf(step({ p95: 180, botCpu: 92, machineCpu: 195 }))).toBe('bots');
  });

  it('names neither when p95 fails with the servers under quota and the bots fine', () => {
    expect(verdictOf(step({ p95: 150, serverCpu: [20], throttled: [0.05] }))).toBe('other');
    // Ticks that burst past a period's share throttle a quarter of periods long before saturation.
    expect(verdictOf(step({ p95: 150, serverCpu: [22, 23], throttled: [0.3, 0.3] }))).toBe('other');
  });

  it('does not hold a step with too few latency samples to read a p95 from, or one that dropped visitors', () => {
    expect(verdictOf(step({ samples: 10 }))).not.toBe('held');
    expect(verdictOf(step({ dropped: 3 }))).not.toBe('held');
  });
});

describe('bench:fair ratio', () => {
  const search = (held: number, bound: Search['bound']): Search => ({ steps: [], held, bound });

  it('is measured when the servers bound both setups', () => {
    expect(ratioOf(search(800, 'servers'), search(1520, 'servers'))).toEqual({ ratio: 1.9, why: expect.stringContaining('quotas') });
  });

  it('is refused, naming the bots, when they bound either setup', () => {
    const r = ratioOf(search(800, 'servers'), search(1300, 'bots'));
    expect(r.ratio).toBeNull();
    expect(r.why).toMatch(/two processes: the bot process/);
  });

  it('is refused when a search ended without a failing count', () => {
    expect(ratioOf(search(800, 'max'), search(1600, 'servers')).ratio).toBeNull();
    expect(ratioOf(search(800, 'servers'), search(1600, 'time')).ratio).toBeNull();
  });
});
