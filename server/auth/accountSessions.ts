/**
 * Signed-in browsers: a random 32-byte token in the HttpOnly `seeot_session` cookie, of which the
 * database keeps only the SHA-256 (a copy of the database signs nobody in), each session with its
 * own CSRF token. Sessions last SESSION_TTL_MS from the last request, slid at most once a minute.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { SESSION_COOKIE, SESSION_TTL_MS } from '../../shared/api/account.ts';
import type { AccountRow, AccountsRepo, SessionResolution } from '../db/accountsRepo.ts';

/** How often a session's last-seen time (and so its expiry) is written: a burst of requests writes once. */
export const TOUCH_EVERY_MS = 60_000;

/** A token for a cookie or a link: 256 random bits, base64url. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What the database stores of a token. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

export const newAccountId = (): string => randomUUID();

/** Tokens we mint are 43 base64url characters; anything else is not worth a query. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
export const isTokenShaped = (value: unknown): value is string => typeof value === 'string' && TOKEN_SHAPE.test(value);

export interface StartedSession {
  /** The cookie's value (never stored). */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function startSession(repo: Pick<AccountsRepo, 'createSession'>, account: Pick<AccountRow, 'id'>, nowMs = Date.now()): Promise<StartedSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(nowMs + SESSION_TTL_MS);
  await repo.createSession({ tokenHash: hashToken(token), accountId: account.id, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}

export function resolveSessionToken(repo: Pick<AccountsRepo, 'resolveSession'>, token: string, nowMs = Date.now()): Promise<SessionResolution> {
  return repo.resolveSession({ tokenHash: hashToken(token), now: new Date(nowMs), touchAfterMs: TOUCH_EVERY_MS, ttlMs: SESSION_TTL_MS });
}

/**
 * The Set-Cookie value: HttpOnly (no script reads it), SameSite=Lax (a cross-site form post carries
 * no session), Secure when the request came over HTTPS (req.secure: express decides it from
 * TRUST_PROXY's X-Forwarded-Proto behind a proxy). The browser keeps it as long as the server would.
 */
export function sessionCookieHeader(token: string, secure: boolean): string {
  const attrs = [`${SESSION_COOKIE}=${token}`, 'Path=/', `Max-Age=${Math.floor(SESSION_TTL_MS / 1000)}`, 'HttpOnly', 'SameSite=Lax'];
  if (secure) attrs.push('Secure');
  return attrs.join('; ');
}

export function clearedSessionCookieHeader(secure: boolean): string {
  const attrs = [`${SESSION_COOKIE}=`, 'Path=/', 'Max-Age=0', 'HttpOnly', 'SameSite=Lax'];
  if (secure) attrs.push('Secure');
  return attrs.join('; ');
}
