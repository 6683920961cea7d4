import { Emotes } from './Emotes.tsx';
import type { EmotePool } from './emotes.ts';
import { NameTags } from './NameTags.tsx';
import { RemoteAvatarMeshes } from './RemoteAvatarMeshes.tsx';
import type { RemoteAvatars as Remotes } from './remotes.ts';

/**
 * Everyone else in the hall, inside the canvas: instanced bodies, name tags of the nearest, floating
 * emotes. Draw calls: 3 bodies with their contact shadows, + 1 per look part in use, + 1 tags + 1 emotes, whatever the crowd;
 * meshes with nothing to show are hidden (0 calls) so a lone visitor's frame is unchanged. The
 * network bridge (world/net/worldSession.ts) fills `remotes` and `emotes`; these only draw them.
 */
export function RemoteAvatars({ remotes, emotes }: { remotes: Remotes; emotes: EmotePool }) {
  return (
    <>
      <RemoteAvatarMeshes remotes={remotes} />
      <NameTags remotes={remotes} />
      <Emotes remotes={remotes} emotes={emotes} />
    </>
  );
}
