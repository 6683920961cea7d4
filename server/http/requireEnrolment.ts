/**
 * STAFF_REQUIRE_TOTP: a staff account without two-step sign-in is refused every /api/admin,
 * /api/staff and /api/studio route with 403 {error:'totp_required'} until it enrols (/api/auth/totp
 * stays open; /admin sends the browser to its enrolment page), and joins the halls as a visitor
 * (http/session.ts). Others pass: the routes decide.
 */
import type { RequestHandler } from 'express';
import { isStaff } from '../../shared/api/account.ts';
import type { SecondFactor } from '../auth/secondFactor.ts';
import type { Repos } from '../db/repos.ts';
import { loadPrincipal, principalOf, sendAccountError } from './principal.ts';

export function requireEnrolment(repos: Pick<Repos, 'accounts'>, secondFactor: SecondFactor): RequestHandler[] {
  const check: RequestHandler = async (req, res, next) => {
    const p = principalOf(req);
    if (p && isStaff(p.role) && !(await secondFactor.isOn(p.accountId))) return sendAccountError(res, 403, 'totp_required');
    next();
  };
  return [loadPrincipal(repos), check];
}
