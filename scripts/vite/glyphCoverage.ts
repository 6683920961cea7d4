import type { Plugin } from 'vite';
import { readCoverageRanges, SIGN_FONT_PATH } from './fontCoverage.ts';

const VIRTUAL_ID = 'virtual:glyph-coverage';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/**
 * `virtual:glyph-coverage`: the sign font's covered code points, read from the font file at
 * build/dev time (so the filter can never drift from the font that ships), plus the font's URL as a
 * Vite asset so it is served from our own origin (no CDN fallback).
 */
export function glyphCoverage(fontPath: string = SIGN_FONT_PATH): Plugin {
  return {
    name: 'seeot:glyph-coverage',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      this.addWatchFile(fontPath);
      const ranges = readCoverageRanges(fontPath);
      return [
        `import fontUrl from ${JSON.stringify(fontPath + '?url')};`,
        `export const ranges = ${JSON.stringify(ranges)};`,
        `export { fontUrl };`,
      ].join('\n');
    },
  };
}
