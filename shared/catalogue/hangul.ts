/**
 * Text folding for search: NFC, lower case, no whitespace or punctuation, and Hangul initial
 * consonants (초성) so "ㅅㅇㅅㅋ" can find 시웃스쿨 the way Korean users expect.
 */

/** The 19 initial consonants in Unicode syllable order, as compatibility jamo (what keyboards type). */
const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
/** 21 medials × 28 finals: the distance between syllables with consecutive initials. */
const SYLLABLES_PER_INITIAL = 21 * 28;
/** Conjoining initial jamo U+1100–U+1112 (left by NFD text) in the same order. */
const CONJOINING_FIRST = 0x1100;

/** The 초성 of a Hangul syllable, or undefined for any other character. */
export function initialOf(ch: string): string | undefined {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < SYLLABLE_FIRST || cp > SYLLABLE_LAST) return undefined;
  return CHOSEONG[Math.floor((cp - SYLLABLE_FIRST) / SYLLABLES_PER_INITIAL)];
}

/** True for a lone initial consonant as typed (compatibility jamo). */
export function isChoseong(ch: string): boolean {
  return ch.length === 1 && CHOSEONG.includes(ch);
}

// Whitespace and the punctuation titles carry ("교육 '시웃스쿨'", "공정무역 · 공유경제", "조사·연구").
const SEPARATORS = /[\s'"‘’“”·・.,:;!?()[\]{}<>「」『』/\\|~\-–—_*※▶+&]+/u;

/**
 * Splits text into folded words (NFC, lower case, conjoining initials made compatibility jamo).
 * Searching the joined words makes "시웃 스쿨" and "시웃스쿨" equal; word starts mark prefixes.
 */
export function foldWords(text: string): string[] {
  const nfc = text.normalize('NFC').toLowerCase();
  let out = '';
  for (const ch of nfc) {
    const cp = ch.codePointAt(0) ?? 0;
    out += cp >= CONJOINING_FIRST && cp < CONJOINING_FIRST + CHOSEONG.length ? CHOSEONG[cp - CONJOINING_FIRST] : ch;
  }
  return out.split(SEPARATORS).filter((w) => w.length > 0);
}

/** Does folded query character `q` match folded text character `t`? A 초성 matches its syllables. */
export function charMatches(t: string, q: string): 'same' | 'initial' | false {
  if (t === q) return 'same';
  if (isChoseong(q) && initialOf(t) === q) return 'initial';
  return false;
}
