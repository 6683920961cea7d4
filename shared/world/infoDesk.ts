import { INTERACT_DISTANCE } from './dimensions.ts';
import { FACE_SOUTH, facing, rectAround } from './geometry.ts';
import type { InfoDesk, Rect, Vec2 } from './types.ts';

/** The counter's footprint: a 2.4 m front, 0.8 m deep (one person behind it, a visitor in front). */
export const INFO_DESK_SIZE = { width: 2.4, depth: 0.8 } as const;
/** The desk opens when a visitor steps this close to its counter's front point. */
export const INFO_DESK_RADIUS = 1.8;

/**
 * Beside 시웃이 on the spawn's right, facing the spawn like the plaza sign on his left, so the two
 * frame him; north of the directory board (5, 1), out of the board's and the bubble's line from the
 * spawn (tests/unit/world-hall.test.ts keeps it clear of the spawn and reachable).
 */
const DESK: Vec2 = { x: 5.5, z: -4 };

/** The plaza's info desk and its collider (the counter's footprint). */
export function layoutInfoDesk(): { desk: InfoDesk; collider: Rect } {
  const heading = FACE_SOUTH;
  const f = facing(heading);
  const reach = INFO_DESK_SIZE.depth / 2 + INTERACT_DISTANCE;
  return {
    desk: {
      position: { ...DESK },
      heading,
      interactPoint: { x: DESK.x + f.x * reach, z: DESK.z + f.z * reach },
      interactRadius: INFO_DESK_RADIUS,
    },
    // Faces south: its front runs along x.
    collider: rectAround(DESK.x, DESK.z, INFO_DESK_SIZE.width / 2, INFO_DESK_SIZE.depth / 2),
  };
}
