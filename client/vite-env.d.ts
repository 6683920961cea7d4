/// <reference types="vite/client" />

// Provided by scripts/vite/glyphCoverage.ts, read from the sign font at build/dev time.
declare module 'virtual:glyph-coverage' {
  /** Inclusive [first, last] code point ranges the sign font has glyphs for. */
  export const ranges: [number, number][];
  /** Same-origin URL of the sign font (WOFF2, for the FontFace API). */
  export const fontUrl: string;
}
