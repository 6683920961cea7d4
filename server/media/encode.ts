/**
 * An upload's bytes → its stored variants, or the code it is refused with:
 * 1. what it is by its first bytes (sniff.ts): not a picture, or HEIC, is refused before decoding;
 * 2. its header (sharp's metadata, no pixels decoded): the decoder must agree with the bytes, and
 *    width × height must be within MEDIA_MAX_PIXELS, so a decompression bomb is refused here, fast;
 * 3. one decode, turned upright by its EXIF orientation and shrunk to the largest variant, as raw
 *    pixels; each variant is encoded from those as WebP. Nothing of the file's metadata is copied
 *    (sharp writes none unless asked): EXIF, GPS, XMP and ICC are gone, colours converted to sRGB.
 * GIF and animated WebP keep their first frame.
 */
import { MEDIA_MAX_BYTES, MEDIA_MAX_PIXELS, MEDIA_VARIANTS, type MediaErrorCode, type MediaKind, type MediaVariant } from '../../shared/api/media.ts';
import { sharp } from './sharp.ts';
import { sniff, type SniffedFormat } from './sniff.ts';
import { VARIANT_SIZES, WEBP_QUALITY } from './variants.ts';

export interface EncodedFile {
  variant: MediaVariant;
  contentType: 'image/webp';
  width: number;
  height: number;
  bytes: Buffer;
}

export interface Encoded {
  /** The upload's size once upright. */
  width: number;
  height: number;
  /** In MEDIA_VARIANTS[kind]'s order. */
  files: EncodedFile[];
}

export type EncodeResult = { ok: true; encoded: Encoded } | { ok: false; error: MediaErrorCode };

/** The name sharp's metadata gives each format we take (AVIF is read by its HEIF decoder). */
const DECODER_OF: Record<Exclude<SniffedFormat, 'heic'>, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', gif: 'gif', avif: 'heif' };

/** A picture that takes longer than this to decode is treated as unreadable rather than holding a slot. */
const DECODE_TIMEOUT_S = 30;

const refuse = (error: MediaErrorCode): EncodeResult => ({ ok: false, error });

export async function encodeUpload(bytes: Uint8Array, kind: MediaKind): Promise<EncodeResult> {
  if (bytes.byteLength > MEDIA_MAX_BYTES) return refuse('too_large');
  const format = sniff(bytes);
  if (format === 'heic') return refuse('heic_unsupported');
  if (format === null) return refuse('not_an_image');

  let meta;
  try {
    // The header only; the pixel limit is ours to check below, with its own code.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return refuse('unreadable');
  }
  if (meta.format !== DECODER_OF[format]) return refuse('not_an_image');
  if (meta.width * meta.height > MEDIA_MAX_PIXELS) return refuse('too_many_pixels');

  const variants = MEDIA_VARIANTS[kind];
  const largest = Math.max(...variants.map((v) => VARIANT_SIZES[v].edge));
  let upright;
  try {
    upright = await sharp(bytes, { limitInputPixels: MEDIA_MAX_PIXELS })
      .rotate()
      .resize({ width: largest, height: largest, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .raw()
      .timeout({ seconds: DECODE_TIMEOUT_S })
      .toBuffer({ resolveWithObject: true });
  } catch {
    return refuse('unreadable');
  }

  const { width, height, channels } = upright.info;
  const files: EncodedFile[] = [];
  // One after another: each is small now, and a second thread would only compete with the other upload.
  for (const variant of variants) {
    const size = VARIANT_SIZES[variant];
    const out = await sharp(upright.data, { raw: { width, height, channels } })
      .resize(
        size.square
          ? { width: size.edge, height: size.edge, fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } }
          : { width: size.edge, height: size.edge, fit: 'inside', withoutEnlargement: true },
      )
      .webp({ quality: WEBP_QUALITY })
      .toBuffer({ resolveWithObject: true });
    files.push({ variant, contentType: 'image/webp', width: out.info.width, height: out.info.height, bytes: out.data });
  }
  return { ok: true, encoded: { width: meta.autoOrient.width, height: meta.autoOrient.height, files } };
}
