/**
 * /api/admin/accounts and /api/admin/invitations (admins only; moderators get 403): who has an
 * account, invitations to a role (an enterprise member to one booth), password-reset links, and
 * turning an account off. A link's token is shown once, in the URL answered; only its hash is kept.
 * An admin may also reset another staff member's second factor (a lost phone and lost recovery
 * codes): it is removed, they sign in with the password alone and enrol again; audited.
 */
import type { Request } from 'express';
import { Router } from 'express';
import { z } from 'zod';
import { INVITE_TTL_MS, InviteBodySchema, RESET_TTL_MS, type MadeLink } from '../../shared/api/account.ts';
import { hashToken, newToken } from '../auth/accountSessions.ts';
import type { LinkRow } from '../db/accountsRepo.ts';
import type { Repos } from '../db/repos.ts';
import type { Logger } from '../logger.ts';
import { auditStaff } from '../moderation/staffAudit.ts';
import { originOf } from './auth.ts';
import { principalOf, requireRole, requireSession, sendAccountError } from './principal.ts';
import { jsonOnce, validBody } from './validBody.ts';

export interface AdminAccountsOptions {
  repos: Pick<Repos, 'accounts' | 'moderation' | 'secondFactor'>;
  /** PUBLIC_URL: links are built on it; unset, on the origin the admin's browser used. */
  publicUrl?: string | undefined;
  log: Pick<Logger, 'info'>;
  now?: () => number;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The path's account id when it has the shape ids are made with (newAccountId: a UUID); else null, not a query (a NUL in it fails the database). */
const accountIdOf = (req: Request): string | null => {
  const id = z.uuid().safeParse(req.params['id']);
  return id.success ? id.data : null;
};

const invitationRow = (l: LinkRow) => ({
  id: l.id,
  role: l.role ?? 'enterprise',
  boothId: l.boothId,
  note: l.note,
  createdAt: l.createdAt.toISOString(),
  expiresAt: l.expiresAt.toISOString(),
  usedAt: iso(l.usedAt),
});

export function adminAccountsRoutes({ repos, publicUrl, log, now = Date.now }: AdminAccountsOptions): Router {
  const router = Router();
  const accounts = repos.accounts;
  // On each route, not router.use: other routers share /api/admin and let moderators in.
  const adminOnly = [requireSession(repos, { now }), requireRole('admin'), jsonOnce];

  const linkUrl = (req: Request, path: string, token: string) => new URL(`/${path}/${token}`, publicUrl ?? originOf(req)).href;
  const actor = (req: Request) => principalOf(req)!.accountId;

  router.get('/accounts', ...adminOnly, async (_req, res) => {
    const [rows, withTotp] = await Promise.all([accounts.listAccounts(), repos.secondFactor.accountsWithTotp()]);
    const twoStep = new Set(withTotp);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ accounts: rows.map(({ id, email, displayName, role, boothIds, disabled }) => ({ id, email, displayName, role, boothIds, disabled, twoStep: twoStep.has(id) })) });
  });

  router.get('/invitations', ...adminOnly, async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ invitations: (await accounts.listInvitations()).map(invitationRow) });
  });

  router.post('/invitations', ...adminOnly, async (req, res) => {
    const body = validBody(InviteBodySchema, req, res);
    if (!body) return;
    const token = newToken();
    const expiresAt = new Date(now() + INVITE_TTL_MS);
    const made = await accounts.createLink({
      tokenHash: hashToken(token),
      kind: 'invite',
      role: body.role,
      ...(body.boothId !== undefined ? { boothId: body.boothId } : {}),
      ...(body.note !== undefined ? { note: body.note } : {}),
      createdBy: actor(req),
      expiresAt,
    });
    if (!made.ok) return sendAccountError(res, made.reason === 'unknown_booth' ? 400 : 404, made.reason, made.reason === 'unknown_booth' ? { fields: ['boothId'] } : {});
    log.info({ by: actor(req), invitation: made.id, role: body.role, booth: body.boothId }, 'invitation made');
    await auditStaff(repos.moderation, req, 'accountInvited', body.boothId ? `${body.role} ${body.boothId}` : body.role, body.note ?? null);
    const answer: MadeLink = { url: linkUrl(req, 'invite', token), expiresAt: expiresAt.toISOString() };
    res.setHeader('Cache-Control', 'no-store');
    res.status(201).json(answer);
  });

  router.post('/accounts/:id/reset', ...adminOnly, async (req, res) => {
    const id = accountIdOf(req);
    if (id === null) return sendAccountError(res, 404, 'not_found');
    const token = newToken();
    const expiresAt = new Date(now() + RESET_TTL_MS);
    const made = await accounts.createLink({ tokenHash: hashToken(token), kind: 'reset', accountId: id, createdBy: actor(req), expiresAt });
    if (!made.ok) return sendAccountError(res, 404, 'not_found');
    log.info({ by: actor(req), account: req.params['id'] }, 'password reset link made');
    await auditStaff(repos.moderation, req, 'accountReset', id);
    const answer: MadeLink = { url: linkUrl(req, 'reset', token), expiresAt: expiresAt.toISOString() };
    res.setHeader('Cache-Control', 'no-store');
    res.status(201).json(answer);
  });

  router.post('/accounts/:id/totp/reset', ...adminOnly, async (req, res) => {
    const id = accountIdOf(req);
    if (id === null) return sendAccountError(res, 404, 'not_found');
    // Their own second factor goes off with a current code (/api/auth/totp/disable): a stolen session alone must not do it.
    if (id === actor(req)) return sendAccountError(res, 403, 'forbidden');
    if (!(await accounts.accountById(id))) return sendAccountError(res, 404, 'not_found');
    if (!(await repos.secondFactor.totpOf(id))?.confirmed) return sendAccountError(res, 409, 'totp_off');
    await repos.secondFactor.removeTotp(id);
    log.info({ by: actor(req), account: id }, 'two-step sign-in reset by an admin');
    await auditStaff(repos.moderation, req, 'totpReset', id);
    res.status(204).end();
  });

  router.post('/accounts/:id/disable', ...adminOnly, async (req, res) => {
    const id = accountIdOf(req);
    if (id === null) return sendAccountError(res, 404, 'not_found');
    // An admin locking themselves out would need a shell to get back in.
    if (id === actor(req)) return sendAccountError(res, 403, 'forbidden');
    if (!(await accounts.disableAccount(id))) return sendAccountError(res, 404, 'not_found');
    log.info({ by: actor(req), account: id }, 'account disabled; its sessions ended');
    await auditStaff(repos.moderation, req, 'accountDisabled', id);
    res.status(204).end();
  });

  return router;
}
