import { Color, type BufferGeometry } from 'three';
import { upFacingGeometry } from '../geometry/upFacing.ts';
import type { Vec2 } from '../../../shared/world/types.ts';

/** The guide's ribbon: narrower than a walkway (3 m) so it reads as a line on it, not a second one. */
const RIBBON_WIDTH = 0.8;
/** One chevron every so many metres, pointing the way. */
const CHEVRON_STEP = 1.6;
const CHEVRON = { length: 0.55, half: 0.32, thick: 0.22 } as const;
/** Just above the floor's layers (≤ 0.012 m) and the rugs, below anything one walks into. */
const Y_RIBBON = 0.022;
const Y_CHEVRON = 0.026;
export const GUIDE_COLORS = { ribbon: '#ffd9bf', chevron: '#e2561f', goal: '#e2561f' } as const;

/** Each leg of the route with its length and unit direction (legs of no length skipped). */
function* legs(route: readonly Vec2[]): Generator<{ a: Vec2; b: Vec2; len: number; dx: number; dz: number }> {
  for (let i = 0; i + 1 < route.length; i++) {
    const a = route[i]!;
    const b = route[i + 1]!;
    const len = Math.hypot(b.x - a.x, b.z - a.z);
    if (len > 0) yield { a, b, len, dx: (b.x - a.x) / len, dz: (b.z - a.z) / len };
  }
}

/**
 * The path 시웃이 shows as ONE vertex-coloured mesh lying on the floor: a ribbon along each leg, a
 * chevron every CHEVRON_STEP metres pointing toward the goal, and a ring at the goal. Built when the
 * route changes (asked, strayed), never per frame.
 */
export function buildGuidePathGeometry(route: readonly Vec2[]): BufferGeometry {
  const pos: number[] = [];
  const col: number[] = [];
  const c = new Color();
  const tri = (ax: number, az: number, bx: number, bz: number, cx: number, cz: number, y: number): void => {
    pos.push(ax, y, az, bx, y, bz, cx, y, cz);
    for (let i = 0; i < 3; i++) col.push(c.r, c.g, c.b);
  };
  c.set(GUIDE_COLORS.ribbon);
  const hw = RIBBON_WIDTH / 2;
  for (const { a, b, dx, dz } of legs(route)) {
    // Each leg runs half a width past its ends, so the corners close.
    const ax = a.x - dx * hw;
    const az = a.z - dz * hw;
    const bx = b.x + dx * hw;
    const bz = b.z + dz * hw;
    const nx = -dz * hw;
    const nz = dx * hw;
    tri(ax + nx, az + nz, bx + nx, bz + nz, bx - nx, bz - nz, Y_RIBBON);
    tri(ax + nx, az + nz, bx - nx, bz - nz, ax - nx, az - nz, Y_RIBBON);
  }
  c.set(GUIDE_COLORS.chevron);
  let carry = CHEVRON_STEP / 2;
  for (const { a, len, dx, dz } of legs(route)) {
    const nx = -dz;
    const nz = dx;
    for (let s = carry; s < len; s += CHEVRON_STEP) {
      // A "›": two bars meeting at the tip, drawn as two quads.
      const tx = a.x + dx * s;
      const tz = a.z + dz * s;
      for (const side of [-1, 1]) {
        const wx = tx - dx * CHEVRON.length + nx * side * CHEVRON.half;
        const wz = tz - dz * CHEVRON.length + nz * side * CHEVRON.half;
        const ox = -dx * CHEVRON.thick;
        const oz = -dz * CHEVRON.thick;
        tri(tx, tz, wx, wz, wx + ox, wz + oz, Y_CHEVRON);
        tri(tx, tz, wx + ox, wz + oz, tx + ox, tz + oz, Y_CHEVRON);
      }
    }
    carry = ((carry - len) % CHEVRON_STEP + CHEVRON_STEP) % CHEVRON_STEP;
  }
  const end = route[route.length - 1];
  if (end) {
    c.set(GUIDE_COLORS.goal);
    const n = 32;
    for (let i = 0; i < n; i++) {
      const a0 = (i / n) * Math.PI * 2;
      const a1 = ((i + 1) / n) * Math.PI * 2;
      const [r0, r1] = [0.55, 0.8];
      const p = (r: number, a: number): [number, number] => [end.x + Math.cos(a) * r, end.z + Math.sin(a) * r];
      tri(...p(r0, a0), ...p(r1, a0), ...p(r1, a1), Y_CHEVRON);
      tri(...p(r0, a0), ...p(r1, a1), ...p(r0, a1), Y_CHEVRON);
    }
  }
  return upFacingGeometry(pos, col);
}
