import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { DynamicDrawUsage, InstancedBufferAttribute, PlaneGeometry, type InstancedMesh } from 'three';
import { createAtlasTexture, createSignMaterial } from '../signage/signMaterial.ts';

/**
 * The pieces of an atlas-backed instanced sprite layer (name tags, emotes): a texture over `canvas`,
 * a unit quad with a per-instance `uvRect` (x, y, w, h in atlas UV) for up to `capacity` instances,
 * the sign material over the texture, and a ref for the `<instancedMesh>`. All disposed on unmount.
 * `depthTest: false` draws the sprites over whatever stands in front of them.
 */
export function useAtlasSprites(canvas: HTMLCanvasElement, capacity: number, { depthTest = true }: { depthTest?: boolean } = {}) {
  const gl = useThree((s) => s.gl);
  const mesh = useRef<InstancedMesh>(null);
  const texture = useMemo(() => createAtlasTexture(canvas, gl), [canvas, gl]);
  const geometry = useMemo(() => {
    const g = new PlaneGeometry(1, 1);
    const uv = new InstancedBufferAttribute(new Float32Array(capacity * 4), 4);
    uv.setUsage(DynamicDrawUsage);
    g.setAttribute('uvRect', uv);
    return g;
  }, [capacity]);
  const material = useMemo(() => {
    const m = createSignMaterial();
    m.map = texture;
    if (!depthTest) m.depthTest = false;
    return m;
  }, [texture, depthTest]);

  useEffect(
    () => () => {
      texture.dispose();
      geometry.dispose();
      material.dispose();
    },
    [texture, geometry, material],
  );

  return { mesh, texture, geometry, material };
}

/** The `uvRect` attribute of a geometry from useAtlasSprites. */
export function spriteUvs(geometry: PlaneGeometry): InstancedBufferAttribute {
  return geometry.getAttribute('uvRect') as InstancedBufferAttribute;
}

/** Ends a frame's update: `n` sprites drawn (none: the mesh hidden), matrices and UVs uploaded. */
export function commitSprites(mesh: InstancedMesh, uv: InstancedBufferAttribute, n: number): void {
  mesh.count = n;
  mesh.visible = n > 0;
  mesh.instanceMatrix.needsUpdate = true;
  uv.needsUpdate = true;
}
