/**
 * Join options → a visitor, or a typed refusal. Parsing is shared/protocol/index.ts's (one schema for client
 * and server); this file adds what only the server can check: the signed join token (who the visitor
 * is, and whether they are staff), bans, that the fair asked for is open and that a /list visitor's
 * booth exists in its layout. A refusal is the
 * ServerError the SDK hands to the page: `error.message` is the JoinRejection (e.g. "clientTooOld"),
 * `error.code` one of JOIN_ERROR_CODE (401 for a missing or bad token, still `badOptions`: reload).
 */
import { ServerError, type AuthContext } from '@colyseus/core';
import { parseJoinOptions, type JoinRejection } from '../../shared/protocol/index.ts';
import type { AvatarBadge, AvatarLook } from '../../shared/schemas/avatarLook.ts';
import type { Vec2 } from '../../shared/world/types.ts';
import { verifyJoinToken } from '../auth/joinToken.ts';
import type { Role } from '../auth/tokens.ts';
import { clientAddressOf } from '../net/addressedServer.ts';

/**
 * Numeric codes beside the reason. Colyseus answers a refused matchmaking request with the code as
 * the HTTP status, so they must be real statuses (a 4xxx code becomes a bare 500); Colyseus' own
 * matchmaking errors use 520–526.
 */
export const JOIN_ERROR_CODE: Record<JoinRejection, number> = {
  clientTooOld: 426, // Upgrade Required: reload the page
  serverTooOld: 412, // Precondition Failed: a deploy is rolling out, retry shortly
  badOptions: 400,
  badNickname: 422,
  shardFull: 409,
  banned: 403,
  rateLimited: 429, // the matchmaking edge answers it (server/limits/matchmakeGate.ts), with Retry-After
  tokenInUse: 409, // Conflict: another connection holds this join token (hall/tokenClaims.ts)
  venueChanged: 409, // Conflict: the client's layout is not this server's (re-read the venue, join again)
  notFound: 404, // joinById on a shard that is gone (hall/matchmaking.ts)
  forbidden: 403, // a matchmaking method clients are not offered
  fairClosed: 403, // the timed fair is not open now, or no published fair has that address (hall/fairHalls.ts)
};
/** A missing, forged or expired join token: `badOptions` (the page reloads and fetches a fresh one). */
export const BAD_TOKEN_CODE = 401;

export interface JoiningVisitor {
  /** From the verified join token: bans, mutes and chat limits follow it across reconnects. */
  guestId: string;
  role: Role;
  /** A signed-in staff account's display name (from its join token), for moderation logs. */
  staffName: string | null;
  /**
   * An enterprise member's booths, from the signed join token only (never the join options; /api/session
   * signs them for a member's session, whose role in the hall stays 'visitor'): at one of them, they
   * show as its host. Empty for everyone else.
   */
  hostOf: readonly string[];
  nickname: string;
  colorIndex: number;
  /** As chosen (an unknown value already replaced by the default: shared/protocol/join.ts). */
  look: AvatarLook;
  /** Decided here from the signed token (badgeOf), whatever the join options say. */
  badge: AvatarBadge;
  view: 'world' | 'list';
  /** The timed fair's address whose hall this is; '' for the permanent exhibition. */
  fair: string;
  /** The venue fingerprint the client joined with (world visitors send it), else null. */
  venue: string | null;
  /** /list visitors: the booth page they are reading (checked against the layout), else null. */
  boothId: string | null;
  /** Client address (the TCP peer, or what a trusted proxy reports: net/clientAddress.ts), for address bans. */
  address: string | null;
  resumeFrom?: Vec2;
  /** An existing mute (ms epoch, 0 = none) found at join: the chat service starts with it. */
  mutedUntil: number;
  /** The join token's id and expiry (unix s): the seat claims it, one connection per token. */
  tokenId: string;
  tokenExp: number;
}

/** The layout a fair's shards run, as the join check reads it (hall/venueLayout.ts). */
export interface JoinLayout {
  /** Its fingerprint (shared/protocol/venue.ts): a world visitor's `venue` must be it. */
  fingerprint: string;
  /** Its booth ids: a /list visitor's `boothId` must be one of them. */
  boothIds: ReadonlySet<string>;
}

export interface JoinDeps {
  secret: string;
  /** The layout of the fair's hall as of now ('' the permanent exhibition), or null when it cannot be joined now. */
  layoutOf(fair: string): Promise<JoinLayout | null>;
  /** Ban and mute lookup (the moderation service over presence). */
  checkJoin(who: { guestId: string; address: string | null }): Promise<{ ok: true; mutedUntil: number } | { ok: false; until: number }>;
  now: () => number;
  /** Whether a live connection already holds this join token (hall/tokenClaims.ts). */
  tokenInUse(tokenId: string): Promise<boolean>;
}

/** Staff wear the staff mark; an enterprise member (a booth's host) the host mark; the rest none. */
export function badgeOf(role: Role, hostOf: readonly string[] | undefined): AvatarBadge {
  if (role === 'staff') return 'staff';
  return hostOf !== undefined && hostOf.length > 0 ? 'host' : '';
}

export function refuse(reason: JoinRejection, code: number = JOIN_ERROR_CODE[reason]): ServerError {
  return new ServerError(code, reason);
}

/** Throws a ServerError naming the JoinRejection; never anything else. Runs in onAuth (matchmaking). */
export async function authenticate(raw: unknown, context: AuthContext | undefined, deps: JoinDeps): Promise<JoiningVisitor> {
  const r = parseJoinOptions(raw);
  if (!r.ok) throw refuse(r.reason);
  const o = r.value;
  const layout = await deps.layoutOf(o.fair);
  if (!layout) throw refuse('fairClosed');
  // Positions are quantized over the layout's bounds: decoded against another layout they are wrong.
  if (o.venue !== undefined && o.venue !== layout.fingerprint) throw refuse('venueChanged');
  // Required: the client always fetches /api/session first, and a guest id the client merely claims
  // would let anyone dodge a ban or a mute by inventing a new one.
  const token = verifyJoinToken(o.joinToken, deps.secret, deps.now());
  if (!token.ok) throw refuse('badOptions', BAD_TOKEN_CODE);
  if (await deps.tokenInUse(token.tokenId)) throw refuse('tokenInUse');
  const boothId = o.view === 'list' && o.boothId !== undefined ? o.boothId : null;
  if (boothId !== null && !layout.boothIds.has(boothId)) throw refuse('badOptions');
  // Never context.ip: Colyseus takes it from X-Real-IP / X-Forwarded-For whoever sent them.
  const address = clientAddressOf(context);
  const { guestId, role } = token.identity;
  const check = await deps.checkJoin({ guestId, address });
  if (!check.ok) throw refuse('banned');
  const visitor: JoiningVisitor = {
    guestId,
    role,
    staffName: role === 'staff' ? (token.identity.name ?? guestId) : null,
    hostOf: token.identity.hostOf ?? [],
    nickname: o.nickname,
    colorIndex: o.colorIndex,
    look: o.look,
    badge: badgeOf(role, token.identity.hostOf),
    view: o.view,
    fair: o.fair,
    venue: o.venue ?? null,
    boothId,
    address,
    mutedUntil: check.mutedUntil,
    tokenId: token.tokenId,
    tokenExp: token.claims.exp,
  };
  if (o.resumeFrom) visitor.resumeFrom = { x: o.resumeFrom.x, z: o.resumeFrom.z };
  return visitor;
}
