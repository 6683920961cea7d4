/**
 * The multiplayer protocol: join options, client→server messages, and the typed reasons a join or
 * a message is refused. Rooms parse every input here and nowhere else (thin edges), and the client
 * builds its messages from the same types, so the two cannot drift apart silently.
 *
 * Positions travel server→client as binary frames (shared/net/frame.ts), not through these schemas.
 */
import { z } from 'zod';
import { validateNickname } from './chat/nickname.ts';
import type { NicknameError } from './chat/nickname.ts';
import { CHAT_MAX_CODE_POINTS, CHAT_SCOPES } from './chat/rules.ts';

/**
 * Bump on any incompatible change to this file or to the frame layout. A client whose version
 * differs is refused at join with `clientTooOld` (reload the page) or `serverTooOld` (a deploy is
 * rolling out: retry shortly), never left to misread messages.
 */
export const PROTOCOL_VERSION = 1;

/** Avatar colours are an index into a preset palette (the client owns the actual colours). */
export const AVATAR_COLOR_COUNT = 8;

export const EMOTE_KINDS = ['heart', 'wave', 'clap', 'laugh', 'cheer', 'bow'] as const;
export type EmoteKind = (typeof EMOTE_KINDS)[number];

export const REPORT_REASONS = ['spam', 'abuse', 'impersonation', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** Why a join is refused; the room throws with this as the message, the client maps it to a sentence. */
export const JOIN_REJECTIONS = [
  'clientTooOld', 'serverTooOld', 'badOptions', 'badNickname', 'shardFull', 'banned', 'shuttingDown',
  // Too many sessions or joins from the visitor's address just now; the join token already holds a live connection.
  'rateLimited', 'tokenInUse',
] as const;
export type JoinRejection = (typeof JOIN_REJECTIONS)[number];
export type VersionRejection = Extract<JoinRejection, 'clientTooOld' | 'serverTooOld'>;

export function isJoinRejection(s: unknown): s is JoinRejection {
  return typeof s === 'string' && (JOIN_REJECTIONS as readonly string[]).includes(s);
}

/** Why one message is refused; the room answers softly (no disconnect) with this and a retry time. */
export const MESSAGE_REJECTIONS = [
  'unknownType', 'invalid', 'rateLimited', 'empty', 'tooLong', 'notAtBooth', 'unknownPoint', 'muted',
  'slowMode', 'notFound', 'forbidden', 'noTarget', 'targetIsStaff', 'unknownBooth', 'networkBusy',
] as const;
export type MessageRejection = (typeof MESSAGE_REJECTIONS)[number];

/**
 * WebSocket close codes we use. Colyseus owns 4000–4010 (4010 makes the SDK try to reconnect, which
 * a kicked or flooding client must not do); ours sit in 4400s, echoing the HTTP status they resemble.
 */
export const CLOSE_CODE = {
  kicked: 4401,
  banned: 4403,
  protocol: 4426,
  flood: 4429,
} as const;
export type CloseCode = (typeof CLOSE_CODE)[keyof typeof CLOSE_CODE];

// ---- join ----

const TokenSchema = (min: number, max: number) =>
  z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${min},${max}}$`), 'letters, digits, _ or -');

/** A catalogue booth id's shape (kebab-case); whether it exists is the room's check. */
export const BoothIdSchema = z.string().max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const JoinOptionsSchema = z.object({
  protocolVersion: z.number().int().min(0),
  /** Checked in full by validateNickname; this only bounds the work. */
  nickname: z.string().max(400),
  colorIndex: z.number().int().min(0).max(AVATAR_COLOR_COUNT - 1),
  guestId: TokenSchema(8, 64).optional(),
  /** The room id of the shard an invite link points to. */
  inviteShard: TokenSchema(1, 64).optional(),
  /** /list visitors join too, present at the booth they are reading. */
  view: z.enum(['world', 'list']).default('world'),
  boothId: BoothIdSchema.optional(),
  /**
   * The signed `{guestId, role}` from GET /api/session (server/auth/joinToken.ts). Required by the
   * hall room: its guest id and role win over `guestId` (which stays only for older tests/tools).
   */
  joinToken: z.string().min(1).max(2048).optional(),
  /** After a server restart: the visitor's last known position; the server clamps it to walkable space. */
  resumeFrom: z.object({ x: z.number().min(-1e4).max(1e4), z: z.number().min(-1e4).max(1e4) }).optional(),
});
export type JoinOptions = z.infer<typeof JoinOptionsSchema>;

/**
 * Compare protocol versions. A client that sends no usable version predates versioning: too old.
 */
export function checkProtocolVersion(client: unknown, server: number = PROTOCOL_VERSION): VersionRejection | null {
  if (typeof client !== 'number' || !Number.isSafeInteger(client) || client < server) return 'clientTooOld';
  if (client > server) return 'serverTooOld';
  return null;
}

export type JoinResult =
  | { ok: true; value: JoinOptions }
  | { ok: false; reason: JoinRejection; detail?: NicknameError | string };

/** Parse join options: version first (a stale client must hear "reload", whatever else is wrong). */
export function parseJoinOptions(raw: unknown, server: number = PROTOCOL_VERSION): JoinResult {
  try {
    const version = typeof raw === 'object' && raw !== null ? (raw as { protocolVersion?: unknown }).protocolVersion : undefined;
    const versionReason = checkProtocolVersion(version, server);
    if (versionReason) return { ok: false, reason: versionReason };
    const parsed = JoinOptionsSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, reason: 'badOptions', detail: parsed.error.issues[0]?.path.join('.') ?? '' };
    const nick = validateNickname(parsed.data.nickname);
    if (!nick.ok) return { ok: false, reason: 'badNickname', detail: nick.reason };
    return { ok: true, value: { ...parsed.data, nickname: nick.value } };
  } catch {
    return { ok: false, reason: 'badOptions' }; // hostile objects (throwing getters, proxies)
  }
}

// ---- client → server messages ----

const Uint32 = z.number().int().min(0).max(0xffffffff);
/** zod 4 numbers already refuse NaN and ±Infinity; the range makes the rule explicit. */
const Unit = z.number().min(-1).max(1);
const Coord = z.number().min(-1e6).max(1e6);

function codePointsOk(s: string): boolean {
  let n = 0;
  for (const _ of s) if (++n > CHAT_MAX_CODE_POINTS) return false;
  return true;
}

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
  // 300 code points is at most 600 UTF-16 units: the cheap check first, then the exact one.
  text: z.string().min(1).max(CHAT_MAX_CODE_POINTS * 2).refine(codePointsOk, 'over 300 characters'),
});
export const EmoteMessageSchema = z.object({ kind: z.enum(EMOTE_KINDS) });
export const ReportMessageSchema = z.object({
  messageId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  reason: z.enum(REPORT_REASONS),
});


/** Bounds on moderation durations: a mute up to a day, a ban up to 30 days (a fair lasts days). */
export const MAX_MUTE_MINUTES = 24 * 60;
export const MAX_BAN_MINUTES = 30 * 24 * 60;
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
  z.object({ action: z.literal('delete'), messageId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }),
]);
export type ModerateMessage = z.infer<typeof ModerateMessageSchema>;
/** A /list visitor announcing the booth page they are reading (null: the list itself). */
export const PresenceMessageSchema = z.object({ boothId: BoothIdSchema.nullable() });

const MESSAGE_SCHEMAS = {
  move: MoveMessageSchema,
  teleport: TeleportMessageSchema,
  chat: ChatMessageSchema,
  emote: EmoteMessageSchema,
  report: ReportMessageSchema,
  moderate: ModerateMessageSchema,
  presence: PresenceMessageSchema,
} as const;

export type ClientMessageType = keyof typeof MESSAGE_SCHEMAS;
export const CLIENT_MESSAGE_TYPES = Object.keys(MESSAGE_SCHEMAS) as ClientMessageType[];
export type ClientMessages = { [K in ClientMessageType]: z.infer<(typeof MESSAGE_SCHEMAS)[K]> };
export type MoveMessage = ClientMessages['move'];
export type ChatMessage = ClientMessages['chat'];

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: Extract<MessageRejection, 'unknownType' | 'invalid'> };

export function isClientMessageType(type: unknown): type is ClientMessageType {
  // Own keys only: "__proto__" or "toString" must not find a schema on the prototype.
  return typeof type === 'string' && Object.hasOwn(MESSAGE_SCHEMAS, type);
}

/** Parse one message of a given type. Never throws, whatever `type` and `raw` are. */
export function parseMessage<T extends ClientMessageType>(type: T, raw: unknown): ParseResult<ClientMessages[T]>;
export function parseMessage(type: unknown, raw: unknown): ParseResult<ClientMessages[ClientMessageType]>;
export function parseMessage(type: unknown, raw: unknown): ParseResult<unknown> {
  if (!isClientMessageType(type)) return { ok: false, reason: 'unknownType' };
  try {
    const r = MESSAGE_SCHEMAS[type].safeParse(raw);
    return r.success ? { ok: true, value: r.data } : { ok: false, reason: 'invalid' };
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}
