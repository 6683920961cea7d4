/**
 * A booth's pinned notice (the seller's line above the booth chat): plain text, cleaned as a chat
 * line is, and shorter, since it sits pinned over the conversation on a phone.
 */
import { sanitizeChatText, type ChatTextResult } from './rules.ts';

/** Characters (code points) a notice may have after cleaning. */
export const NOTICE_MAX_CODE_POINTS = 140;

export function sanitizeNoticeText(raw: unknown): ChatTextResult {
  const r = sanitizeChatText(raw);
  if (!r.ok) return r;
  return [...r.value].length > NOTICE_MAX_CODE_POINTS ? { ok: false, reason: 'tooLong' } : r;
}
