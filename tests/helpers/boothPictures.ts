/**
 * Booth pictures for world tests and the venue bench: distinct WebP files made with sharp from raw
 * pixels (the server's sharp refuses SVG input: server/media/sharp.ts), a logo on transparency and
 * photos of a given size, in the sizes the media service stores for the world (server/media/variants.ts:
 * a logo's `sign` 256², an image's `thumb` 320 px long edge).
 */
import sharp from 'sharp';

function hsl(h: number, s: number, l: number): [number, number, number] {
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/** A 256² logo: a coloured disc with a white square in it, on transparency; its colour from `n`. */
export function logoWebp(n: number): Promise<Buffer> {
  const size = 256;
  const px = Buffer.alloc(size * size * 4);
  const [r, g, b] = hsl((n * 47) % 360, 0.7, 0.5);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const inDisc = Math.hypot(x - 127.5, y - 127.5) <= 112;
      const inSquare = x >= 88 && x < 168 && y >= 88 && y < 168;
      if (!inDisc) continue;
      px.set(inSquare ? [255, 255, 255, 255] : [r, g, b, 255], i);
    }
  }
  return sharp(px, { raw: { width: size, height: size, channels: 4 } }).webp({ quality: 82 }).toBuffer();
}

/** A `width` × `height` photo stand-in: a left-to-right gradient between two colours from `n`. */
export function imageWebp(n: number, width = 320, height = 240): Promise<Buffer> {
  const a = hsl((n * 67) % 360, 0.6, 0.55);
  const b = hsl((n * 67 + 150) % 360, 0.6, 0.45);
  const px = Buffer.alloc(width * height * 3);
  for (let x = 0; x < width; x++) {
    const t = x / (width - 1);
    const c = [0, 1, 2].map((k) => Math.round(a[k]! + (b[k]! - a[k]!) * t));
    for (let y = 0; y < height; y++) px.set(c, (y * width + x) * 3);
  }
  return sharp(px, { raw: { width, height, channels: 3 } }).webp({ quality: 82 }).toBuffer();
}
