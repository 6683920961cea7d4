/**
 * GET /api/session: the visitor's stable guest id (from, or into, the signed `seeot_guest` cookie)
 * and a short-lived join token for Colyseus. With a staff token (Authorization: Bearer, or ?staff=
 * for the /world overlay link) the join token carries role staff and the staff name.
 *
 * A request without the cookie mints a new guest id, so minting is limited per client address
 * (limits/addressLimits.ts): over the limit, 429 with Retry-After and `{ error: 'rateLimited' }`,
 * which the page shows as a sentence (shared/i18n world-*: joinRateLimited).
 */
import type { Request } from 'express';
import { Router } from 'express';
import { GUEST_COOKIE, guestCookieHeader, newGuestId, parseCookies, readGuestCookie, signGuestCookie } from '../auth/guestCookie.ts';
import { type JoinIdentity, signJoinToken } from '../auth/joinToken.ts';
import { type TokenClaims, verifyRole } from '../auth/tokens.ts';
import { retryAfterSeconds, type AddressPolicy } from '../limits/addressLimits.ts';

export { verifyJoinToken } from '../auth/joinToken.ts';
export type { JoinIdentity, JoinVerdict } from '../auth/joinToken.ts';

export interface SessionResponse {
  guestId: string;
  joinToken: string;
  role: JoinIdentity['role'];
  /** Staff display name when a valid staff token came with the request. */
  name?: string;
  /** Why a presented staff token was not accepted (expired, badSignature, forbidden…). */
  staffError?: string;
}

/** The bearer or ?staff= token of a request, if any. */
export function presentedToken(req: Request): string | undefined {
  const auth = req.get('authorization');
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const q = req.query['staff'];
  return typeof q === 'string' ? q : undefined;
}

/** Staff claims from a request, or an error reason (missing when no token came at all). */
export function staffClaims(req: Request, secret: string, nowMs: number): { ok: true; claims: TokenClaims } | { ok: false; reason: string } {
  const token = presentedToken(req);
  if (token === undefined) return { ok: false, reason: 'missing' };
  const r = verifyRole(token, secret, nowMs, 'staff');
  return r.ok ? { ok: true, claims: r.claims } : { ok: false, reason: r.reason };
}

export interface SessionRouteOptions {
  /** Per-address minting limit (req.ip: the socket's peer, or what a trusted proxy reports). */
  policy: Pick<AddressPolicy, 'admitSession'>;
  now?: () => number;
}

export function sessionRoutes(secret: string, { policy, now = Date.now }: SessionRouteOptions): Router {
  const router = Router();
  router.get('/session', async (req, res) => {
    const admission = await policy.admitSession(req.ip);
    if (!admission.ok) {
      res.setHeader('Retry-After', String(retryAfterSeconds(admission.retryAfterMs)));
      res.setHeader('Cache-Control', 'no-store');
      res.status(429).json({ error: 'rateLimited' });
      return;
    }
    const nowMs = now();
    let guestId = readGuestCookie(parseCookies(req.get('cookie')).get(GUEST_COOKIE), secret);
    if (guestId === null) {
      // No cookie, or one we did not sign: a fresh id (a forged one is simply ignored, not an error).
      guestId = newGuestId();
    }
    // Sent every time so the 400-day lifetime slides while the visitor keeps coming back.
    res.setHeader('Set-Cookie', guestCookieHeader(signGuestCookie(guestId, secret), req.secure));
    res.setHeader('Cache-Control', 'no-store');

    const identity: JoinIdentity = { guestId, role: 'visitor' };
    let staffError: string | undefined;
    if (presentedToken(req) !== undefined) {
      const staff = staffClaims(req, secret, nowMs);
      if (staff.ok) {
        identity.role = 'staff';
        identity.name = staff.claims.name ?? staff.claims.sub;
      } else {
        staffError = staff.reason;
      }
    }
    const body: SessionResponse = { guestId, joinToken: signJoinToken(identity, secret, nowMs), role: identity.role };
    if (identity.name !== undefined) body.name = identity.name;
    // An expired staff link still lets the person in as a visitor; the overlay says why it is missing.
    if (staffError !== undefined) body.staffError = staffError;
    res.json(body);
  });
  return router;
}
