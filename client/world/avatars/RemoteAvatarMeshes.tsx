import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Euler, Matrix4, Quaternion, Vector3, type Group } from 'three';
import type { Pose } from '../../../shared/net/interpolation.ts';
import { useWorld } from '../state/context.ts';
import { onReducedMotionChange, prefersReducedMotion } from '../state/motion.ts';
import { wake } from '../state/rest.ts';
import { createAvatarFaceTexture } from './avatarFace.ts';
import { AvatarInstances } from './avatarInstances.ts';
import { AVATAR_COLORS, createAvatarParts } from './avatarParts.ts';
import { createBlobShadowTexture } from './blobShadow.ts';
import type { RemoteAvatars } from './remotes.ts';

/** Instance capacity grows in chunks (re-creating the meshes), never per avatar. */
const CHUNK = 32;
const BOB_HEIGHT = 0.05;
const BOB_RATE = 11; // rad/s, like the local avatar
const RUN_RATE = 16;
/** Forward lean while walking / running (rad), a posture rather than motion: kept under reduced motion. */
const WALK_LEAN = 0.07;
const RUN_LEAN = 0.14;
/** Faster than this (m/s, from the drawn positions) counts as walking. */
const MOVING_SPEED = 0.3;
const BREATH = 0.012;

/**
 * Every remote avatar in ONE InstancedMesh per body part (avatarInstances.ts: body, head with the
 * face, the contact shadow, and each hair style, outfit and mark in use: 3 to 10 draw calls for any
 * crowd). Each frame: sample the snapshot buffers (RemoteAvatars.sample) and write instance
 * matrices with a walk bob and lean, or a slow breath when standing (held while the world rests:
 * state/rest.ts; a walking or arriving avatar wakes it). Nothing is allocated per frame.
 */
export function RemoteAvatarMeshes({ remotes }: { remotes: RemoteAvatars }) {
  const group = useRef<Group>(null);
  const { frame } = useWorld();
  const face = useMemo(() => createAvatarFaceTexture(), []);
  const blob = useMemo(() => createBlobShadowTexture(), []);
  const parts = useMemo(() => createAvatarParts(face, blob), [face, blob]);
  const s = useMemo(
    () => ({
      crowd: null as AvatarInstances | null,
      version: -1,
      pose: { x: 0, z: 0, heading: 0 } as Pose,
      base: new Matrix4(),
      q: new Quaternion(),
      e: new Euler(0, 0, 0, 'YXZ'),
      p: new Vector3(),
      sc: new Vector3(1, 1, 1),
      prevX: new Float64Array(4096),
      prevZ: new Float64Array(4096),
      phase: new Float64Array(4096),
      reduced: prefersReducedMotion(),
    }),
    [],
  );

  useEffect(() => onReducedMotionChange((r) => (s.reduced = r)), [s]);
  useEffect(
    () => () => {
      s.crowd?.dispose(null);
      for (const p of parts) {
        p.geometry.dispose();
        p.material.dispose();
      }
      face.dispose();
      blob.dispose();
    },
    [parts, face, blob, s],
  );

  const grow = (needed: number): void => {
    const g = group.current;
    if (!g) return;
    s.crowd?.dispose(g);
    s.crowd = new AvatarInstances(parts, Math.ceil(needed / CHUNK) * CHUNK);
    s.crowd.attach(g);
    s.version = -1;
  };


  useFrame((state, dt) => {
    const now = performance.now();
    const n = remotes.active.length;
    if (n > (s.crowd?.capacity ?? 0)) grow(n);
    const crowd = s.crowd;
    // An avatar arrived or left since the last frame: the picture changes (state/rest.ts).
    let changed = remotes.drawn !== n;
    remotes.drawn = crowd ? n : 0;
    if (!crowd) return;
    remotes.sample(now, dt * 1000, s.pose);
    const t = state.clock.elapsedTime;
    const recolor = remotes.version !== s.version;
    s.version = remotes.version;
    changed ||= recolor;
    crowd.begin(recolor);
    for (let i = 0; i < n; i++) {
      const slot = remotes.active[i]!;
      const x = remotes.x[slot]!;
      const z = remotes.z[slot]!;
      const speed = dt > 0 ? Math.hypot(x - s.prevX[slot]!, z - s.prevZ[slot]!) / dt : 0;
      s.prevX[slot] = x;
      s.prevZ[slot] = z;
      const moving = speed > MOVING_SPEED && speed < 50; // a snap is not a stride
      const running = moving && (remotes.flags[slot]! & 2) !== 0;
      changed ||= moving;
      let y = 0;
      let breath = 1;
      if (moving && !s.reduced) {
        s.phase[slot] = s.phase[slot]! + dt * (running ? RUN_RATE : BOB_RATE);
        y = Math.abs(Math.sin(s.phase[slot]!)) * BOB_HEIGHT;
      } else if (!s.reduced && !frame.resting) {
        breath = 1 + Math.sin(t * 2 + slot) * BREATH;
      }
      s.e.set(moving ? -(running ? RUN_LEAN : WALK_LEAN) : 0, -remotes.heading[slot]!, 0);
      s.q.setFromEuler(s.e);
      s.base.compose(s.p.set(x, y, z), s.q, s.sc.set(1, breath, 1));
      crowd.add(s.base, remotes.shapeOf[slot]!, remotes.hairOf[slot]!, remotes.outfitOf[slot]!, AVATAR_COLORS[remotes.colorOf[slot]! % AVATAR_COLORS.length]!, remotes.badgeOf[slot]!);
    }
    crowd.end();
    if (changed) wake(frame, now);
  });

  return <group ref={group} name="remote-avatars" />;
}
