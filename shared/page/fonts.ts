import { z } from 'zod';

/**
 * The DOM font (Noto Sans KR, 400 and 700) as the build emits it: one WOFF2 file per unicode-range
 * slice, as @fontsource splits it (about 120 Korean slices ordered by frequency, plus Latin).
 * scripts/vite/domFonts.ts writes this manifest next to the client build; the server reads it to
 * inline, in each page, only the faces for the characters that page shows.
 */
export const DOM_FONT_FAMILY = 'Noto Sans KR';

/** Where the manifest sits inside dist/client (a dot folder: express.static does not serve it). */
export const DOM_FONT_MANIFEST_PATH = '.vite/dom-fonts.json';

export const DomFontFaceSchema = z.object({
  weight: z.number().int(),
  /** Inclusive [first, last] code point ranges, from the face's unicode-range. */
  ranges: z.array(z.tuple([z.number().int(), z.number().int()])),
  /** Same-origin URL of the WOFF2 file. */
  url: z.string().startsWith('/'),
});
export type DomFontFace = z.infer<typeof DomFontFaceSchema>;

export const DomFontManifestSchema = z.object({
  /** Same-origin URL of the stylesheet declaring every face (pages reached without a reload need it). */
  css: z.string().startsWith('/'),
  faces: z.array(DomFontFaceSchema),
});
export type DomFontManifest = z.infer<typeof DomFontManifestSchema>;

/** "U+ac00-d7a3,U+20" → [[0xac00, 0xd7a3], [0x20, 0x20]]. */
export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [a = '', b] = part.trim().replace(/^U\+/i, '').split('-');
    const first = parseInt(a, 16);
    const last = b === undefined ? first : parseInt(b, 16);
    if (!Number.isInteger(first) || !Number.isInteger(last) || last < first) throw new Error(`bad unicode-range part "${part}"`);
    return [first, last];
  });
}

export function formatUnicodeRange(ranges: readonly (readonly [number, number])[]): string {
  return ranges.map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`)).join(',');
}

/** One compact @font-face rule: WOFF2 only (every browser that runs the app reads it), swap. */
export function fontFaceRule(face: Pick<DomFontFace, 'weight' | 'url'>, ranges: readonly (readonly [number, number])[]): string {
  return (
    `@font-face{font-family:'${DOM_FONT_FAMILY}';font-style:normal;font-weight:${face.weight};font-display:swap;` +
    `src:url(${face.url}) format('woff2');unicode-range:${formatUnicodeRange(ranges)}}`
  );
}
