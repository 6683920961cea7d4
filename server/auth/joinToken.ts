/**
 * The join token: a short-lived signed `{sub: guestId, role}` the client gets from GET /api/session
 * and passes in its Colyseus join options. The room verifies it without reading cookies (WebSocket
 * upgrades from another origin or a bot would not carry them anyway) and so learns a guest id it can
 * trust for bans, mutes and rate limits across reconnects.
 */
import type { Role, TokenClaims } from './tokens.ts';
import { signToken, verifyToken } from './tokens.ts';

/** Long enough for a slow first load of the 3D scene; the client fetches a fresh one before each join. */
export const JOIN_TOKEN_TTL_S = 10 * 60;

export interface JoinIdentity {
  guestId: string;
  role: Role;
  /** Staff display name, when role is staff. */
  name?: string;
}

export type JoinVerdict =
  | { ok: true; identity: JoinIdentity; claims: TokenClaims }
  | { ok: false; reason: 'malformed' | 'badSignature' | 'invalidClaims' | 'expired' | 'notAJoinToken' };

export function signJoinToken(identity: JoinIdentity, secret: string, nowMs: number, ttlS = JOIN_TOKEN_TTL_S): string {
  const iat = Math.floor(nowMs / 1000);
  const claims: TokenClaims = { sub: identity.guestId, role: identity.role, aud: 'join', iat, exp: iat + ttlS };
  if (identity.name !== undefined) claims.name = identity.name;
  return signToken(claims, secret);
}

/** For HallRoom.onAuth: `verifyJoinToken(options.joinToken, secret, Date.now())`. */
export function verifyJoinToken(token: unknown, secret: string, nowMs: number): JoinVerdict {
  const r = verifyToken(token, secret, nowMs);
  if (!r.ok) return r;
  // A 12-hour staff token is a credential for HTTP; only tokens minted for joining open a seat.
  if (r.claims.aud !== 'join') return { ok: false, reason: 'notAJoinToken' };
  const identity: JoinIdentity = { guestId: r.claims.sub, role: r.claims.role };
  if (r.claims.name !== undefined) identity.name = r.claims.name;
  return { ok: true, identity, claims: r.claims };
}
