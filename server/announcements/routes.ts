/**
 * /api/admin/fairs/:id/announcements: announcements staff set for a later time (the "now" form
 * posts to /api/staff/announce). GET the pending ones, POST one (a time in the future), DELETE one
 * that has not gone out. Scheduling and cancelling go to the audit log. Staff only; writes carry
 * the session's CSRF token.
 */
import { Router, type Request, type Response } from 'express';
import { PendingAnnouncementsSchema, ScheduleAnnouncementBodySchema } from '../../shared/api/announcements.ts';
import type { Repos } from '../db/repos.ts';
import { idOf } from '../http/adminFairs.ts';
import { principalOf, requireSession, requireStaff, sendAccountError } from '../http/principal.ts';
import { jsonOnce, validValue } from '../http/validBody.ts';
import type { Logger } from '../logger.ts';
import { auditStaff } from '../moderation/staffAudit.ts';

/** How far ahead an announcement may be set: a fair's whole run, with room. */
const MAX_AHEAD_MS = 366 * 24 * 3600_000;

export function announcementRoutes({ repos, log, now = Date.now }: { repos: Pick<Repos, 'accounts' | 'announcements' | 'moderation'>; log: Pick<Logger, 'info'>; now?: () => number }): Router {
  const r = Router();
  const staff = [requireSession(repos, { now }), requireStaff];
  const fairOf = (req: Request, res: Response): number | undefined => {
    const id = idOf(req.params['id']);
    if (id === undefined) sendAccountError(res, 404, 'not_found');
    return id;
  };

  r.get('/admin/fairs/:id/announcements', ...staff, async (req, res) => {
    const fairId = fairOf(req, res);
    if (fairId === undefined) return;
    res.setHeader('Cache-Control', 'no-store');
    res.json(PendingAnnouncementsSchema.parse({ announcements: await repos.announcements.pending(fairId) }));
  });

  r.post('/admin/fairs/:id/announcements', ...staff, jsonOnce, async (req, res) => {
    const fairId = fairOf(req, res);
    if (fairId === undefined) return;
    const body = validValue(ScheduleAnnouncementBodySchema, req.body, res);
    if (!body) return;
    if (body.sendAt <= now() || body.sendAt > now() + MAX_AHEAD_MS) return sendAccountError(res, 400, 'invalid', { fields: ['sendAt'] });
    const p = principalOf(req)!;
    const out = await repos.announcements.schedule({ fairId, text: body.text, sendAt: new Date(body.sendAt), createdBy: p.accountId, createdByName: p.displayName });
    if (!out.ok) return sendAccountError(res, 404, 'not_found');
    await auditStaff(repos.moderation, req, 'announcementScheduled', `fair ${fairId} #${out.announcement.id}`, body.text);
    log.info({ fairId, announcement: out.announcement.id, sendAt: body.sendAt }, 'announcement scheduled');
    res.setHeader('Cache-Control', 'no-store');
    res.status(201).json(out.announcement);
  });

  r.delete('/admin/fairs/:id/announcements/:announcementId', ...staff, async (req, res) => {
    const fairId = fairOf(req, res);
    const id = idOf(req.params['announcementId']);
    if (fairId === undefined) return;
    // Already sent, cancelled, or someone else's fair: nothing pending by that id.
    if (id === undefined || !(await repos.announcements.cancel(fairId, id))) return sendAccountError(res, 404, 'not_found');
    await auditStaff(repos.moderation, req, 'announcementCancelled', `fair ${fairId} #${id}`);
    res.status(204).end();
  });

  return r;
}
