import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Euler, InstancedMesh, Matrix4, Quaternion, Vector3, type Group } from 'three';
import type { Pose } from '../../../shared/net/interpolation.ts';
import { onReducedMotionChange, prefersReducedMotion } from '../state/motion.ts';
import { AVATAR_COLORS, createAvatarParts } from './avatarParts.ts';
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
 * Every remote avatar in ONE InstancedMesh per body part (3 draw calls, +2 in the shadow pass, for
 * any crowd). Each frame: sample the snapshot buffers (RemoteAvatars.sample) and write instance
 * matrices with a walk bob and lean, or a slow breath when standing. Nothing is allocated per frame.
 */
export function RemoteAvatarMeshes({ remotes, shadows }: { remotes: RemoteAvatars; shadows: boolean }) {
  const group = useRef<Group>(null);
  const parts = useMemo(() => createAvatarParts(), []);
  const s = useMemo(
    () => ({
      meshes: [] as InstancedMesh[],
      capacity: 0,
      version: -1,
      pose: { x: 0, z: 0, heading: 0 } as Pose,
      base: new Matrix4(),
      m: new Matrix4(),
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
      for (const m of s.meshes) m.dispose();
      for (const p of parts) {
        p.geometry.dispose();
        p.material.dispose();
      }
    },
    [parts, s],
  );

  const grow = (needed: number): void => {
    const g = group.current;
    if (!g) return;
    const capacity = Math.ceil(needed / CHUNK) * CHUNK;
    for (const m of s.meshes) {
      g.remove(m);
      m.dispose();
    }
    s.meshes = parts.map((p) => {
      const mesh = new InstancedMesh(p.geometry, p.material, capacity);
      mesh.name = p.name;
      mesh.frustumCulled = false; // a crowd spans the hall: one sphere test per part is not worth it
      mesh.castShadow = shadows && p.shadow;
      mesh.count = 0;
      if (p.colored) mesh.setColorAt(0, AVATAR_COLORS[0]!);
      g.add(mesh);
      return mesh;
    });
    s.capacity = capacity;
    s.version = -1;
  };

  useEffect(() => {
    for (let i = 0; i < s.meshes.length; i++) s.meshes[i]!.castShadow = shadows && parts[i]!.shadow;
  }, [shadows, parts, s]);

  useFrame((state, dt) => {
    const now = performance.now();
    const n = remotes.active.length;
    if (n > s.capacity) grow(n);
    remotes.drawn = s.meshes.length === 0 ? 0 : n;
    if (s.meshes.length === 0) return;
    remotes.sample(now, dt * 1000, s.pose);
    const t = state.clock.elapsedTime;
    const recolor = remotes.version !== s.version;
    s.version = remotes.version;
    for (let i = 0; i < n; i++) {
      const slot = remotes.active[i]!;
      const x = remotes.x[slot]!;
      const z = remotes.z[slot]!;
      const speed = dt > 0 ? Math.hypot(x - s.prevX[slot]!, z - s.prevZ[slot]!) / dt : 0;
      s.prevX[slot] = x;
      s.prevZ[slot] = z;
      const moving = speed > MOVING_SPEED && speed < 50; // a snap is not a stride
      const running = moving && (remotes.flags[slot]! & 2) !== 0;
      let y = 0;
      let breath = 1;
      if (moving && !s.reduced) {
        s.phase[slot] = s.phase[slot]! + dt * (running ? RUN_RATE : BOB_RATE);
        y = Math.abs(Math.sin(s.phase[slot]!)) * BOB_HEIGHT;
      } else if (!s.reduced) {
        breath = 1 + Math.sin(t * 2 + slot) * BREATH;
      }
      s.e.set(moving ? -(running ? RUN_LEAN : WALK_LEAN) : 0, -remotes.heading[slot]!, 0);
      s.q.setFromEuler(s.e);
      s.base.compose(s.p.set(x, y, z), s.q, s.sc.set(1, breath, 1));
      for (let k = 0; k < s.meshes.length; k++) {
        s.m.multiplyMatrices(s.base, parts[k]!.offset);
        s.meshes[k]!.setMatrixAt(i, s.m);
      }
      if (recolor) s.meshes[0]!.setColorAt(i, AVATAR_COLORS[remotes.colorOf[slot]! % AVATAR_COLORS.length]!);
    }
    for (const m of s.meshes) {
      m.count = n;
      m.visible = n > 0;
      m.instanceMatrix.needsUpdate = true;
    }
    const body = s.meshes[0]!;
    if (recolor && body.instanceColor) body.instanceColor.needsUpdate = true;
  });

  return <group ref={group} name="remote-avatars" />;
}
