import { signposts } from '../../../shared/world/floorPaths.ts';
import type { Layout } from '../../../shared/world/types.ts';
import { SIGNPOST_BOARD } from '../signage/specs.ts';
import type { BoxInstance } from './instancing.ts';

/**
 * The junction signposts' bodies (shared/world/floorPaths.ts places them): a backing board in the
 * center's orange like the directory's, its face a sign quad (signage/specs.ts), on one dark post.
 * Boxes for the fixtures' one InstancedMesh: no draw call of their own.
 */
export function signpostBoxes(layout: Layout): BoxInstance[] {
  const legH = SIGNPOST_BOARD.y - SIGNPOST_BOARD.height / 2;
  return signposts(layout).flatMap((p) => {
    const rotY = -p.heading;
    return [
      { x: p.position.x, y: SIGNPOST_BOARD.y, z: p.position.z, sx: SIGNPOST_BOARD.width + 0.1, sy: SIGNPOST_BOARD.height + 0.1, sz: 0.08, rotY, color: '#F26B3A' },
      { x: p.position.x, y: legH / 2, z: p.position.z, sx: SIGNPOST_BOARD.post, sy: legH, sz: SIGNPOST_BOARD.post, rotY, color: '#5b5f6a' },
    ];
  });
}
