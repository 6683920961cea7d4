import { openSync, type Font } from 'fontkit';
import { fileURLToPath } from 'node:url';

/**
 * The 3D sign font, as the page loads it (FontFace reads WOFF2): Fontsource's whole "korean" subset
 * of Noto Sans KR 700, 559 KB against 867 KB for the same font as WOFF. It covers all 11,172 Hangul
 * syllables, compatibility jamo, ASCII and Latin-1 (the same cmap as the WOFF, checked when it
 * changed). fontkit reads the cmap from this very file, so the glyph filter matches what is drawn.
 */
export const SIGN_FONT_PATH = fileURLToPath(
  new URL('../../node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-korean-700-normal.woff2', import.meta.url),
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
