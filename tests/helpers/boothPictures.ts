/**
 * Booth pictures for world tests and the venue bench: distinct WebP files made with sharp (a logo
 * on transparency, photos of a given aspect), in the variants the media service stores
 * (server/media/variants.ts: a logo's `sign` 256², an image's `thumb` 320 px long edge).
 */
import sharp from 'sharp';

/** A 256² logo: a coloured disc on transparency, its colour from `n`. */
export function logoWebp(n: number): Promise<Buffer> {
  const hue = (n * 47) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><circle cx="128" cy="128" r="112" fill="hsl(${hue},70%,50%)"/><rect x="88" y="88" width="80" height="80" fill="#fff"/></svg>`;
  return sharp(Buffer.from(svg)).webp({ quality: 82 }).toBuffer();
}

/** A `width` × `height` photo stand-in: a two-colour gradient from `n`. */
export function imageWebp(n: number, width = 320, height = 240): Promise<Buffer> {
  const a = (n * 67) % 360;
  const b = (a + 150) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="hsl(${a},60%,55%)"/><stop offset="1" stop-color="hsl(${b},60%,45%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`;
  return sharp(Buffer.from(svg)).webp({ quality: 82 }).toBuffer();
}
