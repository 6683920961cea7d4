import { z } from 'zod';

/**
 * An uploaded picture, by the id the media upload answered with (POST /api/studio/booths/:id/media);
 * its files are served at /media/<id>/<variant>.webp. The id is content-derived, so a reference
 * never points at different bytes later.
 */
export const MediaIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,128}$/, 'a media id from an upload');
export type MediaId = z.infer<typeof MediaIdSchema>;

/** What a screen reader reads for an image; plain text. */
export const ALT_MAX = 200;

/** One of a booth's images, with its description for people who cannot see it. */
export const BoothImageSchema = z.object({
  mediaId: MediaIdSchema,
  alt: z.string().trim().max(ALT_MAX).optional(),
});
export type BoothImage = z.infer<typeof BoothImageSchema>;

/** The world's panels and the pages hold at most this many images per booth (issue 9 §3). */
export const MAX_BOOTH_IMAGES = 8;

export const BoothImagesSchema = z.array(BoothImageSchema).max(MAX_BOOTH_IMAGES);
