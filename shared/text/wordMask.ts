/**
 * Banned-word masking: matched on the folded text (normalize.ts), masked in the original.
 *
 * A listed word matches as a substring (Korean glues particles and endings onto words: "바보야"),
 * letter after letter of the folded text, and these may sit between two of its letters:
 * - invisible characters, always (they are dropped by the folding): "시\u200d발";
 * - up to MAX_GAP characters that are not letters: punctuation, digits, symbols, emoji, spaces.
 *   A word split like that counts only where the split is the dodge and not two words meeting:
 *   - without a space ("시.발", "f.u.c.k", "시1발"), the match must begin a word or end one (a
 *     particle may follow), so "도시·발전" (two nouns joined by a middle dot) is left alone;
 *   - with a space ("바 보야", "시 발"), it must begin a word and end one (or a particle), so
 *     "3시 발표" and "두 시 발표" are left alone; between Latin letters, each letter next to the
 *     space must stand alone ("f u c k"), so "was sad" never spells "ass";
 *   - never across a sentence end (a space after . ! ?): "시. 발" is two sentences.
 * A digit or symbol that is part of a listed word is matched as itself ("😈x"); otherwise a digit
 * may also stand for the letter it looks like ("sh1t", "b1tch").
 *
 * The masked span runs from the first to the last matched letter of the original (plus marks
 * and invisible characters stuck to the last one); inside it every visible character becomes '*',
 * spaces stay (the line keeps its shape) and invisible characters go.
 */
import { leetLetter } from './confusables.ts';
import { foldText } from './normalize.ts';

/** Non-letters allowed between two letters of a word: "f.u.c.k", "시 . 발", not a whole clause. */
const MAX_GAP = 3;
/** One-syllable particles a spaced-out word may carry on its last letter ("바 보야", "미 친놈아"). */
const PARTICLES = new Set(['아', '야', '이', '가', '은', '는', '을', '를', '도', '들', '의', '에', '요']);
const SENTENCE_END = new Set(['.', '!', '?', '。']);

interface Node {
  readonly next: Map<string, Node>;
  end: boolean;
}

export interface BannedWordMatcher {
  /** The listed words, folded, as a trie; null when the list is empty. */
  readonly root: Node | null;
}

const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const PUNCTUATION = /[\s\p{P}]/u;
const HANGUL = /[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]/u;

/** Fold each word once (the chat service keeps the matcher): spaces and punctuation in a listed word are not required. */
export function compileBannedWords(words: readonly string[]): BannedWordMatcher {
  let root: Node | null = null;
  for (const word of words) {
    const chars = foldText(word).chars.filter((c) => !PUNCTUATION.test(c));
    if (chars.length === 0) continue;
    root ??= { next: new Map(), end: false };
    let node = root;
    for (const c of chars) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return { root };
}

/** The folded line and its character classes, computed once per line. */
interface Line {
  readonly chars: readonly string[];
  readonly letter: boolean[];
  readonly word: boolean[];
  readonly space: boolean[];
}

function classify(chars: readonly string[]): Line {
  const letter: boolean[] = [];
  const word: boolean[] = [];
  const space: boolean[] = [];
  for (const c of chars) {
    const l = LETTER.test(c);
    letter.push(l);
    word.push(l || WORD.test(c));
    space.push(!l && SPACE.test(c));
  }
  return { chars, letter, word, space };
}

const startsWord = (line: Line, i: number): boolean => i === 0 || !line.word[i - 1];
/** Unit `j` ends a word, or only a one-syllable particle follows it. */
function endsWord(line: Line, j: number): boolean {
  const n = line.chars.length;
  return j + 1 >= n || !line.word[j + 1] || (PARTICLES.has(line.chars[j + 1]!) && (j + 2 >= n || !line.word[j + 2]));
}
const standsAlone = (line: Line, j: number): boolean => startsWord(line, j) && (j + 1 >= line.chars.length || !line.word[j + 1]);

/** The trie node after `c`, read as itself or as the letter a leetspeak digit stands for. */
function child(node: Node, c: string): Node | undefined {
  const leet = leetLetter(c);
  return node.next.get(c) ?? (leet === undefined ? undefined : node.next.get(leet));
}

/**
 * The last unit of the longest listed word starting at folded unit `i`, or -1. Walks the trie
 * letter by letter across allowed gaps; a word ending counts only if its gaps are allowed where
 * it stands (see the module comment).
 */
function longestAt(line: Line, i: number, root: Node): number {
  const { chars } = line;
  let node = child(root, chars[i]!);
  let j = i;
  let spaced = false;
  let split = false;
  let best = -1;
  while (node) {
    const fits = spaced ? startsWord(line, i) && endsWord(line, j) : !split || startsWord(line, i) || endsWord(line, j);
    if (node.end && fits) best = j;
    // The unit that continues the word, past at most MAX_GAP non-letters.
    let next: Node | undefined;
    let at = -1;
    let gapSpace = false;
    let sentenceEnd = false;
    for (let g = j + 1; g < chars.length && g - j - 1 <= MAX_GAP; g++) {
      next = child(node, chars[g]!);
      if (next) {
        at = g;
        break;
      }
      if (line.letter[g]) break;
      gapSpace ||= line.space[g]!;
      sentenceEnd ||= SENTENCE_END.has(chars[g]!);
    }
    if (!next) break;
    if (at > j + 1) {
      if (gapSpace && sentenceEnd) break;
      const latin = !HANGUL.test(chars[j]!) || !HANGUL.test(chars[at]!);
      if (gapSpace && latin && !(standsAlone(line, j) && standsAlone(line, at))) break;
      split = true;
      spaced ||= gapSpace;
    }
    node = next;
    j = at;
  }
  return best;
}

const STUCK = /[\p{M}\p{Default_Ignorable_Code_Point}]/u;

/** Where the masked span ending at `e` really ends: marks and invisible characters stuck to its last letter go with it. */
function stuckEnd(text: string, e: number): number {
  let end = e;
  while (end < text.length) {
    const cp = text.codePointAt(end)!;
    if (!STUCK.test(String.fromCodePoint(cp))) break;
    end += cp > 0xffff ? 2 : 1;
  }
  return end;
}

/** Visible characters become '*', spaces stay, marks and invisible characters go. */
function mask(span: string): string {
  let out = '';
  for (const ch of span) {
    if (SPACE.test(ch)) out += ch;
    else if (!STUCK.test(ch)) out += '*';
  }
  return out;
}

/** The original text with every banned word masked (see the module comment). */
export function maskBannedWords(text: string, matcher: BannedWordMatcher): string {
  const { root } = matcher;
  if (!root) return text;
  const folded = foldText(text);
  let line: Line | null = null;
  const spans: [number, number][] = [];
  for (let i = 0; i < folded.chars.length; i++) {
    if (!child(root, folded.chars[i]!)) continue;
    line ??= classify(folded.chars);
    const j = longestAt(line, i, root);
    if (j < 0) continue;
    const s = folded.start[i]!;
    const e = stuckEnd(text, folded.end[j]!);
    const last = spans[spans.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else spans.push([s, e]);
  }
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += text.slice(at, s) + mask(text.slice(s, e));
    at = e;
  }
  return spans.length === 0 ? text : out + text.slice(at);
}
