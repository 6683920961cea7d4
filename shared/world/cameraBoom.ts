import type { Rect } from './types.ts';

/**
 * The follow camera's boom against the world, as pure functions (no three.js): the camera hangs on a
 * ray from a pivot at the avatar's shoulders, and must never end up inside a booth, a wall or a sign,
 * nor look at the avatar through one. Obstacles are axis-aligned 3D boxes in a flat array
 * ([minX, minY, minZ, maxX, maxY, maxZ] per box), so a query allocates nothing.
 */

/** Floats per obstacle box. */
export const BOX3 = 6;
/** Height the layout's colliders count as for the camera: booth canopies top out at 3.25 m, walls lower. */
export const COLLIDER_TOP = 3.3;
/** Clearance kept between the camera and any box, so the near plane (0.1 m) never cuts into it. */
export const BOOM_MARGIN = 0.25;

/** The layout's colliders (floor rectangles) as boxes from the floor to `top`, plus `extra` boxes. */
export function obstacleBoxes(colliders: readonly Rect[], top = COLLIDER_TOP, extra: readonly number[] = []): Float64Array {
  const out = new Float64Array(colliders.length * BOX3 + extra.length);
  colliders.forEach((c, i) => out.set([c.minX, 0, c.minZ, c.maxX, top, c.maxZ], i * BOX3));
  out.set(extra, colliders.length * BOX3);
  return out;
}

/**
 * Where the segment o + t·d (0 ≤ t ≤ maxT) enters box k of `boxes` grown by `margin` (slab test),
 * or Infinity when it misses. A segment starting inside the grown box counts as a miss: the pivot
 * is in free space, so that box is one the camera is already clear of on the way out.
 */
export function rayBoxEntry(boxes: Float64Array, k: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, maxT: number, margin: number): number {
  let t0 = 0;
  let t1 = maxT;
  let inside = true;
  for (let axis = 0; axis < 3; axis++) {
    const o = axis === 0 ? ox : axis === 1 ? oy : oz;
    const d = axis === 0 ? dx : axis === 1 ? dy : dz;
    const lo = boxes[k + axis]! - margin;
    const hi = boxes[k + 3 + axis]! + margin;
    if (o < lo || o > hi) inside = false;
    if (Math.abs(d) < 1e-12) {
      if (o < lo || o > hi) return Infinity;
      continue;
    }
    const a = (lo - o) / d;
    const b = (hi - o) / d;
    t0 = Math.max(t0, Math.min(a, b));
    t1 = Math.min(t1, Math.max(a, b));
    if (t0 > t1) return Infinity;
  }
  return inside ? Infinity : t0;
}

/** How far along o + t·d (|d| = 1) the boom is free, up to maxT: the nearest entry into any grown box. */
export function freeBoomLength(boxes: Float64Array, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, maxT: number, margin = BOOM_MARGIN): number {
  let best = maxT;
  for (let k = 0; k + BOX3 <= boxes.length; k += BOX3) {
    const t = rayBoxEntry(boxes, k, ox, oy, oz, dx, dy, dz, best, margin);
    if (t < best) best = t;
  }
  return best;
}

/** Scratch result of boomPose (reused: no allocation per frame). */
export interface BoomPose {
  pitch: number;
  length: number;
}

/**
 * The boom for a camera behind the pivot (x, y, z) along `yaw` (heading convention: 0 = north/-z,
 * the camera sits opposite), raised by `pitch`, `full` metres long. When something blocks it (a
 * booth across a 4 m aisle, a wall), the camera stays on this side of it, where nothing of it is in
 * view: the boom tilts up (up to `maxPitch`) so it ends just short of the obstacle's floor outline,
 * and is shortened where even that is not enough. The result is always free (checked in 3D).
 */
export function boomPose(out: BoomPose, boxes: Float64Array, x: number, y: number, z: number, yaw: number, pitch: number, full: number, maxPitch: number): BoomPose {
  out.pitch = pitch;
  out.length = boomFreeAt(boxes, x, y, z, yaw, pitch, full);
  if (out.length >= full) return out;
  // Floor distance to the obstacle (the grown outline), along the view's reverse direction.
  const flat = boomFreeAt(boxes, x, y, z, yaw, 0, full);
  let p = Math.max(pitch, Math.acos(Math.min(1, flat / full)));
  let length = full;
  if (p > maxPitch) p = maxPitch;
  if (length * Math.cos(p) > flat) length = flat / Math.cos(p);
  out.pitch = p;
  out.length = Math.min(length, boomFreeAt(boxes, x, y, z, yaw, p, length));
  return out;
}

/** Free boom length behind (x, y, z) at this yaw and pitch, up to `full`. */
export function boomFreeAt(boxes: Float64Array, x: number, y: number, z: number, yaw: number, pitch: number, full: number): number {
  const c = Math.cos(pitch);
  return freeBoomLength(boxes, x, y, z, -Math.sin(yaw) * c, Math.sin(pitch), Math.cos(yaw) * c, full);
}
