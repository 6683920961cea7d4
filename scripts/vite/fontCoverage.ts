import { openSync, type Font } from 'fontkit';
import { fileURLToPath } from 'node:url';

/**
 * The 3D sign font: WOFF1 because troika (and a canvas atlas via FontFace) can read it, WOFF2 not.
 * Its Korean subset covers all 11,172 Hangul syllables, compatibility jamo, ASCII and Latin-1.
 */
export const SIGN_FONT_PATH = fileURLToPath(
  new URL('../../node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-korean-700-normal.woff', import.meta.url),
);

/** The font's covered code points as sorted, merged, inclusive [first, last] ranges. */
export function readCoverageRanges(fontPath: string = SIGN_FONT_PATH): [number, number][] {
  const opened = openSync(fontPath);
  const font: Font | undefined = 'fonts' in opened ? opened.fonts[0] : opened;
  if (!font) throw new Error(`No font in ${fontPath}`);
  const points = [...new Set(font.characterSet)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const cp of points) {
    const last = ranges[ranges.length - 1];
    if (last && cp === last[1] + 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges;
}
