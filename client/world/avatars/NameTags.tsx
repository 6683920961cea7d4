import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Matrix4, Vector3 } from 'three';
import { AVATAR_BADGES } from '../../../shared/schemas/avatarLook.ts';
import { useWorld } from '../state/context.ts';
import './avatarI18n.ts';
import { AVATAR_TOP } from './avatarParts.ts';
import { commitSprites, spriteUvs, useAtlasSprites } from './atlasSprites.ts';
import type { RemoteAvatars } from './remotes.ts';
import { createTagAtlas, drawTag, TAG_CELLS } from './tagAtlas.ts';
import { TAG_H, TAG_W, TAG_WORLD_HEIGHT } from './tagSize.ts';

/** Name tags show within this distance of the visitor (m)… */
const TAG_RADIUS = 8;
/** …for at most this many nearest avatars (a crowd of labels is unreadable anyway). */
const MAX_TAGS = 12;
/** Just over the tallest head with a cap. */
const TAG_Y = AVATAR_TOP + TAG_WORLD_HEIGHT / 2 + 0.02;
/** Avatars this close to the camera (m) get no tag: it would fill the screen (the follow camera's own blind spot). */
const TAG_MIN_CAMERA = 2.5;

/**
 * Nicknames over the nearest remote avatars: a small canvas atlas (one row per tag, drawn when a tag
 * is assigned, through the glyph filter) and ONE instanced quad mesh facing the camera: a single
 * draw call whatever the crowd. Drawn only once the world is ready (the sign font is loaded by then).
 */
export function NameTags({ remotes }: { remotes: RemoteAvatars }) {
  const { store, frame } = useWorld();
  const atlas = useMemo(() => createTagAtlas(), []);
  const { t, i18n } = useTranslation('avatar');
  // The marks' words in the page's language; a change of language redraws every tag.
  const labels = useMemo(() => AVATAR_BADGES.map((b) => (b ? t(`badge_${b}`) : '')), [t]);
  useEffect(() => void atlas.slot.fill(-1), [atlas, i18n.language]);
  const { mesh, texture, geometry, material } = useAtlasSprites(atlas.canvas, MAX_TAGS);
  const s = useMemo(
    () => ({ chosen: new Int32Array(MAX_TAGS), dist: new Float64Array(MAX_TAGS), m: new Matrix4(), p: new Vector3(), sc: new Vector3(), frame: 0 }),
    [],
  );

  useFrame(({ camera }) => {
    const m = mesh.current;
    if (!m) return;
    let n = 0;
    if (store.getState().ready) {
      // The MAX_TAGS nearest within TAG_RADIUS, by insertion into a small sorted array.
      const px = frame.player.position.x;
      const pz = frame.player.position.z;
      for (const slot of remotes.active) {
        if (!remotes.nameOf[slot]) continue;
        if (Math.hypot(remotes.x[slot]! - camera.position.x, remotes.z[slot]! - camera.position.z) < TAG_MIN_CAMERA) continue;
        const d = Math.hypot(remotes.x[slot]! - px, remotes.z[slot]! - pz);
        if (d > TAG_RADIUS || (n === MAX_TAGS && d >= s.dist[n - 1]!)) continue;
        let i = n < MAX_TAGS ? n++ : n - 1;
        while (i > 0 && s.dist[i - 1]! > d) {
          s.dist[i] = s.dist[i - 1]!;
          s.chosen[i] = s.chosen[i - 1]!;
          i--;
        }
        s.dist[i] = d;
        s.chosen[i] = slot;
      }
    }
    s.frame++;
    const uv = spriteUvs(geometry);
    let redrawn = false;
    for (let k = 0; k < n; k++) {
      const slot = s.chosen[k]!;
      const name = remotes.nameOf[slot]!;
      const host = remotes.hostOf[slot]!;
      const badge = remotes.badgeOf[slot]!;
      let cell = -1;
      let lru = 0;
      for (let c = 0; c < TAG_CELLS; c++) {
        if (atlas.slot[c] === slot && atlas.name[c] === name && atlas.host[c] === host && atlas.badge[c] === badge) {
          cell = c;
          break;
        }
        if (atlas.used[c]! < atlas.used[lru]!) lru = c;
      }
      if (cell < 0) {
        cell = lru;
        atlas.slot[cell] = slot;
        atlas.name[cell] = name;
        atlas.host[cell] = host;
        atlas.badge[cell] = badge;
        drawTag(atlas, cell, name, remotes.colorOf[slot]!, host === 1, badge, labels[badge]);
        redrawn = true;
      }
      atlas.used[cell] = s.frame;
      const w = atlas.width[cell]!;
      uv.setXYZW(k, 0, 1 - ((cell + 1) * TAG_H) / atlas.canvas.height, w, TAG_H / atlas.canvas.height);
      const aspect = (w * TAG_W) / TAG_H;
      s.m.compose(s.p.set(remotes.x[slot]!, TAG_Y, remotes.z[slot]!), camera.quaternion, s.sc.set(TAG_WORLD_HEIGHT * aspect, TAG_WORLD_HEIGHT, 1));
      m.setMatrixAt(k, s.m);
    }
    if (redrawn) texture.needsUpdate = true;
    commitSprites(m, uv, n);
  });

  return <instancedMesh ref={mesh} name="name-tags" args={[geometry, material, MAX_TAGS]} frustumCulled={false} renderOrder={2} />;
}
