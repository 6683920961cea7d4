/**
 * Hangul jamo for text folding. Lone jamo are kept as compatibility jamo (ㄱ, ㅏ: what keyboards type),
 * whichever block they came from, and a run a keyboard would have built into syllables is composed
 * ("ㅅㅣㅂㅏㄹ" → 시발), so spelling a word out letter by letter does not hide it.
 */

/** Initial consonants in syllable order, as compatibility jamo. */
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
/** Final consonants in syllable order (index 0 is "no final"). */
const FINALS = '\0ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';
const VOWEL_FIRST = 0x314f; // ㅏ; the 21 vowels follow in syllable order up to ㅣ U+3163
const VOWEL_COUNT = 21;
const SYLLABLE_FIRST = 0xac00;
const FINALS_PER_VOWEL = 28;

const CONJOINING_INITIAL_FIRST = 0x1100; // ᄀ … ᄒ U+1112
const CONJOINING_VOWEL_FIRST = 0x1161; // ᅡ … ᅵ U+1175
const CONJOINING_FINAL_FIRST = 0x11a8; // ᆨ … ᇂ U+11C2

export const isHangulSyllable = (cp: number): boolean => cp >= SYLLABLE_FIRST && cp <= 0xd7a3;

/** Modern conjoining jamo (U+1100 block, what NFKC makes of compatibility jamo) → compatibility jamo. */
export function compatibilityJamo(cp: number): string | undefined {
  if (cp >= CONJOINING_INITIAL_FIRST && cp < CONJOINING_INITIAL_FIRST + INITIALS.length) return INITIALS[cp - CONJOINING_INITIAL_FIRST];
  if (cp >= CONJOINING_VOWEL_FIRST && cp < CONJOINING_VOWEL_FIRST + VOWEL_COUNT) return String.fromCharCode(VOWEL_FIRST + cp - CONJOINING_VOWEL_FIRST);
  if (cp >= CONJOINING_FINAL_FIRST && cp < CONJOINING_FINAL_FIRST + FINALS.length - 1) return FINALS[cp - CONJOINING_FINAL_FIRST + 1];
  return undefined;
}

const initialIndex = (ch: string | undefined): number => (ch === undefined ? -1 : INITIALS.indexOf(ch));
const finalIndex = (ch: string | undefined): number => (ch === undefined || ch === '\0' ? -1 : FINALS.indexOf(ch));
function vowelIndex(ch: string | undefined): number {
  const i = ch === undefined ? -1 : ch.charCodeAt(0) - VOWEL_FIRST;
  return ch !== undefined && ch.length === 1 && i >= 0 && i < VOWEL_COUNT ? i : -1;
}

/**
 * The syllable a keyboard would build from the compatibility jamo at `chars[i]`, and how many
 * entries it takes: consonant + vowel, plus a following consonant as the final unless a vowel comes
 * after it (then it starts the next syllable). Compound vowels and finals typed as two jamo (ㅗㅏ,
 * ㄹㄱ) are left apart, and a lone consonant is never glued onto a syllable that was written whole
 * ("아ㅋㅋ" stays as it is). Null when `chars[i]` starts no syllable.
 */
export function composeAt(chars: readonly string[], i: number): { syllable: string; count: 2 | 3 } | null {
  const l = initialIndex(chars[i]);
  const v = l < 0 ? -1 : vowelIndex(chars[i + 1]);
  if (v < 0) return null;
  const t = finalIndex(chars[i + 2]);
  const withFinal = t > 0 && vowelIndex(chars[i + 3]) < 0;
  const syllable = String.fromCharCode(SYLLABLE_FIRST + (l * VOWEL_COUNT + v) * FINALS_PER_VOWEL + (withFinal ? t : 0));
  return { syllable, count: withFinal ? 3 : 2 };
}
