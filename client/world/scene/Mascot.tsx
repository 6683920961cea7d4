import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { MeshStandardMaterial, type Group, type Mesh } from 'three';
import type { Mascot as MascotData } from '../../../shared/schemas/mascot.ts';
import type { Layout } from '../../../shared/world/types.ts';
import { onReducedMotionChange, prefersReducedMotion } from '../state/motion.ts';
import { MASCOT_COLORS } from '../../ui/mascot/mascotColors.ts';
import { PLINTH } from './Fixtures.tsx';
import { createFaceTexture } from './mascotFace.ts';
import { armGeometry, bodyGeometry, faceGeometry, heartGeometry, sproutGeometry } from './mascotGeometry.ts';

const TOP = PLINTH.height + 0.08;

/**
 * 시웃이 on its plinth in the plaza: a round, sunny character whose eyes are the letters 's' and 'o',
 * waving (ENFP, 자주 신나함), with a ❤️ beside it. Idle bobbing and waving stop under reduced motion.
 */
export function Mascot({ layout, mascot, shadows }: { layout: Layout; mascot: MascotData; shadows: boolean }) {
  const bob = useRef<Group>(null);
  const arm = useRef<Group>(null);
  const heart = useRef<Mesh>(null);
  const reduced = useRef(prefersReducedMotion());
  useEffect(() => onReducedMotionChange((r) => (reduced.current = r)), []);

  const parts = useMemo(() => {
    const face = createFaceTexture(mascot.eyes);
    return {
      body: bodyGeometry(),
      arm: armGeometry(),
      face: faceGeometry(),
      sprout: sproutGeometry(),
      heart: heartGeometry(),
      bodyMat: new MeshStandardMaterial({ color: MASCOT_COLORS.body, roughness: 0.55 }),
      faceMat: new MeshStandardMaterial({ map: face, transparent: true, roughness: 0.55, polygonOffset: true, polygonOffsetFactor: -2 }),
      sproutMat: new MeshStandardMaterial({ color: MASCOT_COLORS.sprout, roughness: 0.6 }),
      heartMat: new MeshStandardMaterial({ color: '#ff3d63', roughness: 0.35, emissive: '#5a0010' }),
      faceTex: face,
    };
  }, [mascot.eyes]);
  useEffect(
    () => () => {
      for (const v of Object.values(parts)) v.dispose();
    },
    [parts],
  );

  useFrame(({ clock }) => {
    if (reduced.current) return;
    const t = clock.elapsedTime;
    if (bob.current) bob.current.position.y = Math.abs(Math.sin(t * 2.4)) * 0.09;
    if (arm.current) arm.current.rotation.z = 2.5 + Math.sin(t * 7) * 0.35;
    if (heart.current) {
      heart.current.rotation.y = t * 1.6;
      heart.current.position.y = 2.3 + Math.sin(t * 2) * 0.08;
    }
  });

  const { position, heading } = layout.mascot;
  return (
    <group position={[position.x, TOP, position.z]} rotation={[0, -heading, 0]}>
      <group ref={bob}>
        <mesh geometry={parts.body} material={parts.bodyMat} castShadow={shadows} />
        <mesh geometry={parts.face} material={parts.faceMat} />
        <mesh geometry={parts.sprout} material={parts.sproutMat} castShadow={shadows} />
        <group ref={arm} position={[0.78, 1.15, 0]} rotation={[0, 0, 2.5]}>
          <mesh geometry={parts.arm} material={parts.bodyMat} castShadow={shadows} />
        </group>
      </group>
      <mesh ref={heart} geometry={parts.heart} material={parts.heartMat} position={[1.3, 2.3, -0.2]} castShadow={shadows} />
    </group>
  );
}
