import { OUTER_WALL_THICKNESS, WORLD_MARGIN } from './dimensions.ts';
import { expandRect, unionRects } from './geometry.ts';
import type { Rect, Vec2 } from './types.ts';

/** The world's bounds: everything placed, plus a margin of open ground and the outer wall's thickness. */
export function fitBounds(content: readonly Rect[], points: readonly Vec2[]): Rect {
  const pointRects = points.map((p) => ({ minX: p.x, minZ: p.z, maxX: p.x, maxZ: p.z }));
  return expandRect(unionRects([...content, ...pointRects]), WORLD_MARGIN + OUTER_WALL_THICKNESS);
}

/** Four walls lining the inside of the bounds, so nobody walks off the floor. */
export function outerWalls(b: Rect): Rect[] {
  const t = OUTER_WALL_THICKNESS;
  return [
    { minX: b.minX, minZ: b.minZ, maxX: b.maxX, maxZ: b.minZ + t },
    { minX: b.minX, minZ: b.maxZ - t, maxX: b.maxX, maxZ: b.maxZ },
    { minX: b.minX, minZ: b.minZ + t, maxX: b.minX + t, maxZ: b.maxZ - t },
    { minX: b.maxX - t, minZ: b.minZ + t, maxX: b.maxX, maxZ: b.maxZ - t },
  ];
}
