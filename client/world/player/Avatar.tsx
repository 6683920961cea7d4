import { forwardRef, useEffect, useMemo } from 'react';
import type { Group } from 'three';
import { AVATAR_BADGES, AVATAR_SHAPES, DEFAULT_AVATAR_LOOK, type AvatarBadge, type AvatarLook } from '../../../shared/schemas/avatarLook.ts';
import { useHall } from '../../net/hallState.ts';
import { useIdentity } from '../../net/identity.ts';
import { createAvatarFaceTexture } from '../avatars/avatarFace.ts';
import { createAvatarParts, wears } from '../avatars/avatarParts.ts';
import { createBlobShadowTexture } from '../avatars/blobShadow.ts';

const BODY_COLOR = '#F26B3A';

/**
 * The local visitor, made of the same parts others see it as (avatarParts.ts): the chosen shape,
 * hair and outfit, the server's mark, the face on the front of the head (its facing, readable from
 * the front; the hair's back and the bun say it from behind), a soft contact shadow under it. Plain meshes, a handful; geometry, materials and the face
 * made once per mount. The parent group is positioned and rotated by the rig each frame
 * (rotation.y = -heading).
 */
export const Avatar = forwardRef<Group, { color?: string }>(function Avatar({ color = BODY_COLOR }, ref) {
  const look: AvatarLook = useIdentity((s) => s.identity?.look) ?? DEFAULT_AVATAR_LOOK;
  // One's own mark as the server gave it (the roster), so a host or staff member sees their scarf too.
  const mark = useHall((s) => (s.sessionId ? s.roster.get(s.sessionId)?.badge : undefined));
  const badge: AvatarBadge = AVATAR_BADGES.find((b) => b === mark) ?? '';
  const face = useMemo(() => createAvatarFaceTexture(), []);
  const blob = useMemo(() => createBlobShadowTexture(), []);
  const parts = useMemo(() => createAvatarParts(face, blob), [face, blob]);
  useEffect(
    () => () => {
      for (const p of parts) {
        p.geometry.dispose();
        p.material.dispose();
      }
      face.dispose();
      blob.dispose();
    },
    [parts, face, blob],
  );
  // The visitor's chosen colour (entry dialog), the same one others see on the body and a cap.
  useEffect(() => {
    for (const p of parts) if (p.colored) p.material.color.set(color);
  }, [parts, color]);
  const shape = AVATAR_SHAPES.indexOf(look.shape);
  return (
    <group ref={ref} name="local-player">
      <group name="avatar-body">
        {parts
          .filter((p) => wears(p, look.hair, look.outfit, badge))
          .map((p) => (
            <mesh key={p.name} name={p.name} geometry={p.geometry} material={p.material} matrix={p.offsets[shape]} matrixAutoUpdate={false} />
          ))}
      </group>
    </group>
  );
});
