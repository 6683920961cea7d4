/**
 * The sign-in's second step: after the right password, an account with TOTP gets no session but a
 * short-lived signed challenge naming it (tokens.ts, audience 'totp-login'); the session is granted
 * only when the challenge comes back with a right code. The email rides along so the second step
 * counts against the same sign-in throttle as the password.
 */
import { signToken, verifyToken } from './tokens.ts';

export const CHALLENGE_TTL_S = 5 * 60;
const AUD = 'totp-login';

export interface Challenge {
  accountId: string;
  email: string;
}

export function signChallenge(c: Challenge, secret: string, nowMs: number): string {
  const iat = Math.floor(nowMs / 1000);
  return signToken({ sub: c.accountId, role: 'staff', aud: AUD, iat, exp: iat + CHALLENGE_TTL_S, email: c.email }, secret);
}

/** The challenge's account and email, or null (forged, expired, or another kind of token). */
export function verifyChallenge(token: string, secret: string, nowMs: number): Challenge | null {
  const r = verifyToken(token, secret, nowMs);
  if (!r.ok || r.claims.aud !== AUD || typeof r.claims['email'] !== 'string') return null;
  return { accountId: r.claims.sub, email: r.claims['email'] };
}
