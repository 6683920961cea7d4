/**
 * /api/auth/*: signing in and out (in two steps for staff with TOTP on: the password answers a
 * challenge, POST /login/totp with a code signs in), the first admin from the setup code, and the single-use links
 * staff make (invitations, password resets). Requests that create a session must come from this
 * site (csrf.ts: Sec-Fetch-Site or Origin); sign-out, a write of a session, carries its CSRF token.
 * Answers are shared/api/account.ts's schemas; errors `{error, retryAfterMs?, fields?}`.
 */
import type { Request, RequestHandler, Response } from 'express';
import { Router } from 'express';
import {
  AcceptInviteBodySchema,
  LoginBodySchema,
  ResetBodySchema,
  SetupBodySchema,
  type Account,
  type LinkInfo,
  type SignedIn,
} from '../../shared/api/account.ts';
import { LoginTotpBodySchema, type SecondStep } from '../../shared/api/secondFactor.ts';
import { clearedSessionCookieHeader, hashToken, isTokenShaped, newAccountId, sessionCookieHeader, startSession } from '../auth/accountSessions.ts';
import { isSameSiteRequest } from '../auth/csrf.ts';
import type { LoginThrottle } from '../auth/loginThrottle.ts';
import type { SecondFactor } from '../auth/secondFactor.ts';
import { decoyHash, hashPassword, verifyPassword } from '../auth/password.ts';
import { hashSetupCode } from '../auth/setupCode.ts';
import type { AccountRow } from '../db/accountsRepo.ts';
import type { Repos } from '../db/repos.ts';
import type { Logger } from '../logger.ts';
import { loadPrincipal, requireSession, sendAccountError, sessionOf, setSessionOf } from './principal.ts';
import { refuseCode, refuseThrottled } from './refusals.ts';
import { validBody } from './validBody.ts';

export interface AuthRoutesOptions {
  repos: Pick<Repos, 'accounts'>;
  throttle: LoginThrottle;
  /** The key a client address is limited under, or null when it is exempt (limits/addressLimits.ts). */
  addressKey: (address: string | undefined) => string | null;
  /** PUBLIC_URL: its origin is this site too when a proxy rewrites Host. */
  publicUrl?: string | undefined;
  log: Pick<Logger, 'info' | 'warn'>;
  /** Staff TOTP: an account with it on signs in in two steps (POST /login, then /login/totp). */
  secondFactor?: SecondFactor;
  now?: () => number;
}

export const toAccount = (a: AccountRow): Account => ({ id: a.id, email: a.email, displayName: a.displayName, role: a.role, boothIds: a.boothIds });

/** The request's own origin as the browser addressed it (protocol from TRUST_PROXY's X-Forwarded-Proto). */
export const originOf = (req: Request): string => `${req.protocol}://${req.get('host') ?? ''}`;

/** Refuses a session-creating request from another site: 403 {error:'csrf'}. */
export function sameSiteOnly(publicUrl: string | undefined): RequestHandler {
  const alsoSelf = publicUrl ? [new URL(publicUrl).origin] : [];
  return (req, res, next) => {
    if (isSameSiteRequest({ secFetchSite: req.get('sec-fetch-site'), origin: req.get('origin'), selfOrigin: originOf(req), alsoSelf })) return next();
    sendAccountError(res, 403, 'csrf');
  };
}

