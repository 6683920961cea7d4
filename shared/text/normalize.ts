/**
 * The folding that text is compared on (banned words, staff-like nicknames), so that look-alike
 * spellings compare equal to the plain word:
 *
 * - NFKC: full-width ｆ, mathematical 𝐟, circled ⓕ, superscript ᶠ, ligatures ﬀ, half-width ﾡ;
 * - invisible characters dropped (Unicode's Default_Ignorable_Code_Point: zero-width space and
 *   joiners, variation selectors, tag characters, the combining grapheme joiner U+034F, Hangul
 *   fillers U+115F/U+1160/U+3164/U+FFA0, soft hyphen, Mongolian vowel separator …);
 * - accents dropped (NFD, then combining marks removed; never on Hangul syllables, which NFD
 *   would split into jamo);
 * - Latin look-alikes NFKC leaves alone (Cyrillic а, Cherokee Ꭺ, small capital ᴀ, IPA ɑ) mapped
 *   to the Latin letter (`confusables.ts`), then lower case;
 * - lone jamo as compatibility jamo, composed where they spell syllables (`jamo.ts`).
 *
 * Punctuation, digits and spaces are kept: what may sit between the letters of a word is the
 * matcher's rule, not the folding's. The folded text keeps, for each folded character, the span of
 * the original it came from, so a match found on the folded text can be masked in the original.
 */
import { latinLookalike } from './confusables.ts';
import { compatibilityJamo, composeAt, isHangulSyllable } from './jamo.ts';

/** Folded characters (one code point each) and, per character, the original UTF-16 span [start, end). */
export interface FoldedText {
  readonly chars: string[];
  readonly start: number[];
  readonly end: number[];
}

const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const MARK = /\p{M}/u;

/** Invisible everywhere it is drawn: Default_Ignorable_Code_Point (ZWJ, U+FE0F, U+E0020, U+3164 …). */
export const isInvisible = (ch: string): boolean => INVISIBLE.test(ch);

const COMPAT_JAMO_FIRST = 0x3131; // ㄱ
const COMPAT_JAMO_LAST = 0x3163; // ㅣ
const isCompatJamo = (cp: number): boolean => cp >= COMPAT_JAMO_FIRST && cp <= COMPAT_JAMO_LAST;

function foldLetter(ch: string, out: string[]): void {
  if (MARK.test(ch) || INVISIBLE.test(ch)) return;
  const lookalike = latinLookalike(ch);
  if (lookalike !== undefined) {
    out.push(lookalike);
    return;
  }
  // Lower-casing may add a mark (İ → i + U+0307) or land on a look-alike (Cherokee Ꮃ → ꮃ).
  for (const c of ch.toLowerCase()) if (!MARK.test(c)) out.push(latinLookalike(c) ?? c);
}

function foldUncached(cp: number): readonly string[] {
  const out: string[] = [];
  for (const c of String.fromCodePoint(cp).normalize('NFKC')) {
    const k = c.codePointAt(0)!;
    const jamo = compatibilityJamo(k);
    if (isHangulSyllable(k) || isCompatJamo(k)) out.push(c);
    else if (jamo !== undefined) out.push(jamo);
    else for (const d of c.normalize('NFD')) foldLetter(d, out);
  }
  return out;
}

/** ASCII folds without a lookup: every chat line is mostly ASCII or Hangul syllables. */
const ASCII: readonly (readonly string[])[] = Array.from({ length: 128 }, (_, i) => [String.fromCharCode(i).toLowerCase()]);
/**
 * Everything else is folded once per code point and remembered; the cap keeps a flood of distinct
 * rare characters from growing the table without bound (past it, they are folded each time).
 */
const CACHE_MAX = 4096;
const cache = new Map<number, readonly string[]>();

function foldCodePoint(cp: number): readonly string[] {
  if (cp < 0x80) return ASCII[cp]!;
  let folded = cache.get(cp);
  if (folded === undefined) {
    folded = foldUncached(cp);
    if (cache.size < CACHE_MAX) cache.set(cp, folded);
  }
  return folded;
}

/** `text` folded for matching, with the original span of every folded character. */
export function foldText(text: string): FoldedText {
  const chars: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let jamo = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const next = i + (cp > 0xffff ? 2 : 1);
    if (isHangulSyllable(cp)) {
      chars.push(text.slice(i, next));
      start.push(i);
      end.push(next);
    } else {
      for (const c of foldCodePoint(cp)) {
        jamo ||= isCompatJamo(c.charCodeAt(0));
        chars.push(c);
        start.push(i);
        end.push(next);
      }
    }
    i = next;
  }
  if (jamo) composeSyllables(chars, start, end);
  return { chars, start, end };
}

/** Replaces jamo runs that spell syllables with the syllable, in place, merging their spans. */
function composeSyllables(chars: string[], start: number[], end: number[]): void {
  let w = 0;
  for (let r = 0; r < chars.length; w++) {
    const composed = composeAt(chars, r);
    const count = composed?.count ?? 1;
    chars[w] = composed?.syllable ?? chars[r]!;
    start[w] = start[r]!;
    end[w] = end[r + count - 1]!;
    r += count;
  }
  chars.length = w;
  start.length = w;
  end.length = w;
}

/** The folded text alone (for comparing whole strings, e.g. a nickname's skeleton). */
export function foldString(text: string): string {
  return foldText(text).chars.join('');
}
