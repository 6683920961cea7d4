import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { MeshStandardMaterial, type Group, type Mesh } from 'three';
import type { Mascot as MascotData } from '../../../shared/schemas/mascot.ts';
import type { Layout } from '../../../shared/world/types.ts';
import { useWorld } from '../state/context.ts';
import { onReducedMotionChange, prefersReducedMotion } from '../state/motion.ts';
import { wake } from '../state/rest.ts';
import { MASCOT_COLORS } from '../../ui/mascot/mascotColors.ts';
import { PLINTH } from './Fixtures.tsx';
import { createFaceTexture } from './mascotFace.ts';
import { armGeometry, bodyGeometry, faceGeometry, heartGeometry, sproutGeometry } from './mascotGeometry.ts';

const TOP = PLINTH.height + 0.08;
/** Waving: the arm raised out to the side (rad about the shoulder's z). Pointing: held straight out. */
const ARM_WAVE = 2.5;
const ARM_POINT = Math.PI / 2;
/**
 * Pointing, he turns his front an eighth of a turn short of the way and swings the arm forward the
 * rest: his right arm shows the way while his face stays half toward the visitor asking.
 */
const POINT_SWING = Math.PI / 4;
/** How fast he turns and lowers or raises the arm (1/s, exponential approach). */
const TURN_RATE = 5;

/** The angle from `from` to `to` the short way round (−π..π). */
function angleTo(from: number, to: number): number {
  const d = (to - from) % (2 * Math.PI);
  return d > Math.PI ? d - 2 * Math.PI : d < -Math.PI ? d + 2 * Math.PI : d;
}

/**
 * 시웃이 on its plinth in the plaza: a round, sunny character whose eyes are the letters 's' and 'o',
 * waving (ENFP, 자주 신나함), with a ❤️ beside it. Idle bobbing and waving stop under reduced motion.
 * He is the guide (issue 12 §2): clicking him opens "어디로 갈까?" (client/world/guide/), and while
 * he guides he turns and points his arm along the path's way out of the plaza.
 */
export function Mascot({ layout, mascot, shadows }: { layout: Layout; mascot: MascotData; shadows: boolean }) {
  const { store, frame } = useWorld();
  const turn = useRef<Group>(null);
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

  useFrame(({ clock }, dt) => {
    const guide = store.getState().guide;
    const home = layout.mascot.heading;
    // Turned toward the way while guiding, back to the spawn after; under reduced motion at once.
    const k = reduced.current ? 1 : 1 - Math.exp(-TURN_RATE * Math.min(dt, 0.1));
    if (turn.current) {
      const want = guide ? guide.pointing - POINT_SWING : home;
      // The outer group turns by −heading, so this one's +y turn takes from his heading.
      turn.current.rotation.y -= angleTo(home - turn.current.rotation.y, want) * k;
    }
    if (arm.current) {
      arm.current.rotation.y += ((guide ? POINT_SWING : 0) - arm.current.rotation.y) * k;
      if (guide || reduced.current) arm.current.rotation.z += ((guide ? ARM_POINT : ARM_WAVE) - arm.current.rotation.z) * k;
    }
    if (guide) wake(frame, performance.now()); // turning to point the way
    // His bob, wave and heart are ambient motion: held while the world rests (state/rest.ts).
    if (reduced.current || frame.resting) return;
    const t = clock.elapsedTime;
    if (bob.current) bob.current.position.y = Math.abs(Math.sin(t * 2.4)) * 0.09;
    if (arm.current && !guide) arm.current.rotation.z = ARM_WAVE + Math.sin(t * 7) * 0.35;
    if (heart.current) {
      heart.current.rotation.y = t * 1.6;
      heart.current.position.y = 2.3 + Math.sin(t * 2) * 0.08;
    }
  });

  const onClick = (e: ThreeEvent<MouseEvent>): void => {
    if (e.delta > 6) return;
    e.stopPropagation();
    store.getState().setGuideOpen(true);
  };

  const { position, heading } = layout.mascot;
  return (
    <group position={[position.x, TOP, position.z]} rotation={[0, -heading, 0]} onClick={onClick}>
      <group ref={turn}>
        <group ref={bob}>
          <mesh geometry={parts.body} material={parts.bodyMat} castShadow={shadows} />
          <mesh geometry={parts.face} material={parts.faceMat} />
          <mesh geometry={parts.sprout} material={parts.sproutMat} castShadow={shadows} />
          <group ref={arm} position={[0.78, 1.15, 0]} rotation={[0, 0, ARM_WAVE]}>
            <mesh geometry={parts.arm} material={parts.bodyMat} castShadow={shadows} />
          </group>
        </group>
      </group>
      <mesh ref={heart} geometry={parts.heart} material={parts.heartMat} position={[1.3, 2.3, -0.2]} castShadow={shadows} />
    </group>
  );
}
