import { AISLE_WIDTH, WALL_THICKNESS } from './dimensions.ts';
import { expandRect, FACE_EAST, FACE_NORTH, FACE_SOUTH, FACE_WEST } from './geometry.ts';
import type { Gate, Rect } from './types.ts';

/**
 * The fair hall's walls (issue 12 §1): each zone and the enterprise hall is a walled room lining its
 * own floor rectangle, open only at its gate, where the walkway from the plaza arrives. Walls stand
 * just outside the rectangle, in the gap the generators already leave between areas, so no booth,
 * aisle, walk or teleport point moves or narrows. They are colliders like any other (server and client agree) and the
 * views draw them with the other walls; the gate is where the client hangs the zone's banner.
 */

/** A gate is as wide as the aisle it opens onto: the aisle's full walking width, no narrower. */
export const GATE_WIDTH = AISLE_WIDTH;

/** Which side of its rectangle an area's gate is on (where its walkway comes from). */
export type GateSide = 'north' | 'south' | 'east' | 'west';

/** Heading of a gate on `side`, looking out of the area (toward the walkway and the plaza). */
const OUTWARD: Record<GateSide, number> = { north: FACE_NORTH, south: FACE_SOUTH, east: FACE_EAST, west: FACE_WEST };

/**
 * Four walls lining the outside of `area`, the `side` one split around a gate of `width` centred at
 * `at` (an x for north/south sides, a z for east/west). Corners belong to the north and south walls.
 * The gate's position is on the area's edge (the walls' inner face).
 */
export function encloseArea(areaId: string, area: Rect, side: GateSide, at: number, width = GATE_WIDTH): { walls: Rect[]; gate: Gate } {
  const t = WALL_THICKNESS;
  const rect = expandRect(area, t);
  const north: Rect = { minX: rect.minX, minZ: rect.minZ, maxX: rect.maxX, maxZ: rect.minZ + t };
  const south: Rect = { minX: rect.minX, minZ: rect.maxZ - t, maxX: rect.maxX, maxZ: rect.maxZ };
  const west: Rect = { minX: rect.minX, minZ: rect.minZ + t, maxX: rect.minX + t, maxZ: rect.maxZ - t };
  const east: Rect = { minX: rect.maxX - t, minZ: rect.minZ + t, maxX: rect.maxX, maxZ: rect.maxZ - t };
  const sides: Record<GateSide, Rect> = { north, south, east, west };
  const lo = at - width / 2;
  const hi = at + width / 2;
  const open = sides[side];
  // The gated wall in two pieces either side of the opening (a piece of zero length is left out).
  const pieces: Rect[] =
    side === 'north' || side === 'south'
      ? [{ ...open, maxX: lo }, { ...open, minX: hi }]
      : [{ ...open, maxZ: lo }, { ...open, minZ: hi }];
  const walls = [
    ...(Object.keys(sides) as GateSide[]).filter((s) => s !== side).map((s) => sides[s]),
    ...pieces.filter((p) => p.maxX - p.minX > 1e-9 && p.maxZ - p.minZ > 1e-9),
  ];
  const onLine = side === 'north' ? area.minZ : side === 'south' ? area.maxZ : side === 'west' ? area.minX : area.maxX;
  const position = side === 'north' || side === 'south' ? { x: at, z: onLine } : { x: onLine, z: at };
  return { walls, gate: { areaId, position, heading: OUTWARD[side], width } };
}
