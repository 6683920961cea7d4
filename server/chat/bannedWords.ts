/**
 * The built-in banned-word list, kept short and unambiguous on purpose: matching is by substring
 * (Korean glues particles onto words), so an entry that is also part of an everyday word would mask
 * innocent lines (시발 also masks 시발점, "starting point"). Operators add their own with
 * BANNED_WORDS (comma-separated). Entries are written plainly: the matcher (shared/text/wordMask.ts)
 * already catches them spelled with invisible characters, punctuation or digits inside, spaced out,
 * in split jamo, full-width, mathematical, accented or look-alike letters. With a database this list
 * is only the seed of the banned_words table (migration 0005), which staff edit in /admin.
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

/** Told on every change of the list in /admin: each shard of each process reads it again. */
export const BANNED_WORDS_TOPIC = 'seeot:mod:words';

export interface BannedWordsSource {
  /** The list now: the database's (the built-in list is its seed) plus BANNED_WORDS. */
  current(): Promise<string[]>;
  /** Forget the kept list: the next current() reads the database (after a change was announced). */
  invalidate(): void;
}

/**
 * The process's banned words. Read from the database once and kept; a change published on
 * BANNED_WORDS_TOPIC invalidates it (each shard subscribes, HallRoom.ts). Without a database, the
 * built-in list plus BANNED_WORDS, as before.
 */
export function bannedWordsSource(envValue: string | undefined, list?: () => Promise<string[]>): BannedWordsSource {
  let kept: Promise<string[]> | null = null;
  const read = async () => bannedWordsFrom(envValue, list ? await list() : DEFAULT_BANNED_WORDS);
  return {
    current() {
      kept ??= read().catch((err: unknown) => {
        kept = null; // a failed read is tried again by the next shard or change, not kept
        throw err;
      });
      return kept;
    },
    invalidate() {
      kept = null;
    },
  };
}
