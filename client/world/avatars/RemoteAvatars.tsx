import { useFrame } from '@react-three/fiber';
import type { WorldNet } from '../../net/worldSession.ts';
import { Emotes } from './Emotes.tsx';
import { NameTags } from './NameTags.tsx';
import { RemoteAvatarMeshes } from './RemoteAvatarMeshes.tsx';

/**
 * Everyone else in the hall, inside the canvas: instanced bodies, name tags of the nearest, floating
 * emotes. Draw calls: 3 bodies (+2 shadow casters on 'high') + 1 tags + 1 emotes, whatever the crowd;
 * meshes with nothing to show are hidden (0 calls) so a lone visitor's frame is unchanged.
 */
export function RemoteAvatars({ net, shadows }: { net: WorldNet; shadows: boolean }) {
  // Binds the player's controller to the connection and adopts stale server poses (no React state).
  useFrame(() => net.frame(performance.now()));
  return (
    <>
      <RemoteAvatarMeshes net={net} shadows={shadows} />
      <NameTags net={net} />
      <Emotes net={net} />
    </>
  );
}
