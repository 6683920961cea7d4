import { WALL_THICKNESS } from '../../../shared/world/dimensions.ts';
import type { Gate } from '../../../shared/world/types.ts';

/**
 * Where a gate's banner hangs (its sign texture's cell is laid out from these, signage/specs.ts),
 * under the hall frame's trusses (scene/hallFrame.ts draws the frame from the same figures).
 * Heights: the follow camera rides 4–5 m up (7.5 m boom, up to 10 m on a portrait screen) and climbs
 * to ~5.3 m when a booth row stands behind the visitor; trusses and banners start above that, so
 * the camera passes under them and they never stand between it and a booth.
 */
export const TRUSS_Y = 6.8;
export const TRUSS = { width: 0.18, height: 0.32 } as const;
/** The banner: the area sign's cell (1024 × 320) at 3.6 m wide, hanging just under the lintel. */
export const BANNER = { width: 3.6, height: 1.125, y: TRUSS_Y - TRUSS.height / 2 - 0.15 - 1.125 / 2 } as const;

/** The centre of a gate's wall line (the walls stand outside the area's edge, WALL_THICKNESS deep). */
export function gateCentre(g: Gate): { x: number; z: number; fx: number; fz: number } {
  const fx = Math.sin(g.heading);
  const fz = -Math.cos(g.heading);
  return { x: g.position.x + (fx * WALL_THICKNESS) / 2, z: g.position.z + (fz * WALL_THICKNESS) / 2, fx, fz };
}
