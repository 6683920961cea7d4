import { useLayoutEffect, useMemo, useRef } from 'react';
import { CylinderGeometry, IcosahedronGeometry, MeshStandardMaterial, type InstancedMesh } from 'three';
import type { Layout } from '../../../shared/world/types.ts';
import { writeBoxes, type BoxInstance } from './instancing.ts';

/** Spacing of the tree line outside the walls. */
const STEP = 9;

/**
 * Trees on the lawn just outside the walls (never inside: they would need colliders): trunks and
 * crowns, two instanced meshes.
 */
export function treeSpots(layout: Layout): { x: number; z: number; s: number }[] {
  const b = layout.bounds;
  const spots: { x: number; z: number; s: number }[] = [];
  // Deterministic size variation (no Math.random: the same world for everyone, every load).
  const size = (i: number): number => 0.85 + ((i * 7919) % 11) / 25;
  let i = 0;
  for (let x = b.minX + 2; x <= b.maxX - 2; x += STEP) {
    spots.push({ x, z: b.minZ - 3.5, s: size(i++) });
    spots.push({ x, z: b.maxZ + 3.5, s: size(i++) });
  }
  for (let z = b.minZ + 2; z <= b.maxZ - 2; z += STEP) {
    spots.push({ x: b.minX - 3.5, z, s: size(i++) });
    spots.push({ x: b.maxX + 3.5, z, s: size(i++) });
  }
  return spots;
}

export function Trees({ layout, shadows }: { layout: Layout; shadows: boolean }) {
  const trunks = useRef<InstancedMesh>(null);
  const crowns = useRef<InstancedMesh>(null);
  const spots = useMemo(() => treeSpots(layout), [layout]);
  const res = useMemo(
    () => ({
      trunkGeo: new CylinderGeometry(0.12, 0.18, 1, 8),
      crownGeo: new IcosahedronGeometry(1, 1),
      trunkMat: new MeshStandardMaterial({ color: '#9a7354', roughness: 1 }),
      crownMat: new MeshStandardMaterial({ roughness: 0.9, flatShading: true }),
    }),
    [],
  );
  useLayoutEffect(() => {
    const greens = ['#7cc48a', '#8fcf7a', '#6fb99a'];
    const t: BoxInstance[] = spots.map((p) => ({ x: p.x, y: 0.8 * p.s, z: p.z, sx: p.s, sy: 1.6 * p.s, sz: p.s, rotY: 0, color: '#9a7354' }));
    const c: BoxInstance[] = spots.map((p, i) => ({ x: p.x, y: 2.4 * p.s, z: p.z, sx: 1.3 * p.s, sy: 1.5 * p.s, sz: 1.3 * p.s, rotY: i, color: greens[i % 3]! }));
    if (trunks.current) writeBoxes(trunks.current, t);
    if (crowns.current) writeBoxes(crowns.current, c);
  }, [spots]);
  if (spots.length === 0) return null;
  return (
    <>
      <instancedMesh key={`t${spots.length}`} ref={trunks} args={[res.trunkGeo, res.trunkMat, spots.length]} castShadow={shadows} />
      <instancedMesh key={`c${spots.length}`} ref={crowns} args={[res.crownGeo, res.crownMat, spots.length]} castShadow={shadows} />
    </>
  );
}
