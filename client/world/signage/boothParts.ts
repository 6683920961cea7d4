import type { BoothPlacement } from '../../../shared/world/types.ts';

/**
 * A booth as a handful of boxes in its local frame (metres): the open front faces local -z, which
 * `rotation.y = -heading` turns to the booth's heading (see shared/world/types.ts). Pure data, so the
 * instanced meshes, the signs and the tests agree on where every part and sign sits.
 */
export type PartRole = 'floor' | 'back' | 'side' | 'counter' | 'canopy' | 'screen' | 'post';

export interface Part {
  role: PartRole;
  /** Centre and size of the box, local frame. */
  c: [number, number, number];
  s: [number, number, number];
}

export const WALL_HEIGHT = 2.6;
const T = 0.12; // wall thickness
export const CANOPY = { height: 0.8, depth: 0.28, y: WALL_HEIGHT + 0.25 };

export function boothParts(w: number, d: number): Part[] {
  const hw = w / 2;
  const hd = d / 2;
  return [
    { role: 'floor', c: [0, 0.04, 0], s: [w, 0.08, d] },
    { role: 'back', c: [0, WALL_HEIGHT / 2, hd - T / 2], s: [w, WALL_HEIGHT, T] },
    { role: 'side', c: [-hw + T / 2, WALL_HEIGHT / 2, 0], s: [T, WALL_HEIGHT, d] },
    { role: 'side', c: [hw - T / 2, WALL_HEIGHT / 2, 0], s: [T, WALL_HEIGHT, d] },
    { role: 'counter', c: [hw * 0.35, 0.5, -hd + 0.5], s: [w * 0.4, 1, 0.55] },
    // Posts hold the canopy band at the front corners, so the band does not float.
    { role: 'post', c: [-hw + T / 2, (WALL_HEIGHT + CANOPY.y) / 2, -hd + T / 2], s: [T, CANOPY.y - 0.1, T] },
    { role: 'post', c: [hw - T / 2, (WALL_HEIGHT + CANOPY.y) / 2, -hd + T / 2], s: [T, CANOPY.y - 0.1, T] },
    { role: 'canopy', c: [0, CANOPY.y, -hd + CANOPY.depth / 2], s: [w + 0.2, CANOPY.height, CANOPY.depth] },
    { role: 'screen', c: [-hw * 0.25, 1.55, hd - T - 0.04], s: [w * 0.5, 1.5, 0.08] },
  ];
}

/** Where the title sign and the icon sit, local frame (just in front of the canopy band / screen). */
export function boothSignSpots(w: number, d: number): {
  title: { c: [number, number, number]; size: [number, number] };
  icon: { c: [number, number, number]; size: [number, number] };
} {
  const hw = w / 2;
  const hd = d / 2;
  return {
    title: { c: [0, CANOPY.y, -hd - 0.012], size: [w + 0.1, CANOPY.height - 0.08] },
    icon: { c: [-hw * 0.25, 1.55, hd - T - 0.09], size: [Math.min(1.3, w * 0.45), Math.min(1.3, w * 0.45)] },
  };
}

/** Local point → world (x, y, z) for a booth: rotate by -heading about y, then translate. */
export function boothToWorld(b: Pick<BoothPlacement, 'position' | 'heading'>, lx: number, ly: number, lz: number): [number, number, number] {
  const th = -b.heading;
  const cos = Math.cos(th);
  const sin = Math.sin(th);
  return [b.position.x + lx * cos + lz * sin, ly, b.position.z - lx * sin + lz * cos];
}
