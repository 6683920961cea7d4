/**
 * /api/admin/moderation: the fair-wide reports queue, staff actions on a guest (held on every shard
 * and process through the moderation service's effects), the ban and mute lists, the audit log and the banned
 * words. Staff (admins and moderators) moderate; only admins change the banned words, which mask
 * every visitor's lines (docs/operations.md). Every change is in the audit log.
 */
import type { Presence } from '@colyseus/core';
import { matchMaker } from '@colyseus/core';
import type { Request } from 'express';
import { Router } from 'express';
import {
  AUDIT_PAGE,
  AuditQuerySchema,
  CloseReportBodySchema,
  ReportIdSchema,
  ReportQuerySchema,
  StaffActionSchema,
  UnbanBodySchema,
  WordBodySchema,
} from '../../shared/api/moderation.ts';
import type { Repos } from '../db/repos.ts';
import type { Logger } from '../logger.ts';
import type { Actor } from '../moderation/decisions.ts';
import { PERMANENT_BAN_UNTIL } from '../moderation/decisions.ts';
import { createModerationService } from '../moderation/moderationService.ts';
import { principalOf, requireRole, requireSession, sendAccountError } from './principal.ts';
import { jsonOnce, validBody, validValue } from './validBody.ts';

export interface AdminModerationOptions {
  repos: Pick<Repos, 'accounts' | 'moderation'>;
  log: Pick<Logger, 'info' | 'warn'>;
  /** Read per request: Colyseus makes the presence after the routes are mounted. */
  presence?: () => Presence;
  now?: () => number;
}

/** How many reports one page of the queue shows (the oldest open ones wait on the next). */
const REPORTS_PAGE = 100;

export function adminModerationRoutes({ repos, log, presence = () => matchMaker.presence, now = Date.now }: AdminModerationOptions): Router {
  const router = Router();
  const repo = repos.moderation;
  const moderation = () => createModerationService({ presence: presence(), log, now, repo });
  const session = requireSession(repos, { now });
  const staff = [session, requireRole('admin', 'moderator'), jsonOnce];
  const admins = [session, requireRole('admin'), jsonOnce];
  const actorOf = (req: Request): Actor => {
    const p = principalOf(req)!;
    return { role: 'staff', name: p.displayName, accountId: p.accountId };
  };
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  router.get('/reports', ...staff, async (req, res) => {
    const q = validValue(ReportQuerySchema, req.query, res);
    if (!q) return;
    res.json({ reports: await repo.listReports(q.status, REPORTS_PAGE) });
  });

  router.post('/reports/:id/close', ...staff, async (req, res) => {
    const body = validBody(CloseReportBodySchema, req, res);
    if (!body) return;
    // An id not shaped as ids are made is no report, and no query (a NUL would fail the database).
    const id = ReportIdSchema.safeParse(req.params['id']);
    if (!id.success) return sendAccountError(res, 404, 'not_found');
    const actor = actorOf(req);
    if (!(await repo.closeReport(id.data, body.status, actor.name, now()))) return sendAccountError(res, 404, 'not_found');
    await moderation().audit(actor, body.status === 'resolved' ? 'reportResolved' : 'reportDismissed', id.data, null);
    res.status(204).end();
  });

  router.post('/actions', ...staff, async (req, res) => {
    const body = validBody(StaffActionSchema, req, res);
    if (!body) return;
    const actor = actorOf(req);
    const r = await moderation().actOnGuest(actor, body);
    if (!r.ok) return sendAccountError(res, 403, 'forbidden');
    // Acting on a report answers it: it leaves the open queue (its close is in the audit log too).
    if ('reportId' in body && body.reportId && (await repo.closeReport(body.reportId, 'resolved', actor.name, now()))) {
      await moderation().audit(actor, 'reportResolved', body.reportId, null);
    }
    res.status(201).json({ action: r.effect.type });
  });

  router.get('/bans', ...staff, async (_req, res) => {
    const bans = await moderation().listBans();
    res.json({ bans: bans.map((b) => ({ ...b, until: b.until >= PERMANENT_BAN_UNTIL ? null : b.until })) });
  });

  router.post('/bans/lift', ...staff, async (req, res) => {
    const body = validBody(UnbanBodySchema, req, res);
    if (!body) return;
    await moderation().unban(actorOf(req), body.key);
    res.status(204).end();
  });

  // Mutes held now (lifted with the `unmute` action above, which every shard hears).
  router.get('/mutes', ...staff, async (_req, res) => {
    res.json({ mutes: await moderation().listMutes() });
  });

  router.get('/audit', ...staff, async (req, res) => {
    const q = validValue(AuditQuerySchema, req.query, res);
    if (!q) return;
    res.json({ entries: await repo.listAudit(q.action ?? null, AUDIT_PAGE) });
  });

  router.get('/words', ...staff, async (_req, res) => {
    res.json({ words: await repo.listWords() });
  });

  router.post('/words', ...admins, async (req, res) => {
    const body = validBody(WordBodySchema, req, res);
    if (!body) return;
    const actor = actorOf(req);
    const added = await repo.addWord(body.word, actor.name);
    if (added) {
      const mod = moderation();
      await mod.audit(actor, 'wordAdded', body.word, null);
      await mod.wordsChanged();
    }
    res.status(added ? 201 : 200).end();
  });

  router.post('/words/remove', ...admins, async (req, res) => {
    const body = validBody(WordBodySchema, req, res);
    if (!body) return;
    const actor = actorOf(req);
    if (!(await repo.removeWord(body.word))) return sendAccountError(res, 404, 'not_found');
    const mod = moderation();
    await mod.audit(actor, 'wordRemoved', body.word, null);
    await mod.wordsChanged();
    res.status(204).end();
  });

  return router;
}
