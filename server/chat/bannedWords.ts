/**
 * The built-in banned-word list, kept short and unambiguous on purpose: matching is by substring
 * (Korean glues particles onto words), so an entry that is also part of an everyday word would mask
 * innocent lines (시발 also masks 시발점, "starting point"). Operators add their own with
 * BANNED_WORDS (comma-separated). Entries are written plainly: the matcher (shared/text/wordMask.ts)
 * already catches them spelled with invisible characters, punctuation or digits inside, spaced out,
 * in split jamo, full-width, mathematical, accented or look-alike letters.
 */
export const DEFAULT_BANNED_WORDS: readonly string[] = [
  '씨발', '시발', '씨바', 'ㅅㅂ', 'ㅆㅂ', '병신', 'ㅂㅅ', '개새끼', '좆', '지랄', '미친놈', '미친년',
  'fuck', 'shit', 'bitch', 'asshole',
];

/** The default list plus BANNED_WORDS (trimmed, empties dropped, duplicates removed). */
export function bannedWordsFrom(envValue: string | undefined, defaults: readonly string[] = DEFAULT_BANNED_WORDS): string[] {
  const extra = (envValue ?? '').split(',').map((w) => w.trim()).filter((w) => w.length > 0);
  return [...new Set([...defaults, ...extra])];
}
