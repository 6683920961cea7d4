/**
 * A tiny seeded pseudo-random generator for tests, fuzzers and bots. Shared code never calls
 * Math.random: anything random takes a generator like this one as a parameter, so a failing fuzz
 * run can be replayed from its seed.
 *
 * mulberry32: 32-bit state, period 2^32, good enough statistically for test data (not crypto).
 */

export type Rng = () => number;

/** A generator of floats in [0, 1); the same seed always gives the same sequence. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max] (both inclusive) drawn from `rng`. */
export function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}
