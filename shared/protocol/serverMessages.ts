/**
 * Every server → client JSON message of the hall: one zod schema per type and the map of type →
 * payload. The server's sends are typed by it (server/hall/wire.ts: `HallClient`, `encodeMessage`);
 * the client subscribes through one helper that parses each payload with these schemas and drops
 * what does not fit (client/net/messages.ts), so a malformed message never reaches state.
 *
 * Positions are not here: they travel as the binary view message (shared/net/view.ts, HALL_BYTES).
 */
import { z } from 'zod';
import { CHAT_SCOPES } from '../chat/rules.ts';
import { EMOTE_KINDS, LineIdSchema, REPORT_REASONS } from './clientMessages.ts';
import { REJECTIONS, type RejectedType } from './rejections.ts';
import { VENUE_FINGERPRINT } from './venue.ts';
import { LiveViewSchema } from '../api/live.ts';

/** A chat line as every recipient sees it. Plain text: clients render it as text nodes, never HTML. */
export const ChatLineSchema = z.object({
  /** Unique across shards and processes (hall lines travel between them). */
  id: LineIdSchema,
  scope: z.enum(CHAT_SCOPES),
  /** The booth of a booth-scope line, else null. */
  boothId: z.string().nullable(),
  /** The sender's session id in their shard (what staff target), and the shard it was said in. */
  senderId: z.string(),
  shardId: z.string(),
  nickname: z.string(),
  /** Staff lines get a badge, so visitors can tell a real moderator from a lookalike name. */
  staff: z.boolean(),
  text: z.string(),
  /** Server time, ms. */
  at: z.number(),
});
export type ChatLine = z.infer<typeof ChatLineSchema>;

/** A report, as staff clients of the shard receive it (also logged). */
export const ChatReportSchema = z.object({
  id: z.string(),
  at: z.number(),
  reason: z.enum(REPORT_REASONS),
  reporter: z.object({ id: z.string(), guestId: z.string(), nickname: z.string() }),
  line: ChatLineSchema,
  /** The author's guest id, for a staff member who decides to mute or ban. */
  offenderGuestId: z.string(),
});
export type ChatReport = z.infer<typeof ChatReportSchema>;

/** A wait in ms until the same action would be accepted. */
const RetryAfterMs = z.number().min(0).optional();
const rejectedOf = <T extends RejectedType>(type: T) => z.object({ type: z.literal(type), code: z.enum(REJECTIONS[type]), retryAfterMs: RetryAfterMs });

/** A refused message: its type, the code (shared/protocol/rejections.ts) and when to retry. No sentence. */
export const RejectedSchema = z.discriminatedUnion('type', [
  rejectedOf('teleport'),
  rejectedOf('chat'),
  rejectedOf('emote'),
  rejectedOf('report'),
  rejectedOf('moderate'),
  rejectedOf('presence'),
  rejectedOf('notice'),
]);
export type Rejected = z.infer<typeof RejectedSchema>;

export const SERVER_MESSAGES = {
  chat: ChatLineSchema,
  /** Oldest first, ≤ 50 each; on a booth change `hall` is empty (merge hall lines by id). */
  chatHistory: z.object({ hall: z.array(ChatLineSchema), booth: z.array(ChatLineSchema) }),
  chatDeleted: z.object({ id: LineIdSchema }),
  rejected: RejectedSchema,
  /** A reaction; `slot` 65535 is a /list visitor (no avatar). */
  emote: z.object({ sessionId: z.string(), slot: z.number().int().min(0).max(0xffff), kind: z.enum(EMOTE_KINDS) }),
  announce: z.object({ text: z.string(), at: z.number() }),
  /** Right before the close: the moderator's words ('' for none) and, for a ban, its end (ms epoch). */
  kicked: z.object({ reason: z.string(), until: z.number().optional() }),
  /** Staff clients only. */
  report: z.object({ report: ChatReportSchema }),
  /**
   * The venue now: at join, and to everyone after each change (an edit, a booth opened or closed).
   * A page whose venue is older re-reads it; a world whose layout has another fingerprint re-lays-out
   * and answers with the client's `venue`, and gets no view messages until it has.
   */
  venue: z.object({ version: z.number().int().min(0), fingerprint: z.string().regex(VENUE_FINGERPRINT) }),
  /**
   * A booth's pinned notice (null: none), the same in every shard and process: on arriving at the
   * booth (after its `chatHistory`) and to everyone at it when a member changes it.
   */
  boothNotice: z.object({ boothId: z.string(), notice: z.object({ text: z.string(), at: z.number() }).nullable() }),
  /** A booth's hearts, summed over every shard and process: on arrival, then at most 4×/s while they stream. */
  boothHearts: z.object({ boothId: z.string(), count: z.number().int().min(0) }),
  /**
   * A booth's live video started, changed (on air, reconnecting, viewer count) or ended (null), told
   * to every visitor of every shard (the world marks booths on air), except a new viewer count alone,
   * which goes to those at the booth; a page reads the lives on air over HTTP when it opens.
   */
  live: z.object({ boothId: z.string(), live: LiveViewSchema.nullable() }),
} as const;

export type ServerMessageType = keyof typeof SERVER_MESSAGES;
export const SERVER_MESSAGE_TYPES = Object.keys(SERVER_MESSAGES) as ServerMessageType[];
export type ServerMessages = { [K in ServerMessageType]: z.infer<(typeof SERVER_MESSAGES)[K]> };

/** Parse one received message. Never throws; null for anything that does not fit its schema. */
export function parseServerMessage<K extends ServerMessageType>(type: K, raw: unknown): ServerMessages[K] | null {
  try {
    const r = SERVER_MESSAGES[type].safeParse(raw);
    return r.success ? (r.data as ServerMessages[K]) : null;
  } catch {
    return null;
  }
}