export function authRoutes({ repos, throttle, addressKey, publicUrl, log, secondFactor, now = Date.now }: AuthRoutesOptions): Router {
  const router = Router();
  const accounts = repos.accounts;
  const sameSite = sameSiteOnly(publicUrl);
  router.use(loadPrincipal(repos, { now }));

  /** Signs the browser in as `account` (ending the session it had, if any) and answers with who it is now. */
  async function signIn(req: Request, res: Response, account: AccountRow, status = 200): Promise<void> {
    const before = sessionOf(req);
    if (before) await accounts.deleteSession(hashToken(before.token));
    const s = await startSession(accounts, account, now());
    setSessionOf(req, null);
    res.setHeader('Set-Cookie', sessionCookieHeader(s.token, req.secure));
    res.setHeader('Cache-Control', 'no-store');
    const body: SignedIn = { account: toAccount(account), csrfToken: s.csrfToken };
    res.status(status).json(body);
  }

  router.get('/me', async (req, res) => {
    const session = sessionOf(req);
    if (!session) return sendAccountError(res, 401, 'unauthorized');
    const account = await accounts.accountById(session.principal.accountId);
    if (!account) return sendAccountError(res, 401, 'unauthorized');
    res.setHeader('Cache-Control', 'no-store');
    const body: SignedIn = { account: toAccount(account), csrfToken: session.csrfToken };
    res.json(body);
  });

  router.post('/login', sameSite, async (req, res) => {
    const body = validBody(LoginBodySchema, req, res);
    if (!body) return;
    if (refuseThrottled(res, await throttle.attempt(body.email, addressKey(req.ip)))) return;
    const account = await accounts.accountByEmail(body.email);
    // An unknown email costs a hash too, and answers the same: nothing tells which emails exist.
    const ok = await verifyPassword(body.password, account?.passwordHash ?? (await decoyHash()));
    if (!account || !ok) {
      await throttle.failed(body.email);
      return sendAccountError(res, 401, 'bad_credentials');
    }
    if (account.disabled) return sendAccountError(res, 403, 'account_disabled');
    if (secondFactor && (await secondFactor.isOn(account.id))) {
      // No session yet, and the failure streak goes on: the code's tries count against the same throttle.
      const step: SecondStep = { secondFactor: 'totp', challenge: secondFactor.challenge({ accountId: account.id, email: body.email }, now()) };
      res.setHeader('Cache-Control', 'no-store');
      return void res.json(step);
    }
    await throttle.succeeded(body.email);
    log.info({ account: account.id, role: account.role }, 'signed in');
    await signIn(req, res, account);
  });

  router.post('/login/totp', sameSite, async (req, res) => {
    const body = validBody(LoginTotpBodySchema, req, res);
    if (!body) return;
    const challenge = secondFactor?.readChallenge(body.challenge, now());
    if (!secondFactor || !challenge) return sendAccountError(res, 401, 'challenge_expired');
    if (refuseThrottled(res, await throttle.attempt(challenge.email, addressKey(req.ip)))) return;
    const account = await accounts.accountById(challenge.accountId);
    if (!account || account.disabled) return sendAccountError(res, 403, 'account_disabled');
    const check = 'code' in body ? await secondFactor.checkCode(account.id, body.code, now()) : (await secondFactor.useRecoveryCode(account.id, body.recoveryCode)) ? 'ok' : 'wrong';
    if (check !== 'ok') {
      await throttle.failed(challenge.email);
      return refuseCode(res, check);
    }
    await throttle.succeeded(challenge.email);
    log.info({ account: account.id, role: account.role, recoveryCode: !('code' in body) }, 'signed in with a second factor');
    await signIn(req, res, account);
  });

  router.post('/logout', requireSession(repos, { now }), async (req, res) => {
    const session = sessionOf(req);
    if (session) await accounts.deleteSession(hashToken(session.token));
    res.setHeader('Set-Cookie', clearedSessionCookieHeader(req.secure));
    res.status(204).end();
  });

  router.get('/setup', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ needed: !(await accounts.hasAdmin()) });
  });

  router.post('/setup', sameSite, async (req, res) => {
    const body = validBody(SetupBodySchema, req, res);
    if (!body) return;
    if (refuseThrottled(res, await throttle.fromAddress(addressKey(req.ip)))) return;
    const admin = { id: newAccountId(), email: body.email, displayName: body.displayName, passwordHash: await hashPassword(body.password), role: 'admin' as const };
    const r = await accounts.completeSetup(hashSetupCode(body.code), admin);
    if (!r.ok) {
      const status = r.reason === 'setup_done' || r.reason === 'email_taken' ? 409 : r.reason === 'bad_setup_code' ? 403 : 400;
      return sendAccountError(res, status, r.reason);
    }
    log.info({ account: r.account.id }, 'the first admin account was made with the setup code');
    await signIn(req, res, r.account, 201);
  });

  /** The hash of the link token in the path, or a 404 already sent. */
  const linkHash = (req: Request, res: Response): string | null => {
    const token = req.params['token'];
    if (isTokenShaped(token)) return hashToken(token);
    sendAccountError(res, 404, 'link_unknown');
    return null;
  };
  const linkRefused = (res: Response, reason: 'link_unknown' | 'link_used' | 'link_expired' | 'email_taken' | 'unknown_booth') =>
    sendAccountError(res, reason === 'link_unknown' ? 404 : reason === 'link_used' || reason === 'link_expired' ? 410 : 409, reason);

  router.get('/links/:token', async (req, res) => {
    const hash = linkHash(req, res);
    if (hash === null) return;
    const link = await accounts.linkByToken(hash);
    if (!link) return sendAccountError(res, 404, 'link_unknown');
    if (link.usedAt) return sendAccountError(res, 410, 'link_used');
    if (link.expiresAt.getTime() <= now()) return sendAccountError(res, 410, 'link_expired');
    const info: LinkInfo = { kind: link.kind, expiresAt: link.expiresAt.toISOString() };
    if (link.role) info.role = link.role;
    if (link.boothId) info.boothId = link.boothId;
    if (link.email) info.email = link.email;
    res.setHeader('Cache-Control', 'no-store');
    res.json(info);
  });

  router.post('/links/:token/accept', sameSite, async (req, res) => {
    const hash = linkHash(req, res);
    if (hash === null) return;
    const body = validBody(AcceptInviteBodySchema, req, res);
    if (!body) return;
    const r = await accounts.acceptInvite(hash, new Date(now()), {
      id: newAccountId(),
      email: body.email,
      displayName: body.displayName,
      passwordHash: await hashPassword(body.password),
    });
    if (!r.ok) return linkRefused(res, r.reason);
    log.info({ account: r.account.id, role: r.account.role, booths: r.account.boothIds }, 'an invitation was accepted');
    await signIn(req, res, r.account, 201);
  });

  router.post('/links/:token/reset', sameSite, async (req, res) => {
    const hash = linkHash(req, res);
    if (hash === null) return;
    const body = validBody(ResetBodySchema, req, res);
    if (!body) return;
    const r = await accounts.resetPassword(hash, new Date(now()), await hashPassword(body.password));
    if (!r.ok) return linkRefused(res, r.reason);
    log.info({ account: r.account.id }, 'a password was reset with a link; its other sessions ended');
    if (r.account.disabled) return sendAccountError(res, 403, 'account_disabled');
    await signIn(req, res, r.account);
  });

  return router;
}
