/**
 * Every client → server message of the hall: one zod schema per type and the map of type → payload
 * the server's dispatcher is built from (server/hall/messages.ts). The client builds its messages
 * from the same types, so the two cannot drift apart silently. What a message may contain is
 * checked here; what it may do (limits, who may moderate, which booth exists) is the server's.
 */
import { z } from 'zod';
import { CHAT_SCOPES } from '../chat/rules.ts';
import { VENUE_FINGERPRINT } from './venue.ts';

export const EMOTE_KINDS = ['heart', 'wave', 'clap', 'laugh', 'cheer', 'bow'] as const;
export type EmoteKind = (typeof EMOTE_KINDS)[number];

export const REPORT_REASONS = ['spam', 'abuse', 'impersonation', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** Bounds on moderation durations: a mute up to a day, a ban up to 30 days (a fair lasts days). */
export const MAX_MUTE_MINUTES = 24 * 60;
export const MAX_BAN_MINUTES = 30 * 24 * 60;

/**
 * A chat text's bound on the wire. The WebSocket transport refuses frames over 4 KB, so nothing
 * longer can arrive; the text's own rules (1–300 characters after sanitising: `empty`, `tooLong`)
 * are shared/chat/rules.ts's, so the visitor hears which rule, not a bare `invalid`.
 */
const CHAT_TEXT_MAX_UNITS = 4096;

/** A catalogue booth id's shape (kebab-case); whether it exists is the room's check. */
export const BoothIdSchema = z.string().max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
/** A chat line's id: what reports and deletions name (server/chat/chatService.ts makes them). */
export const LineIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const Uint32 = z.number().int().min(0).max(0xffffffff);
/** zod 4 numbers already refuse NaN and ±Infinity; the range makes the rule explicit. */
const Unit = z.number().min(-1).max(1);
const Coord = z.number().min(-1e6).max(1e6);

export const MoveMessageSchema = z.discriminatedUnion('kind', [
  z.object({ seq: Uint32, kind: z.literal('dir'), dx: Unit, dz: Unit, run: z.boolean() }),
  // `run` optional: a click walks, a shift-click (or double click) may run.
  z.object({ seq: Uint32, kind: z.literal('walkTo'), target: z.object({ x: Coord, z: Coord }), run: z.boolean().optional() }),
]);
export const TeleportMessageSchema = z.object({
  pointId: z.string().max(100).regex(/^[a-z0-9]+(?:[:-][a-z0-9]+)*$/),
});
export const ChatMessageSchema = z.object({
  scope: z.enum(CHAT_SCOPES),
  text: z.string().max(CHAT_TEXT_MAX_UNITS),
});
export const EmoteMessageSchema = z.object({ kind: z.enum(EMOTE_KINDS) });
export const ReportMessageSchema = z.object({ messageId: LineIdSchema, reason: z.enum(REPORT_REASONS) });

const SessionTarget = z.string().min(1).max(64);
const ModReason = z.string().trim().min(1).max(200);
/**
 * A staff client's `moderate` message (the overlay). `targetSessionId` is a session id in the shard
 * (what the roster and chat lines' `senderId` carry); a guest id is accepted too. Non-staff senders
 * are refused before this is even parsed.
 */
export const ModerateMessageSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('mute'), targetSessionId: SessionTarget, minutes: z.number().int().min(1).max(MAX_MUTE_MINUTES), reason: ModReason.optional() }),
  z.object({ action: z.literal('unmute'), targetSessionId: SessionTarget }),
  z.object({ action: z.literal('kick'), targetSessionId: SessionTarget, reason: ModReason.optional() }),
  z.object({ action: z.literal('ban'), targetSessionId: SessionTarget, minutes: z.number().int().min(1).max(MAX_BAN_MINUTES), reason: ModReason.optional() }),
  z.object({ action: z.literal('delete'), messageId: LineIdSchema }),
]);
/** A /list visitor announcing the booth page they are reading (null: the list itself). */
export const PresenceMessageSchema = z.object({ boothId: BoothIdSchema.nullable() });
/**
 * A booth member or staff pins a notice above the booth's chat (`text` null clears it). Its text's
 * own rule (1–140 characters after cleaning) is shared/chat/notice.ts's; who may is the server's.
 */
export const NoticeMessageSchema = z.object({ boothId: BoothIdSchema, text: z.string().max(CHAT_TEXT_MAX_UNITS).nullable() });
/** A world client now draws the layout with this fingerprint (after the server's `venue`): its views resume. */
export const VenueMessageSchema = z.object({ fingerprint: z.string().regex(VENUE_FINGERPRINT) });

/** Type → schema: the one map the server dispatches from and the client sends by. */
export const CLIENT_MESSAGES = {
  move: MoveMessageSchema,
  teleport: TeleportMessageSchema,
  chat: ChatMessageSchema,
  emote: EmoteMessageSchema,
  report: ReportMessageSchema,
  moderate: ModerateMessageSchema,
  presence: PresenceMessageSchema,
  venue: VenueMessageSchema,
  notice: NoticeMessageSchema,
} as const;

export type ClientMessageType = keyof typeof CLIENT_MESSAGES;
export const CLIENT_MESSAGE_TYPES = Object.keys(CLIENT_MESSAGES) as ClientMessageType[];
/** What the server's handlers receive (parsed). */
export type ClientMessages = { [K in ClientMessageType]: z.output<(typeof CLIENT_MESSAGES)[K]> };
/** What a client may send. */
export type ClientMessageInput = { [K in ClientMessageType]: z.input<(typeof CLIENT_MESSAGES)[K]> };
export type MoveMessage = ClientMessages['move'];
export type ModerateMessage = ClientMessages['moderate'];

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: 'unknownType' | 'invalid' };

export function isClientMessageType(type: unknown): type is ClientMessageType {
  // Own keys only: "__proto__" or "toString" must not find a schema on the prototype.
  return typeof type === 'string' && Object.hasOwn(CLIENT_MESSAGES, type);
}

/** Parse one message of a given type. Never throws, whatever `type` and `raw` are. */
export function parseMessage<T extends ClientMessageType>(type: T, raw: unknown): ParseResult<ClientMessages[T]>;
export function parseMessage(type: unknown, raw: unknown): ParseResult<ClientMessages[ClientMessageType]>;
export function parseMessage(type: unknown, raw: unknown): ParseResult<unknown> {
  if (!isClientMessageType(type)) return { ok: false, reason: 'unknownType' };
  try {
    const r = CLIENT_MESSAGES[type].safeParse(raw);
    return r.success ? { ok: true, value: r.data } : { ok: false, reason: 'invalid' };
  } catch {
    return { ok: false, reason: 'invalid' }; // hostile objects (throwing getters, proxies)
  }
}
