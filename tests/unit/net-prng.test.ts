import { describe, expect, it } from 'vitest';
import { mulberry32, randomInt } from '../../shared/net/prng.ts';

describe('mulberry32', () => {
  it('replays the same sequence from the same seed, and a different one from another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const sa = Array.from({ length: 10 }, a);
    expect(Array.from({ length: 10 }, b)).toEqual(sa);
    expect(Array.from({ length: 10 }, c)).not.toEqual(sa);
  });

  it('stays in [0, 1) and spreads roughly evenly', () => {
    const rng = mulberry32(1);
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const v = rng();
      expect(v >= 0 && v < 1).toBe(true);
      bins[Math.floor(v * 10)]!++;
    }
    for (const n of bins) expect(Math.abs(n - 10_000)).toBeLessThan(500);
  });

  it('randomInt covers both ends inclusively', () => {
    const rng = mulberry32(5);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(randomInt(rng, -2, 2));
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2]);
  });
});
