/**
 * Who is asking: the account behind a request's `seeot_session` cookie, for every route that needs
 * one. `loadPrincipal` reads it (never refuses: /api/session serves guests too), `requireSession`
 * refuses without it and checks the CSRF token on writes, `requireRole` / `requireBoothMember`
 * narrow by role or booth. Each request's session is read from the database once and kept on the
 * request (a WeakMap, so nothing needs declaring on express's types).
 */
import type { Request, RequestHandler, Response } from 'express';
import { CSRF_HEADER, isStaff, SESSION_COOKIE, type AccountErrorCode, type Role } from '../../shared/api/account.ts';
import { clearedSessionCookieHeader, isTokenShaped, resolveSessionToken } from '../auth/accountSessions.ts';
import { csrfTokenMatches, isStateChanging } from '../auth/csrf.ts';
import { parseCookies } from '../auth/guestCookie.ts';
import type { Repos } from '../db/repos.ts';

export interface Principal {
  accountId: string;
  role: Role;
  displayName: string;
  boothIds: string[];
}

/** The request's session as this process read it: who, and what its writes must carry. */
export interface RequestSession {
  principal: Principal;
  /** The cookie's token (for sign-out). */
  token: string;
  csrfToken: string;
}

const sessions = new WeakMap<Request, RequestSession | null>();

/** The signed-in account of the request (session cookie), or null. Cached on the request. */
export function principalOf(req: Request): Principal | null {
  return sessions.get(req)?.principal ?? null;
}

/** The whole session of a request that went through loadPrincipal/requireSession, or null. */
export function sessionOf(req: Request): RequestSession | null {
  return sessions.get(req) ?? null;
}

/** Sets (or, with null, forgets) the request's session: sign-in and sign-out within one request. */
export function setSessionOf(req: Request, session: RequestSession | null): void {
  sessions.set(req, session);
}

export interface PrincipalOptions {
  now?: () => number;
}

export function sendAccountError(res: Response, status: number, error: AccountErrorCode, extra: { retryAfterMs?: number; fields?: string[] } = {}): void {
  res.setHeader('Cache-Control', 'no-store');
  res.status(status).json({ error, ...extra });
}

async function readSession(repos: Pick<Repos, 'accounts'>, req: Request, res: Response, now: () => number): Promise<RequestSession | null> {
  if (sessions.has(req)) return sessions.get(req) ?? null;
  const token = parseCookies(req.get('cookie')).get(SESSION_COOKIE);
  let session: RequestSession | null = null;
  if (isTokenShaped(token)) {
    const r = await resolveSessionToken(repos.accounts, token, now());
    if (r.ok) {
      const { account } = r.session;
      session = {
        principal: { accountId: account.id, role: account.role, displayName: account.displayName, boothIds: account.boothIds },
        token,
        csrfToken: r.session.csrfToken,
      };
    }
  }
  // A cookie that names no live session (ended, expired, account disabled) is dropped from the browser.
  if (token !== undefined && session === null) res.append('Set-Cookie', clearedSessionCookieHeader(req.secure));
  sessions.set(req, session);
  return session;
}

/** Middleware: reads the session, if any, for principalOf; never refuses. */
export function loadPrincipal(repos: Pick<Repos, 'accounts'>, { now = Date.now }: PrincipalOptions = {}): RequestHandler {
  return async (req, res, next) => {
    await readSession(repos, req, res, now);
    next();
  };
}

/**
 * Middleware: 401 {error:'unauthorized'} without a session; for non-GET/HEAD also 403 {error:'csrf'}
 * unless the X-CSRF-Token header equals the session's token. Sets the principal on the request.
 */
export function requireSession(repos: Pick<Repos, 'accounts'>, { now = Date.now }: PrincipalOptions = {}): RequestHandler {
  return async (req, res, next) => {
    const session = await readSession(repos, req, res, now);
    if (!session) return sendAccountError(res, 401, 'unauthorized');
    if (isStateChanging(req.method) && !csrfTokenMatches(req.get(CSRF_HEADER), session.csrfToken)) return sendAccountError(res, 403, 'csrf');
    next();
  };
}

/** After requireSession: 403 {error:'forbidden'} unless the account has one of `roles`. */
export function requireRole(...roles: Role[]): RequestHandler {
  return (req, res, next) => {
    const p = principalOf(req);
    if (!p) return sendAccountError(res, 401, 'unauthorized');
    if (!roles.includes(p.role)) return sendAccountError(res, 403, 'forbidden');
    next();
  };
}

/** Staff may edit every booth; an enterprise member the booths they keep. */
export function canEditBooth(p: Principal, boothId: string): boolean {
  return isStaff(p.role) || p.boothIds.includes(boothId);
}

/** After requireSession: staff pass; a member of the booth named by req.params[param] passes; else 403. */
export function requireBoothMember(param = 'boothId'): RequestHandler {
  return (req, res, next) => {
    const p = principalOf(req);
    if (!p) return sendAccountError(res, 401, 'unauthorized');
    const boothId = req.params[param];
    if (typeof boothId !== 'string' || !canEditBooth(p, boothId)) return sendAccountError(res, 403, 'forbidden');
    next();
  };
}

/** Staff (admin or moderator) only, after requireSession. */
export const requireStaff: RequestHandler = requireRole('admin', 'moderator');
