import { useEffect, useMemo } from 'react';
import { DoubleSide, MeshBasicMaterial } from 'three';
import { useWorldState } from '../state/context.ts';
import { buildGuidePathGeometry } from './guidePathGeometry.ts';

/**
 * 시웃이's path on the floor while he guides: one draw call, none when not guiding. Unlit, so it
 * reads the same under the hall's light and on `low`; both faces, so winding never hides a leg.
 */
export function GuidePath() {
  const route = useWorldState((s) => s.guide?.route ?? null);
  const geometry = useMemo(() => (route ? buildGuidePathGeometry(route) : null), [route]);
  const material = useMemo(() => new MeshBasicMaterial({ vertexColors: true, side: DoubleSide, polygonOffset: true, polygonOffsetFactor: -2 }), []);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  if (!geometry) return null;
  // Drawn after the floor (renderOrder) and never a click target: a tap on it walks, as on the floor.
  return <mesh geometry={geometry} material={material} renderOrder={1} raycast={() => null} />;
}
