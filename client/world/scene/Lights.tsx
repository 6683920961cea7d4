import { useLayoutEffect, useMemo, useRef } from 'react';
import type { DirectionalLight } from 'three';
import type { Layout } from '../../../shared/world/types.ts';

/** Sun from the south-east, high: short soft shadows that fall away from signs facing the plaza. */
const SUN_DIR = [0.45, 1, 0.6] as const;

/**
 * A late-afternoon fair (issue 12 §1): a warm key sun against a cool sky fill, so lit faces glow and
 * shaded ones stay a cool pastel instead of grey, the way a hall's skylight reads. Hemisphere (sky /
 * warm floor bounce) plus one directional sun, the same two lights on every quality tier so 'low'
 * keeps the composition; only 'high' adds the sun's PCF shadows, its orthographic shadow camera
 * fitted to the layout bounds so the whole world shares one shadow map.
 */
export function Lights({ layout, shadows, shadowMapSize }: { layout: Layout; shadows: boolean; shadowMapSize: number }) {
  const sun = useRef<DirectionalLight>(null);
  const fit = useMemo(() => {
    const b = layout.bounds;
    const cx = (b.minX + b.maxX) / 2;
    const cz = (b.minZ + b.maxZ) / 2;
    const half = Math.hypot(b.maxX - b.minX, b.maxZ - b.minZ) / 2 + 2;
    const len = Math.hypot(...SUN_DIR);
    const d = half + 20;
    return { cx, cz, half, pos: [cx + (SUN_DIR[0] / len) * d, (SUN_DIR[1] / len) * d, cz + (SUN_DIR[2] / len) * d] as const, far: 2 * d + 10 };
  }, [layout]);

  useLayoutEffect(() => {
    const l = sun.current;
    if (!l) return;
    l.target.position.set(fit.cx, 0, fit.cz);
    l.target.updateMatrixWorld();
    const cam = l.shadow.camera;
    cam.left = -fit.half;
    cam.right = fit.half;
    cam.top = fit.half;
    cam.bottom = -fit.half;
    cam.near = 1;
    cam.far = fit.far;
    cam.updateProjectionMatrix();
    l.shadow.needsUpdate = true;
  }, [fit, shadows]);

  return (
    <>
      <hemisphereLight args={['#edf2ff', '#e8d8c0', 1.8]} />
      <directionalLight
        ref={sun}
        position={fit.pos}
        intensity={2.35}
        color="#ffe4c4"
        castShadow={shadows}
        shadow-mapSize-width={shadowMapSize || 512}
        shadow-mapSize-height={shadowMapSize || 512}
        shadow-bias={-0.0004}
        shadow-normalBias={0.03}
        shadow-radius={3}
      />
    </>
  );
}
