/**
 * Signed role tokens: `base64url(JSON payload).base64url(HMAC-SHA256)`, keyed by SESSION_SECRET.
 * Deliberately tiny (no JWT library, no algorithm field to confuse): one algorithm, one key, and a
 * purpose string mixed into the MAC so a value signed for one use (a guest cookie, a join token)
 * never verifies as another. The accounts issue can mint the same tokens with `signToken`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const ROLES = ['visitor', 'staff', 'enterprise'] as const;
export type Role = (typeof ROLES)[number];

/** Longer than any honest token by far; bounds the work an attacker can make us do. */
export const MAX_TOKEN_LENGTH = 2048;

export const TokenClaimsSchema = z.looseObject({
  /** Who: a guest id for visitors, a staff name or account id for staff. */
  sub: z.string().min(1).max(128),
  role: z.enum(ROLES),
  /** Expiry, unix seconds. */
  exp: z.number().int().positive(),
  iat: z.number().int().positive().optional(),
  /** Display name (staff tokens). */
  name: z.string().min(1).max(64).optional(),
  /** 'join' for the short-lived Colyseus join token; absent for role tokens used on HTTP. */
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

/** True when the claims carry one of `roles`. Null claims (no/invalid token) hold no role. */
export function hasRole(claims: TokenClaims | null | undefined, ...roles: Role[]): claims is TokenClaims {
  return claims != null && roles.includes(claims.role);
}

/** Verify and require a role in one step; 'forbidden' when the token is fine but the role is not. */
export function verifyRole(
  token: unknown,
  secret: string,
  nowMs: number,
  ...roles: Role[]
): VerifyResult | { ok: false; reason: 'forbidden' } {
  const r = verifyToken(token, secret, nowMs);
  if (!r.ok) return r;
  if (r.claims.aud === 'join') return { ok: false, reason: 'forbidden' }; // join tokens are for the room only
  return hasRole(r.claims, ...roles) ? r : { ok: false, reason: 'forbidden' };
}

/** A staff token valid for `hours` (default 12), as `npm run staff:token` prints. */
export function signStaffToken(secret: string, opts: { name: string; hours?: number; nowMs: number }): string {
  const iat = Math.floor(opts.nowMs / 1000);
  const hours = opts.hours ?? 12;
  return signToken({ sub: `staff:${opts.name}`, role: 'staff', name: opts.name, iat, exp: iat + Math.round(hours * 3600) }, secret);
}
