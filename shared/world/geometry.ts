import type { Rect, Vec2 } from './types.ts';

/** Heading of a facing direction: 0 = north (-z), clockwise seen from above (see types.ts). */
export function headingOf(dx: number, dz: number): number {
  return Math.atan2(dx, -dz);
}

/** The cardinal facings the generator uses, as headings. */
export const FACE_NORTH = 0;
export const FACE_EAST = Math.PI / 2;
export const FACE_SOUTH = Math.PI;
export const FACE_WEST = -Math.PI / 2;

/** Unit facing vector of a heading. Rounded so cardinal headings give exact 0/±1 (layouts stay tidy). */
export function facing(heading: number): Vec2 {
  const round = (v: number): number => Math.round(v * 1e9) / 1e9;
  return { x: round(Math.sin(heading)), z: round(-Math.cos(heading)) };
}

export function rectAround(cx: number, cz: number, halfX: number, halfZ: number): Rect {
  return { minX: cx - halfX, minZ: cz - halfZ, maxX: cx + halfX, maxZ: cz + halfZ };
}

export function expandRect(r: Rect, by: number): Rect {
  return { minX: r.minX - by, minZ: r.minZ - by, maxX: r.maxX + by, maxZ: r.maxZ + by };
}

export function unionRects(rects: readonly Rect[]): Rect {
  let minX = Infinity;
  let minZ = Infinity;
  let maxX = -Infinity;
  let maxZ = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.minX);
    minZ = Math.min(minZ, r.minZ);
    maxX = Math.max(maxX, r.maxX);
    maxZ = Math.max(maxZ, r.maxZ);
  }
  return { minX, minZ, maxX, maxZ };
}

/** Open overlap (touching edges do not count). */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minZ < b.maxZ && b.minZ < a.maxZ;
}

/** Gap between two rects (0 when they touch or overlap). */
export function rectGap(a: Rect, b: Rect): number {
  const dx = Math.max(0, a.minX - b.maxX, b.minX - a.maxX);
  const dz = Math.max(0, a.minZ - b.maxZ, b.minZ - a.maxZ);
  return Math.hypot(dx, dz);
}

export function rectContains(r: Rect, p: Vec2): boolean {
  return p.x >= r.minX && p.x <= r.maxX && p.z >= r.minZ && p.z <= r.maxZ;
}

export function rectContainsRect(outer: Rect, inner: Rect): boolean {
  return inner.minX >= outer.minX && inner.maxX <= outer.maxX && inner.minZ >= outer.minZ && inner.maxZ <= outer.maxZ;
}
