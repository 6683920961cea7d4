import { z } from 'zod';
import { BoothImagesSchema, MediaIdSchema } from './boothMedia.ts';

export const TAGLINE_MAX = 80;
/** The venue's palette has this many colours (client/theme/palette.ts); zones use the same indexes. */
export const PALETTE_SIZE = 8;

/**
 * What a booth may show beyond the brochure, on both kinds of booth: all optional, so a brochure
 * entry keeps only what the brochure says until someone edits it. Plain text only: every view
 * renders it as text, never as HTML.
 */
export const boothPresentationFields = {
  /** One line under the name. */
  tagline: z.string().trim().min(1).max(TAGLINE_MAX).optional(),
  /** The booth's colour, an index into the venue's palette. */
  colorIndex: z.number().int().min(0).max(PALETTE_SIZE - 1).optional(),
  logo: MediaIdSchema.optional(),
  images: BoothImagesSchema.optional(),
};
