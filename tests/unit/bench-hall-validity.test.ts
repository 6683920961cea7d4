/**
 * bench:hall's full-sync baseline pushes ~70 MB/s into one bot process at 1,000 visitors, which
 * lags. Its bytes still count when the bots took in what the server wrote (the server's own count)
 * and the server kept its tick rate; its latency never does while the bots lag. A run that lost
 * visitors, or whose bots fell behind the server's bytes, gives no figure at all.
 */
import { describe, expect, it } from 'vitest';
import { validityOf, type RunHealth } from '../bench/lib/hallValidity.ts';

const MB = 1024 * 1024; // a second: 1,000 visitors at 73 KB/s is 71 MB/s
const run = (over: Partial<RunHealth>): RunHealth => ({
  botCpuPct: 50, botLagP99Ms: 15, dropped: 0, serverTicksPerS: 19.9, receivedBytesPerS: 2 * MB, writtenBytesPerS: null, ...over,
});

describe('bench:hall validity', () => {
  it('keeps latency and bytes of a run whose bots kept up', () => {
    expect(validityOf(run({}))).toEqual({ latency: true, bytes: true, why: [] });
  });

  it('keeps the bytes, not the latency, of a lagging bot process that received what the server wrote', () => {
    // This morning's baseline: 66% of a core, lag p99 75 ms.
    const v = validityOf(run({ botCpuPct: 66, botLagP99Ms: 75, receivedBytesPerS: 70.2 * MB, writtenBytesPerS: 71.3 * MB }));
    expect(v.latency).toBe(false);
    expect(v.bytes).toBe(true);
    expect(v.why.join()).toMatch(/lag p99 75 ms/);
  });

  it('refuses the bytes when the bots received under 98% of what the server wrote', () => {
    const v = validityOf(run({ botLagP99Ms: 75, receivedBytesPerS: 68 * MB, writtenBytesPerS: 71 * MB }));
    expect(v.bytes).toBe(false);
    expect(v.why.join()).toMatch(/received 95\.8% of the bytes/);
  });

  it('refuses bytes the bots counted beyond what the server wrote (the two counts disagree)', () => {
    expect(validityOf(run({ receivedBytesPerS: 75 * MB, writtenBytesPerS: 70 * MB })).bytes).toBe(false);
  });

  it('refuses the bytes of a server that did not hold its tick rate (it sent less than the room would)', () => {
    const v = validityOf(run({ serverTicksPerS: 14, receivedBytesPerS: 50 * MB, writtenBytesPerS: 50 * MB }));
    expect(v.bytes).toBe(false);
    expect(v.why.join()).toMatch(/14 ticks\/s/);
  });

  it('without a server count, keeps bytes only while the bots were not the bound', () => {
    expect(validityOf(run({ botCpuPct: 90 })).bytes).toBe(false);
    expect(validityOf(run({ botLagP99Ms: 41 })).bytes).toBe(false);
  });

  it('keeps nothing of a run in which the server dropped bots', () => {
    const v = validityOf(run({ dropped: 2, writtenBytesPerS: 2 * MB }));
    expect(v).toMatchObject({ latency: false, bytes: false });
  });
});
