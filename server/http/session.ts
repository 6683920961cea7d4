/**
 * GET /api/session: the visitor's stable guest id (from, or into, the signed `seeot_guest` cookie)
 * and a short-lived join token for Colyseus. A browser signed in to an account (the `seeot_session`
 * cookie, server/http/principal.ts) gets its role in the join token: staff (admin, moderator) join
 * as role staff with their display name; an enterprise member joins as a visitor whose claims name
 * the booths they keep (`hostOf`), for the room to show them as its host.
 *
 * A request without the cookie mints a new guest id, so minting is limited per client address
 * (limits/addressLimits.ts): over the limit, 429 with Retry-After and `{ error: 'rateLimited' }`,
 * which the page shows as a sentence (shared/i18n world-*: joinRateLimited).
 */
import type { RequestHandler } from 'express';
import { Router } from 'express';
import { isStaff } from '../../shared/api/account.ts';
import { GUEST_COOKIE, guestCookieHeader, newGuestId, parseCookies, readGuestCookie, signGuestCookie } from '../auth/guestCookie.ts';
import { type JoinIdentity, signJoinToken } from '../auth/joinToken.ts';
import type { Repos } from '../db/repos.ts';
import { retryAfterSeconds, type AddressPolicy } from '../limits/addressLimits.ts';
import { loadPrincipal, principalOf } from './principal.ts';

export { verifyJoinToken } from '../auth/joinToken.ts';
export type { JoinIdentity, JoinVerdict } from '../auth/joinToken.ts';

export interface SessionResponse {
  guestId: string;
  joinToken: string;
  role: JoinIdentity['role'];
  /** The staff member's display name, when a staff account is signed in. */
  name?: string;
  /** The booths a signed-in enterprise member hosts (the join token carries them too). */
  hostOf?: string[];
}

export interface SessionRouteOptions {
  /** Per-address minting limit (req.ip: the socket's peer, or what a trusted proxy reports). */
  policy: Pick<AddressPolicy, 'admitSession'>;
  /** The accounts behind session cookies; absent (a fixed catalogue, no database): everyone is a visitor. */
  repos?: Pick<Repos, 'accounts'> | undefined;
  /** STAFF_REQUIRE_TOTP: whether a staff account may act as staff in the halls yet (enrolled); absent: always. */
  staffReady?: ((accountId: string) => Promise<boolean>) | undefined;
  now?: () => number;
}

const noAccounts: RequestHandler = (_req, _res, next) => next();

export function sessionRoutes(secret: string, { policy, repos, staffReady, now = Date.now }: SessionRouteOptions): Router {
  const router = Router();
  router.get('/session', repos ? loadPrincipal(repos, { now }) : noAccounts, async (req, res) => {
    const admission = await policy.admitSession(req.ip);
    if (!admission.ok) {
      res.setHeader('Retry-After', String(retryAfterSeconds(admission.retryAfterMs)));
      res.setHeader('Cache-Control', 'no-store');
      res.status(429).json({ error: 'rateLimited' });
      return;
    }
    let guestId = readGuestCookie(parseCookies(req.get('cookie')).get(GUEST_COOKIE), secret);
    if (guestId === null) {
      // No cookie, or one we did not sign: a fresh id (a forged one is simply ignored, not an error).
      guestId = newGuestId();
    }
    // Sent every time so the 400-day lifetime slides while the visitor keeps coming back.
    res.append('Set-Cookie', guestCookieHeader(signGuestCookie(guestId, secret), req.secure));
    res.setHeader('Cache-Control', 'no-store');

    const identity: JoinIdentity = { guestId, role: 'visitor' };
    const account = principalOf(req);
    // Staff still owing their second factor join as visitors: no moderation before enrolment.
    if (account && isStaff(account.role) && (!staffReady || (await staffReady(account.accountId)))) {
      identity.role = 'staff';
      identity.name = account.displayName;
    } else if (account && account.boothIds.length > 0) {
      identity.hostOf = account.boothIds;
    }
    const body: SessionResponse = { guestId, joinToken: signJoinToken(identity, secret, now()), role: identity.role };
    if (identity.name !== undefined) body.name = identity.name;
    if (identity.hostOf !== undefined) body.hostOf = identity.hostOf;
    res.json(body);
  });
  return router;
}
