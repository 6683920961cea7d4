/**
 * Booth pictures (POST /api/studio/booths/:boothId/media, GET /media/:id/:variant.webp): what an
 * upload is, what it answers, the sizes it is stored in and the codes it is refused with. Server
 * and client both read it; the sentences for the codes live in shared/i18n (media-*).
 */
import { z } from 'zod';

/** A booth's logo (its sign) or one of its images (the world's panels, its page, products). */
export const MEDIA_KINDS = ['logo', 'image'] as const;
export const MediaKindSchema = z.enum(MEDIA_KINDS);
export type MediaKind = z.infer<typeof MediaKindSchema>;

/**
 * The sizes each kind is stored in, largest first (their pixel sizes: server/media/variants.ts).
 * logo: `sign` (the world's sign and the booth page), `icon` (rows in /list and /studio).
 * image: `panel` (the world's panel texture and the booth page), `thumb` (lists, the studio's grid).
 */
export const MEDIA_VARIANTS = {
  logo: ['sign', 'icon'],
  image: ['panel', 'thumb'],
} as const satisfies Record<MediaKind, readonly string[]>;
export type MediaVariant = (typeof MEDIA_VARIANTS)[MediaKind][number];
export const MediaVariantSchema = z.enum([...MEDIA_VARIANTS.logo, ...MEDIA_VARIANTS.image]);

/** The largest upload taken, in bytes (the body is cut off past it). */
export const MEDIA_MAX_BYTES = 10 * 1024 * 1024;
/** The most pixels a picture may have (width × height): 40 MP, above any phone camera's 12-24 MP. */
export const MEDIA_MAX_PIXELS = 40_000_000;
/** Pictures kept per booth, used or not (a booth shows 1 logo and up to 8 images). */
export const MEDIA_MAX_PER_BOOTH = 50;

/** The parameters the refusal sentences (shared/i18n media-*) take: the limits, as a person reads them. */
export const MEDIA_LIMIT_PARAMS = {
  maxMb: MEDIA_MAX_BYTES / (1024 * 1024),
  maxMp: MEDIA_MAX_PIXELS / 1_000_000,
  max: MEDIA_MAX_PER_BOOTH,
};

/** A stored picture's id: the SHA-256 of its booth and encoded bytes, base64url (immutable URLs). */
export const MediaIdSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a media id is 43 base64url characters');
export type MediaId = z.infer<typeof MediaIdSchema>;

/** Every variant is WebP: one type for the world's loader and the pages. */
export const MEDIA_EXTENSION = 'webp';

/** Where a variant is served (same origin, cached for a year: the id changes with the bytes). */
export function mediaUrl(id: MediaId, variant: MediaVariant): string {
  return `/media/${id}/${variant}.${MEDIA_EXTENSION}`;
}

/** POST /api/studio/booths/:boothId/media?kind=logo|image, the body the picture's bytes (Content-Type image/*). */
export const UploadQuerySchema = z.object({ kind: MediaKindSchema });

export const MediaVariantFileSchema = z.object({
  variant: MediaVariantSchema,
  url: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

/** The upload's answer (201, or 200 when the same picture was stored before). */
export const UploadedMediaSchema = z.object({
  id: MediaIdSchema,
  kind: MediaKindSchema,
  /** The picture's size after its EXIF rotation. */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  variants: z.array(MediaVariantFileSchema).min(1),
});
export type UploadedMedia = z.infer<typeof UploadedMediaSchema>;

export const MEDIA_ERRORS = [
  /** No `kind`, or not one of MEDIA_KINDS. */
  'invalid',
  /** Not a picture by its content (HTML, SVG, a PDF …), whatever its name or Content-Type said. */
  'not_an_image',
  /** HEIC/HEIF (iPhone photos): this server cannot decode it. */
  'heic_unsupported',
  /** Over MEDIA_MAX_BYTES. */
  'too_large',
  /** Over MEDIA_MAX_PIXELS (a decompression bomb looks like this). */
  'too_many_pixels',
  /** Looks like a JPEG/PNG/WebP/GIF/AVIF but does not decode (cut short or damaged). */
  'unreadable',
  /** The booth keeps MEDIA_MAX_PER_BOOTH pictures already. */
  'booth_full',
  /** Too many uploads at once on this server: try again in a moment. */
  'busy',
  'unknown_booth',
] as const;
export type MediaErrorCode = (typeof MEDIA_ERRORS)[number];
export const MediaErrorSchema = z.object({ error: z.enum(MEDIA_ERRORS) });
export type MediaError = z.infer<typeof MediaErrorSchema>;
