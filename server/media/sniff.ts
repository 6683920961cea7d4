/**
 * What a file is by its first bytes, never by its name or Content-Type: the formats we take, HEIC
 * (refused with a code of its own: iPhones send it and people need to hear what to do), or null.
 * Cheap and before any decoder runs, so HTML, SVG and scripts never reach libvips.
 */

export type SniffedFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'heic';

const startsWith = (b: Uint8Array, at: number, bytes: readonly number[]): boolean => bytes.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, from: number, to: number): string => String.fromCharCode(...b.subarray(from, to));

/** ISO-BMFF brands (the `ftyp` box) of AVIF, and of HEIC/HEIF (HEVC inside, which this libvips cannot decode). */
const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'mif2']);

/** The brands of an `ftyp` box (its major brand, then the compatible ones), or none. */
function ftypBrands(b: Uint8Array): string[] {
  if (b.length < 16 || ascii(b, 4, 8) !== 'ftyp') return [];
  const boxSize = Math.min(new DataView(b.buffer, b.byteOffset, 4).getUint32(0), b.length, 256);
  const brands = [ascii(b, 8, 12)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(b, at, at + 4));
  return brands;
}

export function sniff(b: Uint8Array): SniffedFormat | null {
  if (startsWith(b, 0, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return 'gif';
  const brands = ftypBrands(b);
  // An AVIF lists an AVIF brand (and often mif1 too); a HEIC lists none.
  if (brands.some((x) => AVIF_BRANDS.has(x))) return 'avif';
  if (brands.some((x) => HEIC_BRANDS.has(x))) return 'heic';
  return null;
}
