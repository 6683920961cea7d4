/**
 * The join token: a short-lived signed `{sub: guestId, role, jti}` the client gets from GET
 * /api/session and passes in its Colyseus join options. The room verifies it without reading
 * cookies (WebSocket upgrades from another origin or a bot would not carry them anyway) and so
 * learns a guest id it can trust for bans, mutes and rate limits across reconnects. `jti` names
 * this one token: it admits one connection at a time (server/hall/tokenClaims.ts).
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Role, TokenClaims } from './tokens.ts';
import { signToken, verifyToken } from './tokens.ts';

/** Long enough for a slow first load of the 3D scene; the client fetches a fresh one before each join. */
export const JOIN_TOKEN_TTL_S = 10 * 60;

export interface JoinIdentity {
  guestId: string;
  role: Role;
  /** Staff display name, when role is staff. */
  name?: string;
  /** An enterprise member's booths: the room may show them as the host there. */
  hostOf?: string[];
}

export type JoinVerdict =
  | { ok: true; identity: JoinIdentity; claims: TokenClaims; tokenId: string }
  | { ok: false; reason: 'malformed' | 'badSignature' | 'invalidClaims' | 'expired' | 'notAJoinToken' };

/** 96 random bits, base64url: unguessable, and unique among the tokens alive at once. */
const TokenIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16}$/);

export function signJoinToken(identity: JoinIdentity, secret: string, nowMs: number, ttlS = JOIN_TOKEN_TTL_S): string {
  const iat = Math.floor(nowMs / 1000);
  const jti = randomBytes(12).toString('base64url');
  const claims: TokenClaims = { sub: identity.guestId, role: identity.role, aud: 'join', iat, exp: iat + ttlS, jti };
  if (identity.name !== undefined) claims.name = identity.name;
  if (identity.hostOf !== undefined) claims.hostOf = identity.hostOf;
  return signToken(claims, secret);
}

/** For HallRoom.onAuth: `verifyJoinToken(options.joinToken, secret, Date.now())`. */
export function verifyJoinToken(token: unknown, secret: string, nowMs: number): JoinVerdict {
  const r = verifyToken(token, secret, nowMs);
  if (!r.ok) return r;
  // Only tokens minted for joining open a seat, whatever else the secret ever signs.
  if (r.claims.aud !== 'join') return { ok: false, reason: 'notAJoinToken' };
  // Tokens minted before ids existed (at most JOIN_TOKEN_TTL_S old) are refused: the page fetches a new one.
  const jti = TokenIdSchema.safeParse(r.claims['jti']);
  if (!jti.success) return { ok: false, reason: 'invalidClaims' };
  const identity: JoinIdentity = { guestId: r.claims.sub, role: r.claims.role };
  if (r.claims.name !== undefined) identity.name = r.claims.name;
  if (r.claims.hostOf !== undefined) identity.hostOf = r.claims.hostOf;
  return { ok: true, identity, claims: r.claims, tokenId: jti.data };
}
