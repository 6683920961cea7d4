/**
 * The pixel sizes of each stored variant (names and which kind has which: shared/api/media.ts).
 * - logo: a square, the whole logo fitted inside on transparency, as the world's sign draws it:
 *   `sign` 256 px (a sign's texture; enough for a booth page too), `icon` 64 px (rows in lists).
 * - image: the long edge, never enlarged: `panel` 1024 px (the world's panel texture at the sizes
 *   the texture budget allows, and the booth page), `thumb` 320 px (lists and the studio's grid).
 */
import type { MediaVariant } from '../../shared/api/media.ts';

export interface VariantSize {
  /** Pixels: a logo's square side, an image's longest edge. */
  edge: number;
  /** Square canvas (contain, transparent), enlarged if smaller; else fitted inside, never enlarged. */
  square: boolean;
}

export const VARIANT_SIZES: Record<MediaVariant, VariantSize> = {
  sign: { edge: 256, square: true },
  icon: { edge: 64, square: true },
  panel: { edge: 1024, square: false },
  thumb: { edge: 320, square: false },
};

/** WebP at this quality looks like the original at these sizes for photos and flat logos alike. */
export const WEBP_QUALITY = 82;
