// fontkit ships no types; we use only what reads a font's character map.
declare module 'fontkit' {
  export interface Font {
    /** Every Unicode code point the font's cmap maps to a glyph. */
    readonly characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(path: string): Font | { fonts: Font[] };
}
