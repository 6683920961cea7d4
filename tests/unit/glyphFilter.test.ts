import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listBooths, listZones } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { coverageFromRanges, filterToGlyphs, type GlyphCoverage } from '../../shared/text/glyphFilter.ts';
import { readCoverageRanges, SIGN_FONT_PATH } from '../../scripts/vite/fontCoverage.ts';
import { glyphCoverage } from '../../scripts/vite/glyphCoverage.ts';

// The real sign font, read the same way the vite plugin reads it.
const coverage = coverageFromRanges(readCoverageRanges());

function uncovered(text: string, cov: GlyphCoverage = coverage): string[] {
  return [...text].filter((ch) => !cov.has(ch.codePointAt(0)!));
}

function catalogueTitles(): string[] {
  const titles: string[] = [];
  for (const z of listZones(CATALOGUE)) titles.push(z.title.ko, z.title.en);
  for (const b of listBooths(CATALOGUE)) titles.push(b.title.ko, b.title.en);
  for (const a of CATALOGUE.valueChain.activities) {
    titles.push(a.title.ko, a.title.en);
    for (const s of a.stages) for (const p of s.programmes) for (const e of p.exhibits) titles.push(e.title, e.titleEn);
  }
  for (const h of CATALOGUE.history) for (const item of h.items) titles.push(item.text);
  titles.push(CATALOGUE.center.name.ko, CATALOGUE.center.slogan, ...CATALOGUE.mascot.catchphrases);
  return titles;
}

const HOSTILE = [
  '좋아, 나는 시웃이 ❤️ 📧',
  '부천 富川 사회적경제',
  '① 인식확산 ② 교육 ⑳',
  '※ 참고: 「시웃레터」 『시웃스쿨』',
  '！？（）　ＡＢＣ１２３',
  'e\u0301 \u1100\u1161\u11A8 a\u0308\u0323',
  'bad \uD800 surrogate \uDFFF end',
  '\u0301\u0301 leading marks',
  '가격 ₩1,000 → ℃ ㎡ ㈜시웃 ㉮ ㉠',
  '👩‍👩‍👧 family 🇰🇷 flag',
  'tab\tand\nnewline',
];

/** What `import { ranges, fontUrl } from 'virtual:glyph-coverage'` gives the page, from the plugin itself. */
function virtualModule(): string {
  const plugin = glyphCoverage();
  const load = plugin.load as (this: { addWatchFile(f: string): void }, id: string) => string;
  return load.call({ addWatchFile() {} }, '\0virtual:glyph-coverage');
}

describe('glyph coverage of the sign font', () => {
  it('is read from the very file the page loads, a WOFF2', () => {
    const source = virtualModule();
    // The page's font URL is this file, as a Vite asset; the filter's ranges are this file's cmap.
    expect(source).toContain(`import fontUrl from ${JSON.stringify(SIGN_FONT_PATH + '?url')};`);
    expect(source).toContain(`export const ranges = ${JSON.stringify(readCoverageRanges(SIGN_FONT_PATH))};`);
    expect(SIGN_FONT_PATH).toMatch(/\.woff2$/);
    expect(readFileSync(SIGN_FONT_PATH).subarray(0, 4).toString('latin1')).toBe('wOF2');
  });

  it('covers Hangul syllables, ASCII and Latin-1 and lacks the known gaps', () => {
    for (const cp of [0xac00, 0xd7a3, 0x41, 0x7e, 0xe9]) expect(coverage.has(cp)).toBe(true);
    for (const ch of ['※', '「', '₩', '①', '！', '富', '❤']) expect(coverage.has(ch.codePointAt(0)!)).toBe(false);
  });
});

describe('filterToGlyphs', () => {
  it('never leaves an uncovered code point in any catalogue title', () => {
    for (const title of catalogueTitles()) expect(uncovered(filterToGlyphs(title, coverage)), title).toEqual([]);
  });

  it('never leaves an uncovered code point in hostile text', () => {
    for (const s of HOSTILE) expect(uncovered(filterToGlyphs(s, coverage)), s).toEqual([]);
  });

  it('keeps Hangul and ASCII unchanged', () => {
    for (const s of ['시웃월드', '부천시사회적경제센터 Social Economy 2010-11-24', '가. 인식확산 (1분 상식)', 'a  b']) {
      expect(filterToGlyphs(s, coverage)).toBe(s);
    }
    for (const title of catalogueTitles()) {
      if (/^[\p{Script=Hangul}\x20-\x7e]*$/u.test(title)) expect(filterToGlyphs(title, coverage)).toBe(title);
    }
  });

  it('maps look-alikes instead of dropping them', () => {
    expect(filterToGlyphs('！？（）', coverage)).toBe('!?()');
    expect(filterToGlyphs('①②', coverage)).toBe('(1)(2)');
    expect(filterToGlyphs('「시웃」', coverage)).toBe("'시웃'");
    expect(filterToGlyphs('※ 주의', coverage)).toBe('* 주의');
    expect(filterToGlyphs('₩500', coverage)).toBe('원500');
    expect(filterToGlyphs('36℃ 10㎡', coverage)).toBe('36°C 10m2');
    // The sign font has ㉠ itself; a font without it gets "(ㄱ)".
    const noEnclosed = coverageFromRanges([[0x28, 0x29], [0x3131, 0x318e]]);
    expect(filterToGlyphs('㉠', noEnclosed)).toBe('(ㄱ)');
    expect(filterToGlyphs('e\u0301', coverage)).toBe('é');
    expect(filterToGlyphs('\u1100\u1161\u11A8', coverage)).toBe('각');
  });

  it('drops what has no look-alike and collapses the spaces it leaves', () => {
    expect(filterToGlyphs('좋아 ❤️ 📧 나는', coverage)).toBe('좋아 나는');
    expect(filterToGlyphs('❤️ 시웃이', coverage)).toBe('시웃이');
    expect(filterToGlyphs('시웃이 📧', coverage)).toBe('시웃이');
    expect(filterToGlyphs('부천 富川', coverage)).toBe('부천');
    expect(filterToGlyphs('a\uD800b', coverage)).toBe('ab');
  });

  it('works for any coverage, even one without spaces', () => {
    const tiny = coverageFromRanges([[0x61, 0x7a]]);
    for (const s of HOSTILE) expect(uncovered(filterToGlyphs(s, tiny), tiny)).toEqual([]);
    expect(filterToGlyphs('ＡＢＣ abc', tiny)).toBe('abc');
  });
});
