import { forwardRef, useEffect, useMemo } from 'react';
import { CapsuleGeometry, ConeGeometry, MeshStandardMaterial, SphereGeometry, type Group } from 'three';
import { PLAYER_RADIUS } from '../../../shared/world/movement.ts';

const BODY_COLOR = '#F26B3A';
const HEAD_COLOR = '#FFF4E6';
const INK = '#1b1b1f';

/**
 * The local visitor: a rounded body, a head and a small pointer on the front so the facing is
 * readable from behind and from above. Three meshes, geometry and materials made once per mount.
 * The parent group is positioned and rotated by the rig each frame (rotation.y = -heading).
 */
export const Avatar = forwardRef<Group, { color?: string }>(function Avatar({ color = BODY_COLOR }, ref) {
  const parts = useMemo(
    () => ({
      body: new CapsuleGeometry(PLAYER_RADIUS, 0.8, 4, 12),
      head: new SphereGeometry(0.3, 16, 12),
      nose: new ConeGeometry(0.12, 0.3, 10),
      bodyMat: new MeshStandardMaterial({ color: BODY_COLOR, roughness: 0.6 }),
      headMat: new MeshStandardMaterial({ color: HEAD_COLOR, roughness: 0.7 }),
      inkMat: new MeshStandardMaterial({ color: INK, roughness: 0.5 }),
    }),
    [],
  );
  useEffect(
    () => () => {
      for (const p of Object.values(parts)) p.dispose();
    },
    [parts],
  );
  // The visitor's chosen colour (entry dialog), the same one others see.
  useEffect(() => void parts.bodyMat.color.set(color), [parts, color]);
  return (
    <group ref={ref} name="local-player">
      <group name="avatar-body">
        <mesh geometry={parts.body} material={parts.bodyMat} position={[0, PLAYER_RADIUS + 0.4, 0]} castShadow />
        <mesh geometry={parts.head} material={parts.headMat} position={[0, 1.5, 0]} castShadow />
        {/* Points along -z: the heading convention's "forward". */}
        <mesh geometry={parts.nose} material={parts.inkMat} position={[0, 1.5, -0.32]} rotation={[-Math.PI / 2, 0, 0]} />
      </group>
    </group>
  );
});
