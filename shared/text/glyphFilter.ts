/**
 * Render-time text filter for 3D signage. The sign font (Noto Sans KR 700, Korean subset) lacks some
 * characters the brochure uses (※, 「」, ①, full-width punctuation, Hanja, emoji). A string with a
 * missing glyph makes troika fetch a fallback font from a CDN and drop the whole sign, so every string
 * drawn in 3D passes through `filterToGlyphs` first. The catalogue itself keeps the brochure's text.
 * Pure: no I/O; the covered set comes from the font at build time (virtual:glyph-coverage).
 */

export interface GlyphCoverage {
  has(codePoint: number): boolean;
}

/** Coverage from inclusive [first, last] code point ranges (any order, may overlap). */
export function coverageFromRanges(ranges: readonly (readonly [number, number])[]): GlyphCoverage {
  const sorted = ranges.map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const).sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return {
    has(cp: number): boolean {
      let lo = 0;
      let hi = merged.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [a, b] = merged[mid]!;
        if (cp < a) hi = mid - 1;
        else if (cp > b) lo = mid + 1;
        else return true;
      }
      return false;
    },
  };
}

/** Look-alikes for characters NFKC does not turn into something the font has. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  '「': "'", '」': "'", '『': '"', '』': '"',
  '〈': '<', '〉': '>', '《': '<<', '》': '>>',
  '【': '[', '】': ']', '〔': '(', '〕': ')', '〖': '[', '〗': ']',
  '※': '*', '★': '*', '☆': '*', '✱': '*',
  '₩': '원',
  '→': '->', '←': '<-', '↔': '<->', '⇒': '=>', '➡': '->', '▶': '>', '►': '>', '▷': '>', '◀': '<', '◁': '<',
  '○': '•', '●': '•', '◎': '•', '◯': '•', '□': '•', '■': '•', '◆': '•', '◇': '•', '▪': '•', '▫': '•',
  '✓': 'v', '✔': 'v',
  '‐': '-', '‑': '-', '‒': '-', '―': '—', '∼': '~', '〜': '~',
  '・': '·', '∙': '·', '‧': '·', '⋅': '·',
  '\t': ' ', '\n': ' ', '\r': ' ', '\u3000': ' ',
};

/** Conjoining initial jamo (what NFKC gives for ㉠…) → compatibility jamo, which the font has. */
const CHOSEONG_COMPAT = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/** Circled / negative-circled numbers, letters and Hangul: shown as "(1)", "(가)". */
function isCircled(cp: number): boolean {
  return (
    (cp >= 0x2460 && cp <= 0x2473) || // ①-⑳
    (cp >= 0x24b6 && cp <= 0x24ff) || // Ⓐ-ⓩ, ⓪, ⓫…
    (cp >= 0x2776 && cp <= 0x2793) || // ❶-➓
    (cp >= 0x3251 && cp <= 0x325f) || // ㉑-㉟
    (cp >= 0x3260 && cp <= 0x327f) || // ㉠-㉿
    (cp >= 0x32b1 && cp <= 0x32bf) // ㊱-㊿
  );
}

const DINGBAT_DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];

function circledInner(ch: string, cp: number): string {
  if (cp >= 0x2776 && cp <= 0x2793) return DINGBAT_DIGITS[(cp - 0x2776) % 10]!;
  return [...ch.normalize('NFKC')]
    .map((c) => {
      const j = c.codePointAt(0)! - 0x1100;
      return j >= 0 && j < CHOSEONG_COMPAT.length ? CHOSEONG_COMPAT[j]! : c;
    })
    .join('');
}

const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;

/** A covered replacement for one character, or '' to drop it. Every returned char is covered. */
function replace(ch: string, coverage: GlyphCoverage, depth: number): string {
  const cp = ch.codePointAt(0)!;
  if (isSurrogate(cp)) return '';
  if (coverage.has(cp)) return ch;
  if (depth > 2) return '';
  const keepCovered = (s: string): string =>
    [...s].map((c) => replace(c, coverage, depth + 1)).join('');

  const lookalike = LOOKALIKES[ch];
  if (lookalike !== undefined) return keepCovered(lookalike);
  if (isCircled(cp)) {
    const inner = keepCovered(circledInner(ch, cp));
    return inner ? keepCovered(`(${inner})`) : '';
  }
  // Compatibility forms: full-width ！？（）, ℃ → °C, ㎡ → m2, ㈜ → (주), … → ...
  const nfkc = ch.normalize('NFKC');
  if (nfkc !== ch) return keepCovered(nfkc);
  // Accented letters outside the font: keep the base letter, drop the marks (ő → o).
  const nfd = ch.normalize('NFD');
  if (nfd !== ch) {
    return [...nfd].filter((c) => !/\p{M}/u.test(c)).map((c) => replace(c, coverage, depth + 1)).join('');
  }
  return '';
}

/**
 * NFC-normalise `text`, then map every character the font lacks to a covered look-alike, or drop it.
 * Spaces left doubled (or leading/trailing) by a dropped character collapse. Never returns a string
 * containing a code point `coverage` does not have.
 */
export function filterToGlyphs(text: string, coverage: GlyphCoverage): string {
  let out = '';
  // True while nothing but spaces was written since the last dropped character.
  let afterDrop = false;
  const spaceOk = coverage.has(0x20);
  for (const ch of text.normalize('NFC')) {
    const rep = replace(ch, coverage, 0);
    if (rep === '') {
      afterDrop = true;
      continue;
    }
    for (const c of rep) {
      if (c === ' ') {
        if (!spaceOk) continue;
        if (afterDrop && (out === '' || out.endsWith(' '))) continue;
        out += c;
      } else {
        out += c;
        afterDrop = false;
      }
    }
  }
  return afterDrop ? out.replace(/ +$/, '') : out;
}
