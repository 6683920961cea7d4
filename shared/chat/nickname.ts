/**
 * Nickname rules, shared so the entry form says no before the server does (the server still checks).
 *
 * - NFC first, so "한" typed as jamo on one machine and as a syllable on another is the same name.
 * - Length counts grapheme clusters (what a person sees as one character: 한, é, 👍🏽), 1–20; a cap
 *   on code points too, so one "character" stacked with hundreds of combining marks cannot blow
 *   up name tags.
 * - No control or format characters: zero-width spaces/joiners and bidi overrides make names that
 *   look identical or render backwards. Hangul fillers and blank braille are invisible letters and
 *   get the same treatment. (Emoji ZWJ sequences are refused with them; a small loss.)
 * - Staff-like names are refused so nobody can pose as the organisers: compared on a "skeleton"
 *   that drops case, spaces, punctuation, accents, full-width forms and a few look-alike letters.
 */

export const NICKNAME_MAX_GRAPHEMES = 20;
/** 20 clusters of 4 code points (emoji + modifier, Hangul jamo) fit; Zalgo towers don't. */
export const NICKNAME_MAX_CODE_POINTS = 80;

export type NicknameError = 'empty' | 'tooLong' | 'control' | 'reserved';
export type NicknameResult = { ok: true; value: string } | { ok: false; reason: NicknameError };

/**
 * How a reserved word matches the skeleton:
 * - contains: anywhere ("나는운영자다") — words no visitor's own name contains;
 * - affix: as prefix or suffix ("admin1", "운영자님", "부천센터");
 * - exact: the whole skeleton once digits are dropped ("mod", "mod2") — short words that start
 *   ordinary names ("model", "modern", "공지영" is a novelist).
 */
type Match = 'contains' | 'affix' | 'exact';
const RESERVED: readonly (readonly [string, Match])[] = [
  ['운영자', 'contains'], ['운영진', 'contains'], ['관리자', 'contains'], ['스태프', 'contains'],
  ['administrator', 'contains'], ['moderator', 'contains'],
  ['운영팀', 'affix'], ['관리인', 'affix'], ['스탭', 'affix'], ['센터', 'affix'], ['시스템', 'affix'],
  ['공지사항', 'affix'], ['진행자', 'affix'], ['시웃월드', 'affix'],
  ['admin', 'affix'], ['staff', 'affix'], ['system', 'affix'], ['sysop', 'affix'], ['operator', 'affix'],
  ['official', 'affix'], ['seeotworld', 'affix'],
  ['mod', 'exact'], ['공지', 'exact'], ['gm', 'exact'], ['root', 'exact'],
];

/** Look-alikes that NFKD does not fold: Cyrillic and Greek letters drawn like Latin ones. */
const CONFUSABLES: Readonly<Record<string, string>> = {
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's',
  'ԁ': 'd', 'ı': 'i', 'α': 'a', 'ο': 'o', 'ι': 'i', 'ν': 'v', 'κ': 'k',
};
/** Digits and symbols used as letters ("4dm1n", "$taff"), tried as a second reading. */
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's' };

const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\u115f\u1160\u3164\uffa0\u2800]/u;

const graphemes = new Intl.Segmenter('ko', { granularity: 'grapheme' });

function countGraphemes(s: string, stopAfter: number): number {
  let n = 0;
  for (const _ of graphemes.segment(s)) if (++n > stopAfter) break;
  return n;
}

/** Case, width, accents, look-alikes, spaces and punctuation removed; Hangul recomposed. */
function skeleton(s: string, leet: boolean): string {
  const folded = s.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
  let out = '';
  for (const ch of folded) {
    const c = CONFUSABLES[ch] ?? ch;
    out += leet ? (LEET[c] ?? c) : c;
  }
  return out.replace(/[^\p{L}\p{N}]/gu, '');
}

function isReserved(name: string): boolean {
  for (const sk of [skeleton(name, false), skeleton(name, true)]) {
    const noDigits = sk.replace(/\p{N}/gu, '');
    for (const [word, how] of RESERVED) {
      if (how === 'contains' && sk.includes(word)) return true;
      if (how === 'affix' && (sk.startsWith(word) || sk.endsWith(word))) return true;
      if (how === 'exact' && noDigits === word) return true;
    }
  }
  return false;
}

/** The checked nickname, NFC, trimmed, inner whitespace runs collapsed to one space. */
export function validateNickname(raw: unknown): NicknameResult {
  if (typeof raw !== 'string') return { ok: false, reason: 'empty' };
  const nfc = raw.normalize('NFC');
  // Only spaces collapse: a tab or newline inside the name is a control character and is refused
  // (trim still drops them at the ends, where a paste leaves them).
  const value = nfc.replace(/[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/gu, ' ').trim();
  if (value.length === 0) return { ok: false, reason: 'empty' };
  if (CONTROL.test(value)) return { ok: false, reason: 'control' };
  let codePoints = 0;
  for (const _ of value) codePoints++;
  if (codePoints > NICKNAME_MAX_CODE_POINTS || countGraphemes(value, NICKNAME_MAX_GRAPHEMES) > NICKNAME_MAX_GRAPHEMES) {
    return { ok: false, reason: 'tooLong' };
  }
  if (isReserved(value)) return { ok: false, reason: 'reserved' };
  return { ok: true, value };
}
