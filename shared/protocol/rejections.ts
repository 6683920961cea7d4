/**
 * Every refusal the server sends, as a code. The server never sends a sentence: the client shows
 * the code's sentence from shared/i18n (`REJECTION_KEY`, `JOIN_REJECTION_KEY` in
 * shared/i18n/rejections.ts). tests/integration/protocol-rejections.test.ts drives the real rooms until
 * each code below has been sent, and fails on any code sent that is not listed: these lists are
 * exactly what the server says.
 */
import type { ClientMessageType } from './clientMessages.ts';

/**
 * Why a join is refused. The room throws a ServerError whose message is one of these (the SDK
 * hands it to the page as `error.message`); `rateLimited` comes from the matchmaking edge,
 * `notFound` and `forbidden` from the matchmaking rules (server/hall/matchmaking.ts).
 */
export const JOIN_REJECTIONS = [
  'clientTooOld', 'serverTooOld', 'badOptions', 'badNickname', 'shardFull', 'banned',
  // Too many joins from the visitor's address just now; the join token already holds a live connection.
  'rateLimited', 'tokenInUse',
  // The layout the client built (its venue fingerprint) is not the server's: re-read the venue, join again.
  'venueChanged',
  // An invite to a shard that is gone; a matchmaking method clients are not offered (`create`).
  'notFound', 'forbidden',
  // The timed fair asked for is not open now (not yet, no longer, or no published fair has that address).
  'fairClosed',
] as const;
export type JoinRejection = (typeof JOIN_REJECTIONS)[number];

export function isJoinRejection(s: unknown): s is JoinRejection {
  return typeof s === 'string' && (JOIN_REJECTIONS as readonly string[]).includes(s);
}

/**
 * Which codes a refused message of each type is answered with (`rejected`). `move` has none: a
 * malformed or surplus input is dropped silently (the client predicts; an answer per input would
 * only add traffic), and counted.
 */
export const REJECTIONS = {
  teleport: ['invalid', 'unknownPoint', 'rateLimited'],
  chat: ['invalid', 'empty', 'tooLong', 'notAtBooth', 'muted', 'rateLimited', 'slowMode', 'networkBusy'],
  emote: ['invalid', 'rateLimited', 'networkBusy'],
  report: ['invalid', 'notFound', 'rateLimited', 'networkBusy'],
  // `unavailable`: the presence (Redis) failed mid-way; the staff member is told instead of left guessing.
  moderate: ['forbidden', 'invalid', 'noTarget', 'targetIsStaff', 'unavailable'],
  presence: ['invalid', 'unknownBooth'],
  // `notBoothMember`: only the booth's members (join token) and staff pin its notice.
  notice: ['invalid', 'empty', 'tooLong', 'unknownBooth', 'notBoothMember', 'unavailable'],
} as const satisfies Partial<Record<ClientMessageType, readonly string[]>>;

/** The message types a refusal is answered for. */
export type RejectedType = keyof typeof REJECTIONS;
export type RejectionCode = (typeof REJECTIONS)[RejectedType][number];
export type RejectionOf<T extends RejectedType> = (typeof REJECTIONS)[T][number];

export const REJECTED_TYPES = Object.keys(REJECTIONS) as RejectedType[];

/** Whether refusals of this message type are answered (own keys only, whatever `type` is). */
export function isRejectedType(type: unknown): type is RejectedType {
  return typeof type === 'string' && Object.hasOwn(REJECTIONS, type);
}
export const REJECTION_CODES: readonly RejectionCode[] = [...new Set(Object.values(REJECTIONS).flat())];
