/**
 * Nickname rules, shared so the entry form says no before the server does (the server still checks).
 *
 * - NFC first, so "한" typed as jamo on one machine and as a syllable on another is the same name.
 * - Length counts grapheme clusters (what a person sees as one character: 한, é, 👍🏽), 1–20; a cap
 *   on code points too, so one "character" stacked with hundreds of combining marks cannot blow
 *   up name tags.
 * - No control, format or invisible characters (Unicode's default-ignorable ones: zero-width
 *   spaces and joiners, variation selectors, tag characters, the combining grapheme joiner, Hangul
 *   fillers; blank braille too): they make names that look identical or render backwards. They
 *   are allowed only where an emoji needs them (👩‍👩‍👧, ❤️, 1️⃣, 🏴 flags), and nowhere else.
 * - At least one letter, digit or emoji: a name of combining marks or punctuation alone shows as
 *   nothing, or as a smudge, on a name tag.
 * - Staff-like names are refused so nobody can pose as the organisers: compared on a "skeleton"
 *   (shared/text/normalize.ts: case, width, accents, invisible characters and look-alike letters
 *   such as Cyrillic а, Cherokee Ꭺ, small capital ᴀ or IPA ɑ folded away, jamo composed), without
 *   spaces or punctuation, read once as written and once with leetspeak digits as letters.
 */
import { leetLetter } from '../text/confusables.ts';
import { foldString } from '../text/normalize.ts';

export const NICKNAME_MAX_GRAPHEMES = 20;
/** 20 clusters of 4 code points (emoji + modifier, Hangul jamo) fit; Zalgo towers don't. */
export const NICKNAME_MAX_CODE_POINTS = 80;

export type NicknameError = 'empty' | 'tooLong' | 'control' | 'noLetter' | 'reserved';
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

/** Characters nobody can see (or that steer the text): a name must not hide anything. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Default_Ignorable_Code_Point}\u2800]/u;
/**
 * One emoji as the keyboard makes it: keycaps, and pictographs with their presentation selector,
 * skin tone, tag sequence (subdivision flags) and ZWJ links to further pictographs. The only
 * clusters where a hidden character may appear.
 */
const EMOJI =
  /^(?:[#*0-9]\ufe0f?\u20e3|\p{Extended_Pictographic}[\ufe0e\ufe0f]?\p{Emoji_Modifier}?(?:[\u{e0020}-\u{e007e}]+\u{e007f})?(?:\u200d\p{Extended_Pictographic}[\ufe0e\ufe0f]?\p{Emoji_Modifier}?)*)$/u;
const VISIBLE = /[\p{L}\p{N}\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

const graphemes = new Intl.Segmenter('ko', { granularity: 'grapheme' });

function countGraphemes(s: string, stopAfter: number): number {
  let n = 0;
  for (const _ of graphemes.segment(s)) if (++n > stopAfter) break;
  return n;
}

function hidesSomething(name: string): boolean {
  if (!HIDDEN.test(name)) return false;
  for (const { segment } of graphemes.segment(name)) if (HIDDEN.test(segment) && !EMOJI.test(segment)) return true;
  return false;
}

/** The folded name without spaces or punctuation; with `leet`, digits read as the letters they mimic. */
function skeleton(folded: string, leet: boolean): string {
  let out = '';
  for (const c of folded) out += leet ? (leetLetter(c) ?? c) : c;
  return out.replace(/[^\p{L}\p{N}]/gu, '');
}

function isReserved(name: string): boolean {
  const folded = foldString(name);
  for (const sk of [skeleton(folded, false), skeleton(folded, true)]) {
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
  if (hidesSomething(value)) return { ok: false, reason: 'control' };
  let codePoints = 0;
  for (const _ of value) codePoints++;
  if (codePoints > NICKNAME_MAX_CODE_POINTS || countGraphemes(value, NICKNAME_MAX_GRAPHEMES) > NICKNAME_MAX_GRAPHEMES) {
    return { ok: false, reason: 'tooLong' };
  }
  if (!VISIBLE.test(value)) return { ok: false, reason: 'noLetter' };
  if (isReserved(value)) return { ok: false, reason: 'reserved' };
  return { ok: true, value };
}
