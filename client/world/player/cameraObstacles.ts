import { COLLIDER_TOP, obstacleBoxes } from '../../../shared/world/cameraBoom.ts';
import type { Layout } from '../../../shared/world/types.ts';
import { AREA_SIGN, areaSignY, PLAZA_SIGN_SCALE } from '../signage/specs.ts';

/**
 * What the follow camera's boom must stay clear of (shared/world/cameraBoom.ts): every layout collider
 * as a box up to COLLIDER_TOP (booths with their canopies, walls, panels, the plinth), and the area
 * signs' boards, which hang above head height where the raised boom passes.
 */
export function cameraObstacles(layout: Layout): Float64Array {
  const signs: number[] = [];
  for (const a of layout.areas) {
    const k = a.kind === 'plaza' ? PLAZA_SIGN_SCALE : 1;
    const half = (AREA_SIGN.width * k) / 2 + 0.1;
    const y = areaSignY(a.kind);
    const halfH = (AREA_SIGN.height * k) / 2 + 0.1;
    // Headings are quarter turns: the board runs across its facing direction, ~0.2 m thick.
    const alongX = Math.abs(Math.cos(a.sign.heading)) > 0.5;
    const hx = alongX ? half : 0.12;
    const hz = alongX ? 0.12 : half;
    const { x, z } = a.sign.position;
    signs.push(x - hx, y - halfH, z - hz, x + hx, y + halfH, z + hz);
  }
  return obstacleBoxes(layout.colliders, COLLIDER_TOP, signs);
}
