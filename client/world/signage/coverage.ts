import { ranges } from 'virtual:glyph-coverage';
import { coverageFromRanges, filterToGlyphs } from '../../../shared/text/glyphFilter.ts';

/** The sign font's glyph set, read from the font file at build time (scripts/vite/glyphCoverage.ts). */
const coverage = coverageFromRanges(ranges);

/** Every string drawn in 3D goes through here, at draw time: a glyph the font lacks never shows as a box. */
export function signText(text: string): string {
  return filterToGlyphs(text, coverage);
}
