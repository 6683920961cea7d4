/**
 * Chat messages between the client and a hall shard (docs/protocol.md, section chat). The line
 * type is the server's own (type-only import, erased at build); incoming payloads are checked by
 * the small guards below before they touch state, so a malformed message is dropped, never shown.
 */
import type { ChatScope } from '../../shared/chat/rules.ts';
import { EMOTE_KINDS, type EmoteKind, type ModerateMessage, type ReportReason } from '../../shared/protocol.ts';
import type { ChatLine } from '../../server/chat/types.ts';

export type { ChatLine };

/** client → server */
export interface OutgoingMessages {
  chat: { scope: ChatScope; text: string };
  emote: { kind: EmoteKind };
  report: { messageId: string; reason: ReportReason };
  moderate: ModerateMessage;
  presence: { boothId: string | null };
}

/** server → client */
export interface Rejected {
  type: string;
  code: string;
  retryAfterMs?: number;
  message?: { ko: string; en: string };
}
export interface EmoteEvent {
  sessionId: string;
  slot: number;
  kind: EmoteKind;
}
export interface ChatReport {
  id: string;
  at: number;
  reason: ReportReason;
  reporter: { id: string; nickname: string };
  line: ChatLine;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function asLine(v: unknown): ChatLine | null {
  if (!isObj(v)) return null;
  const { id, scope, senderId, nickname, text, at, staff } = v;
  if (!isStr(id) || !isStr(senderId) || !isStr(nickname) || !isStr(text) || !isNum(at)) return null;
  if (scope !== 'nearby' && scope !== 'booth' && scope !== 'hall') return null;
  return {
    id,
    scope,
    boothId: isStr(v['boothId']) ? v['boothId'] : null,
    senderId,
    shardId: isStr(v['shardId']) ? v['shardId'] : '',
    nickname,
    staff: staff === true,
    text,
    at,
  };
}

export function asLines(v: unknown): ChatLine[] {
  return Array.isArray(v) ? v.map(asLine).filter((l): l is ChatLine => l !== null) : [];
}

export function asRejected(v: unknown): Rejected | null {
  if (!isObj(v) || !isStr(v['type'])) return null;
  // Older handlers (teleport) say `reason`; chat says `code`.
  const code = isStr(v['code']) ? v['code'] : isStr(v['reason']) ? v['reason'] : null;
  if (code === null) return null;
  const r: Rejected = { type: v['type'], code };
  if (isNum(v['retryAfterMs'])) r.retryAfterMs = v['retryAfterMs'];
  const m = v['message'];
  if (isObj(m) && isStr(m['ko']) && isStr(m['en'])) r.message = { ko: m['ko'], en: m['en'] };
  return r;
}

export function asEmote(v: unknown): EmoteEvent | null {
  if (!isObj(v) || !isStr(v['sessionId']) || !(EMOTE_KINDS as readonly unknown[]).includes(v['kind'])) return null;
  return { sessionId: v['sessionId'], slot: isNum(v['slot']) ? v['slot'] : -1, kind: v['kind'] as EmoteKind };
}

export function asReport(v: unknown): ChatReport | null {
  const r = isObj(v) && isObj(v['report']) ? v['report'] : v;
  if (!isObj(r) || !isStr(r['id']) || !isStr(r['reason'])) return null;
  const line = asLine(r['line']);
  if (!line) return null;
  const reporter = isObj(r['reporter']) ? r['reporter'] : {};
  return {
    id: r['id'],
    at: isNum(r['at']) ? r['at'] : Date.now(),
    reason: r['reason'] as ReportReason,
    reporter: { id: isStr(reporter['id']) ? reporter['id'] : '', nickname: isStr(reporter['nickname']) ? reporter['nickname'] : '' },
    line,
  };
}

/** Chat-side message types whose refusals the chat panel explains (others belong to the HUD). */
export const CHAT_REJECTION_TYPES: ReadonlySet<string> = new Set(['chat', 'emote', 'report', 'moderate', 'presence']);
