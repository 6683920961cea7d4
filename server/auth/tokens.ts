/**
 * Signed role tokens: `base64url(JSON payload).base64url(HMAC-SHA256)`, keyed by SESSION_SECRET.
 * Deliberately tiny (no JWT library, no algorithm field to confuse): one algorithm, one key, and a
 * purpose string mixed into the MAC so a value signed for one use (a guest cookie, a join token)
 * never verifies as another. Accounts sign in with sessions (accountSessions.ts); their role reaches
 * the rooms in the join token minted here.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const ROLES = ['visitor', 'staff', 'enterprise'] as const;
export type Role = (typeof ROLES)[number];

/** Longer than any honest token by far; bounds the work an attacker can make us do. */
export const MAX_TOKEN_LENGTH = 2048;

export const TokenClaimsSchema = z.looseObject({
  /** Who: the guest id. */
  sub: z.string().min(1).max(128),
  role: z.enum(ROLES),
  /** Expiry, unix seconds. */
  exp: z.number().int().positive(),
  iat: z.number().int().positive().optional(),
  /** Display name (staff). */
  name: z.string().min(1).max(64).optional(),
  /** The booths an enterprise member keeps (join tokens): the room may show them as the host there. */
  hostOf: z.array(z.string().min(1).max(64)).max(64).optional(),
  /** 'join' for the short-lived Colyseus join token. */
  aud: z.string().max(32).optional(),
});
export type TokenClaims = z.infer<typeof TokenClaimsSchema>;

export type Purpose = 'token' | 'cookie';

export type VerifyResult =
  | { ok: true; claims: TokenClaims }
  | { ok: false; reason: 'malformed' | 'badSignature' | 'invalidClaims' | 'expired' };

export function mac(secret: string, purpose: Purpose, data: string): string {
  return createHmac('sha256', secret).update(`seeot.${purpose}.v1.`).update(data).digest('base64url');
}

/** Constant-time comparison of two base64url MACs (length is not secret: it is always 43). */
export function macEquals(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function signToken(claims: TokenClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify(TokenClaimsSchema.parse(claims))).toString('base64url');
  return `${payload}.${mac(secret, 'token', payload)}`;
}

/** Verifies signature first (never parses unauthenticated JSON), then claims, then expiry. */
export function verifyToken(token: unknown, secret: string, nowMs: number): VerifyResult {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'malformed' };
  const dot = token.indexOf('.');
  if (dot <= 0 || dot !== token.lastIndexOf('.')) return { ok: false, reason: 'malformed' };
  const payload = token.slice(0, dot);
  const sig = token.slice(dot + 1);
  if (!macEquals(sig, mac(secret, 'token', payload))) return { ok: false, reason: 'badSignature' };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const parsed = TokenClaimsSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'invalidClaims' };
  if (parsed.data.exp * 1000 <= nowMs) return { ok: false, reason: 'expired' };
  return { ok: true, claims: parsed.data };
}
