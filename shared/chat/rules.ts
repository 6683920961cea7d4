/**
 * Chat rules as pure functions: what text may be sent, which words are masked, who receives a line.
 * The room calls them in this order: sanitizeChatText → maskBannedWords → chatRecipients.
 * Chat is plain text everywhere (DOM text nodes, 3D bubbles through the glyph filter), so nothing
 * here escapes HTML: it never becomes markup.
 */
import type { Vec2 } from '../world/types.ts';

export const CHAT_MAX_CODE_POINTS = 300;
export const CHAT_SCOPES = ['nearby', 'booth', 'hall'] as const;
export type ChatScope = (typeof CHAT_SCOPES)[number];
/**
 * Nearby chat reaches this far, metres: a loud conversation across a booth aisle. It stays inside
 * the 20 m interest radius, so whoever reads a line can also see the avatar who said it.
 */
export const DEFAULT_NEARBY_RADIUS = 15;
/** Late joiners get this many recent booth and hall lines. */
export const CHAT_HISTORY_LENGTH = 50;

export type ChatTextError = 'empty' | 'tooLong';
export type ChatTextResult = { ok: true; value: string } | { ok: false; reason: ChatTextError };

/**
 * Control characters (including newlines: chat is one line), lone surrogates and format characters
 * go — zero-width spaces, soft hyphens and bidi overrides are how text is made to look like
 * something else. Kept: ZWJ (U+200D) and emoji tag characters, which only glue emoji together.
 */
const STRIP = /(?![\u200d\u{e0020}-\u{e007f}])[\p{Cc}\p{Cf}\p{Cs}]/gu;

/** NFC, whitespace runs (tabs, newlines, U+3000) to one space, invisible characters removed, trimmed. */
export function sanitizeChatText(raw: unknown): ChatTextResult {
  if (typeof raw !== 'string') return { ok: false, reason: 'empty' };
  const value = raw.normalize('NFC').replace(/\s+/gu, ' ').replace(STRIP, '').replace(/ {2,}/g, ' ').trim();
  if (value.length === 0) return { ok: false, reason: 'empty' };
  let n = 0;
  for (const _ of value) if (++n > CHAT_MAX_CODE_POINTS) return { ok: false, reason: 'tooLong' };
  return { ok: true, value };
}

// ---- banned words ----

// Matched on folded text (invisible characters, look-alikes, split jamo, punctuation inside words):
// shared/text/wordMask.ts. Re-exported so the chat rules stay one import.
export { compileBannedWords, maskBannedWords, type BannedWordMatcher } from '../text/wordMask.ts';

// ---- recipients ----

export interface ChatVisitor {
  id: string;
  position: Vec2;
  /** The booth they stand at (or read, for /list visitors), else null. */
  boothId: string | null;
}

export type RecipientsResult = { ok: true; ids: string[] } | { ok: false; reason: 'notAtBooth' };

/**
 * Who in this shard receives a line. The sender is always first (their own line comes back as the
 * confirmation it was accepted); hall lines also go to other shards, which is the room's job.
 */
export function chatRecipients(
  scope: ChatScope,
  sender: ChatVisitor,
  visitors: Iterable<ChatVisitor>,
  opts: { nearbyRadius: number },
): RecipientsResult {
  if (scope === 'booth' && sender.boothId === null) return { ok: false, reason: 'notAtBooth' };
  const r2 = opts.nearbyRadius >= 0 ? opts.nearbyRadius * opts.nearbyRadius : -1;
  const ids = [sender.id];
  for (const v of visitors) {
    if (v.id === sender.id) continue;
    if (scope === 'booth' && v.boothId !== sender.boothId) continue;
    if (scope === 'nearby') {
      const dx = v.position.x - sender.position.x;
      const dz = v.position.z - sender.position.z;
      if (!(dx * dx + dz * dz <= r2)) continue; // NaN positions hear nothing
    }
    ids.push(v.id);
  }
  return { ok: true, ids };
}
