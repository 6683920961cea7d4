/**
 * Quantization of positions and headings for the wire. The hall is a few hundred metres across, so
 * 16 bits over the layout bounds gives millimetre-scale steps (300 m / 65535 ≈ 4.6 mm), far below
 * what anyone can see, at a quarter of the bytes of two float64s. Headings need far less: 8 bits is
 * 1.4° per step, enough for an avatar's facing.
 *
 * Conventions (one place, so the server encoder and the client decoder can never disagree):
 * - Values outside [min, max] clamp to the nearest end; +Infinity clamps to max, -Infinity to min.
 * - NaN quantizes to min (0): a corrupt value must not poison the frame, and "the hall's corner"
 *   is a harmless, visibly wrong place that a test will notice.
 * - Rounding is to the nearest step, so the round-trip error is at most half a step.
 * - Headings are radians (see shared/world/types.ts); dequantized headings lie in [-π, π).
 */

export const QUANT16_MAX = 0xffff;

const TWO_PI = Math.PI * 2;

/** The size of one 16-bit step in metres for the range [min, max]. */
export function quantStep(min: number, max: number): number {
  return (max - min) / QUANT16_MAX;
}

/** Metres → uint16 within [min, max]. A degenerate range (max <= min) always gives 0. */
export function quantizePos(x: number, min: number, max: number): number {
  if (!(max > min) || Number.isNaN(x) || x <= min) return 0;
  if (x >= max) return QUANT16_MAX;
  return Math.round(((x - min) / (max - min)) * QUANT16_MAX);
}

/** uint16 → metres within [min, max]. Out-of-range integers clamp like positions do. */
export function dequantizePos(q: number, min: number, max: number): number {
  const c = Number.isNaN(q) ? 0 : Math.min(QUANT16_MAX, Math.max(0, Math.round(q)));
  return min + (c / QUANT16_MAX) * (max - min);
}

/** Radians wrapped into [-π, π). Non-finite → 0. */
export function wrapAngle(rad: number): number {
  if (!Number.isFinite(rad)) return 0;
  const r = (((rad + Math.PI) % TWO_PI) + TWO_PI) % TWO_PI;
  return r - Math.PI;
}

function quantizeAngle(rad: number, steps: number): number {
  if (!Number.isFinite(rad)) return 0;
  const turns = (((rad / TWO_PI) % 1) + 1) % 1; // [0, 1)
  return Math.round(turns * steps) % steps; // a value just under a full turn wraps to 0
}

function dequantizeAngle(q: number, steps: number): number {
  const c = Number.isFinite(q) ? ((Math.round(q) % steps) + steps) % steps : 0;
  return wrapAngle((c / steps) * TWO_PI);
}

/** Radians → uint8 (256 steps per turn). */
export function quantizeHeading8(rad: number): number {
  return quantizeAngle(rad, 256);
}

/** uint8 → radians in [-π, π). */
export function dequantizeHeading8(q: number): number {
  return dequantizeAngle(q, 256);
}
