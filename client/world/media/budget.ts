import type { QualityTier } from '../state/quality.ts';

/**
 * The booth-picture pool per quality tier: one texture array of `slots` layers, each `edge`² RGBA
 * with mipmaps (4/3 of the base level), filled nearest-first as the visitor walks. Sized so the
 * whole scene's textures stay within issue 9's budgets with 200 booths of pictures (measured with
 * the test hook's estimate, tests/e2e/world-media.spec.ts): 128 MB on `high`, beside the sign atlas
 * (at most 64 MB: signage/atlas.ts ATLAS_MAX_BYTES), the shadow map (2048² colour + depth, 32 MB)
 * and ~10 MB of small canvases; 48 MB on `low` (2048² atlas ~21 MB, no shadows).
 */
export interface PoolSize {
  slots: number;
  /** A layer's side in pixels: a logo's `sign` variant (256²) as it is, an image's thumbnail fitted inside. */
  edge: number;
}

export const PICTURE_POOL: Record<QualityTier, PoolSize> = {
  high: { slots: 40, edge: 256 },
  low: { slots: 48, edge: 256 },
};

/** Pictures farther than this from the visitor are not loaded (fog hides the booths past ~45 m anyway). */
export const PICTURE_RANGE_M = 40;
/** How often the nearest pictures are chosen again (walking speed makes 4 times a second plenty). */
export const PLAN_EVERY_MS = 250;
/** Downloads and decodes at once: enough to fill the spawn's view quickly, few enough to keep the network for the hall. */
export const LOADS_IN_FLIGHT = 6;
/** Pictures copied into the texture per drawn frame (each its ~87 K texels over 9 levels). */
export const UPLOADS_PER_FRAME = 6;

/** GPU bytes of a pool: every layer with its mip chain. */
export function poolBytes({ slots, edge }: PoolSize): number {
  let texels = 0;
  for (let e = edge; e >= 1; e = Math.floor(e / 2)) texels += e * e;
  return slots * texels * 4;
}
