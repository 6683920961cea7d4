import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../shared/net/prng.ts';
import {
  QUANT16_MAX,
  dequantizeHeading8,
  dequantizePos,
  quantStep,
  quantizeHeading8,
  quantizePos,
  wrapAngle,
} from '../../shared/net/quantize.ts';

const MIN = -150;
const MAX = 150;

/** Smallest angular distance between two headings, radians. */
function arc(a: number, b: number): number {
  return Math.abs(wrapAngle(a - b));
}

describe('quantizePos / dequantizePos', () => {
  it('round-trips within half a step anywhere in the bounds', () => {
    const rng = mulberry32(7);
    const half = quantStep(MIN, MAX) / 2;
    let worst = 0;
    for (let i = 0; i < 20_000; i++) {
      const x = MIN + rng() * (MAX - MIN);
      const q = quantizePos(x, MIN, MAX);
      expect(Number.isInteger(q) && q >= 0 && q <= QUANT16_MAX).toBe(true);
      worst = Math.max(worst, Math.abs(dequantizePos(q, MIN, MAX) - x));
    }
    expect(worst).toBeLessThanOrEqual(half + 1e-9);
    // and the bound is tight enough to mean something: a step is a few millimetres here
    expect(worst).toBeGreaterThan(half * 0.5);
    expect(quantStep(MIN, MAX)).toBeLessThan(0.005);
  });

  it('maps the bounds exactly to 0 and 65535', () => {
    expect(quantizePos(MIN, MIN, MAX)).toBe(0);
    expect(quantizePos(MAX, MIN, MAX)).toBe(QUANT16_MAX);
    expect(dequantizePos(0, MIN, MAX)).toBe(MIN);
    expect(dequantizePos(QUANT16_MAX, MIN, MAX)).toBe(MAX);
  });

  it('clamps out-of-range and infinite values to the nearest end', () => {
    expect(quantizePos(MIN - 10, MIN, MAX)).toBe(0);
    expect(quantizePos(MAX + 10, MIN, MAX)).toBe(QUANT16_MAX);
    expect(quantizePos(-Infinity, MIN, MAX)).toBe(0);
    expect(quantizePos(Infinity, MIN, MAX)).toBe(QUANT16_MAX);
    expect(dequantizePos(70_000, MIN, MAX)).toBe(MAX);
    expect(dequantizePos(-3, MIN, MAX)).toBe(MIN);
  });

  it('sends NaN to min (documented) and a degenerate range to 0', () => {
    expect(quantizePos(Number.NaN, MIN, MAX)).toBe(0);
    expect(dequantizePos(Number.NaN, MIN, MAX)).toBe(MIN);
    expect(quantizePos(5, 10, 10)).toBe(0);
    expect(quantizePos(5, 10, 0)).toBe(0);
  });

  it('is monotonic: a larger x never gives a smaller code', () => {
    let prev = -1;
    for (let x = MIN; x <= MAX; x += 0.37) {
      const q = quantizePos(x, MIN, MAX);
      expect(q).toBeGreaterThanOrEqual(prev);
      prev = q;
    }
  });
});

describe('headings', () => {
  it('8-bit headings round-trip within half a step (π/256) along the shortest arc', () => {
    const rng = mulberry32(11);
    for (let i = 0; i < 5_000; i++) {
      const h = (rng() - 0.5) * 20 * Math.PI; // many turns either way
      const q = quantizeHeading8(h);
      expect(Number.isInteger(q) && q >= 0 && q <= 255).toBe(true);
      expect(arc(dequantizeHeading8(q), h)).toBeLessThanOrEqual(Math.PI / 256 + 1e-12);
    }
  });

  it('wraps a heading just under a full turn to code 0, and decodes into [-π, π)', () => {
    expect(quantizeHeading8(2 * Math.PI - 1e-6)).toBe(0);
    expect(quantizeHeading8(-1e-6)).toBe(0);
    expect(quantizeHeading8(Math.PI / 2)).toBe(64);
    expect(quantizeHeading8(-Math.PI / 2)).toBe(192);
    expect(dequantizeHeading8(128)).toBe(-Math.PI);
    for (let q = 0; q < 256; q++) {
      const h = dequantizeHeading8(q);
      expect(h).toBeGreaterThanOrEqual(-Math.PI);
      expect(h).toBeLessThan(Math.PI);
    }
  });

  it('turns non-finite headings into 0', () => {
    expect(quantizeHeading8(Number.NaN)).toBe(0);
    expect(quantizeHeading8(Infinity)).toBe(0);
    expect(dequantizeHeading8(Number.NaN)).toBe(0);
  });
});
