import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import type { Layout } from '../../../shared/world/types.ts';

/**
 * The sun's shadow map holds the still world (walls, booths, trees, fixtures, the info desk, 시웃이)
 * and is drawn once, then again only when that world changes (a new layout or venue edit) or shadows
 * come back on; avatars are grounded by their contact shadows (avatars/blobShadow.ts) instead of
 * casting. Redrawing every caster into a 2048² map each frame cost as much as the frame itself:
 * a second pass over every booth part, which grows with the venue (200 booths: ~140 K triangles).
 */
export function ShadowBake({ layout, catalogue, shadows }: { layout: Layout; catalogue: Catalogue; shadows: boolean }) {
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    gl.shadowMap.autoUpdate = false;
    // The booths' instances are written in layout effects, before this: the next frame draws them.
    gl.shadowMap.needsUpdate = true;
  }, [gl, layout, catalogue, shadows]);
  return null;
}
