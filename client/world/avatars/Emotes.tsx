import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Matrix4, Vector3 } from 'three';
import { EMOTE_KINDS } from '../../../shared/protocol/clientMessages.ts';
import { onReducedMotionChange, prefersReducedMotion } from '../state/motion.ts';
import { useWorld } from '../state/context.ts';
import { wake } from '../state/rest.ts';
import { commitSprites, spriteUvs, useAtlasSprites } from './atlasSprites.ts';
import { drawEmoteStrip } from './emoteAtlas.ts';
import { EMOTE_MS, EMOTE_POOL, type EmotePool } from './emotes.ts';
import type { RemoteAvatars } from './remotes.ts';

const SIZE = 0.6;
const BASE_Y = 2.7; // over the name tag, which floats over the tallest look (NameTags.tsx)
/** Rise over the emote's life (m) and the pop-in time (ms); both off under reduced motion. */
const RISE = 0.45;
const POP_MS = 160;

/**
 * Emotes and hearts floating over avatars for EMOTE_MS: a fixed pool (emotes.ts) drawn as ONE
 * instanced quad mesh over a pre-drawn picture strip, so a burst of hearts allocates nothing and
 * costs one draw call. An emote of one's own slot floats over the local avatar.
 */
export function Emotes({ remotes, emotes }: { remotes: RemoteAvatars; emotes: EmotePool }) {
  const { store, frame } = useWorld();
  const strip = useMemo(() => drawEmoteStrip(), []);
  // depthTest off: a reaction over a crowd should not vanish behind the next head
  const { mesh, texture, geometry, material } = useAtlasSprites(strip, EMOTE_POOL, { depthTest: false });
  const s = useMemo(() => ({ m: new Matrix4(), p: new Vector3(), sc: new Vector3(), reduced: prefersReducedMotion(), fontDrawn: false }), []);

  useEffect(() => onReducedMotionChange((r) => (s.reduced = r)), [s]);

  useFrame(({ camera }) => {
    const m = mesh.current;
    if (!m) return;
    if (!s.fontDrawn && store.getState().ready) {
      // The badges' words need the sign font, loaded by the time the world is ready.
      drawEmoteStrip(strip);
      texture.needsUpdate = true;
      s.fontDrawn = true;
    }
    const now = performance.now();
    const uv = spriteUvs(geometry);
    let n = 0;
    for (const e of emotes.entries) {
      if (e.slot < 0) continue;
      const age = now - e.start;
      if (age >= EMOTE_MS) {
        e.slot = -1;
        continue;
      }
      let x: number;
      let z: number;
      if (e.slot === remotes.mySlot) {
        x = frame.player.position.x;
        z = frame.player.position.z;
      } else if (remotes.indexOf[e.slot]! >= 0) {
        x = remotes.x[e.slot]!;
        z = remotes.z[e.slot]!;
      } else continue; // out of view: nothing to float over
      const life = age / EMOTE_MS;
      const pop = s.reduced ? 1 : Math.min(1, age / POP_MS);
      const rise = s.reduced ? 0 : RISE * life;
      const size = SIZE * (0.6 + 0.4 * pop) * (life > 0.85 && !s.reduced ? 1 - (life - 0.85) / 0.15 : 1);
      s.m.compose(s.p.set(x, BASE_Y + rise, z), camera.quaternion, s.sc.set(size, size, 1));
      m.setMatrixAt(n, s.m);
      uv.setXYZW(n, e.kind / EMOTE_KINDS.length, 0, 1 / EMOTE_KINDS.length, 1);
      n++;
    }
    commitSprites(m, uv, n);
    if (n > 0) wake(frame, now); // floating up: full frame rate (state/rest.ts)
  });

  return <instancedMesh ref={mesh} name="emotes" args={[geometry, material, EMOTE_POOL]} frustumCulled={false} renderOrder={3} />;
}
