import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { MeshStandardMaterial, PlaneGeometry } from 'three';
import type { Layout } from '../../../shared/world/types.ts';
import { GuidePath } from '../guide/GuidePath.tsx';
import { useWorld } from '../state/context.ts';
import { buildFloorGeometry, createTileTexture } from './floorGeometry.ts';

/** Lawn beyond the walls: far enough that the horizon is never bare from inside the hall. */
const LAWN_MARGIN = 160;

/**
 * The floor (one merged mesh: base, area floors, walkways) and the lawn around it (one plane):
 * two draw calls, and 시웃이's path on it while he guides (one more). A click or tap on the floor or
 * the lawn walks there (the world store's floorClick).
 */
export function Ground({ layout, shadows }: { layout: Layout; shadows: boolean }) {
  const { store } = useWorld();
  const floor = useMemo(() => buildFloorGeometry(layout), [layout]);
  const lawn = useMemo(() => {
    const b = layout.bounds;
    const g = new PlaneGeometry(b.maxX - b.minX + 2 * LAWN_MARGIN, b.maxZ - b.minZ + 2 * LAWN_MARGIN);
    g.rotateX(-Math.PI / 2);
    g.translate((b.minX + b.maxX) / 2, -0.02, (b.minZ + b.maxZ) / 2);
    return g;
  }, [layout]);
  const gl = useThree((s) => s.gl);
  const tiles = useMemo(() => createTileTexture(Math.min(8, gl.capabilities.getMaxAnisotropy())), [gl]);
  const floorMat = useMemo(() => new MeshStandardMaterial({ vertexColors: true, roughness: 0.95, map: tiles }), [tiles]);
  useEffect(() => () => tiles.dispose(), [tiles]);
  const lawnMat = useMemo(() => new MeshStandardMaterial({ color: '#cfe3bf', roughness: 1 }), []);
  useEffect(() => () => floor.dispose(), [floor]);
  useEffect(() => () => lawn.dispose(), [lawn]);

  const onClick = (e: ThreeEvent<MouseEvent>): void => {
    // A drag to look around ends with a click event too; only a still press walks.
    if (e.delta > 6) return;
    e.stopPropagation();
    store.getState().floorClick({ x: e.point.x, z: e.point.z });
  };

  return (
    <group>
      <mesh geometry={floor} material={floorMat} receiveShadow={shadows} onClick={onClick} />
      <mesh geometry={lawn} material={lawnMat} receiveShadow={shadows} onClick={onClick} />
      <GuidePath />
    </group>
  );
}
