/**
 * /api/admin/enterprise-import (admins only; moderators and enterprise members get 403): a CSV of
 * enterprises checked row by row (…/preview, nothing written) or imported (booths, invitations, mail;
 * server/enterprises/importEnterprises.ts). One audit entry per import, with what it made and skipped.
 */
import { Router, type Response } from 'express';
import { importAnswer, ImportBodySchema, type CheckedFile, type FileProblem } from '../../shared/api/enterpriseImport.ts';
import type { Logger } from '../logger.ts';
import type { VenueService } from '../venue/venueService.ts';
import type { VenueSource } from '../venue/venueSource.ts';
import { auditStaff } from '../moderation/staffAudit.ts';
import { previewImport, runImport, type ImportDeps } from '../enterprises/importEnterprises.ts';
import { originOf } from './auth.ts';
import { principalOf, requireRole, requireSession, sendAccountError } from './principal.ts';
import { jsonOnce } from './validBody.ts';

export interface EnterpriseImportOptions extends Pick<ImportDeps, 'mailer'> {
  publicUrl?: string | undefined;
  log: Pick<Logger, 'info'>;
  now?: () => number;
}

/** A file that cannot be read: nothing checked or written, and why (see ImportAnswerSchema). */
function refuseFile(res: Response, { error, fields, line }: Extract<CheckedFile, { ok: false }>): void {
  const file: FileProblem = { error, ...(fields ? { fields } : {}), ...(line ? { line } : {}) };
  res.setHeader('Cache-Control', 'no-store');
  res.json({ ...importAnswer([]), file });
}

/** The body's CSV, or a 400: not a string, or past IMPORT_MAX_BYTES (the page checks the size before sending). */
function csvOf(body: unknown, res: Response): string | undefined {
  const parsed = ImportBodySchema.safeParse(body);
  if (parsed.success) return parsed.data.csv;
  sendAccountError(res, 400, 'invalid', { fields: ['csv'] });
  return undefined;
}

const isVenueService = (v: VenueSource): v is VenueService => v.repos !== undefined && 'createBooth' in v;

/** Mounted under /api; null for a venue without a database. */
export function enterpriseImportRoutes(source: VenueSource, { mailer, publicUrl, log, now = Date.now }: EnterpriseImportOptions): Router | null {
  if (!isVenueService(source)) return null;
  const venue = source;
  const router = Router();
  const adminOnly = [requireSession(venue.repos, { now }), requireRole('admin'), jsonOnce];

  router.post('/admin/enterprise-import/preview', ...adminOnly, async (req, res) => {
    const csv = csvOf(req.body, res);
    if (csv === undefined) return;
    const checked = await previewImport({ venue }, csv);
    if (!checked.ok) return refuseFile(res, checked);
    res.setHeader('Cache-Control', 'no-store');
    res.json(importAnswer(checked.rows));
  });

  router.post('/admin/enterprise-import', ...adminOnly, async (req, res) => {
    const csv = csvOf(req.body, res);
    if (csv === undefined) return;
    const by = principalOf(req)!.accountId;
    const linkUrl = (token: string) => new URL(`/invite/${token}`, publicUrl ?? originOf(req)).href;
    const done = await runImport({ venue, mailer, now }, csv, by, linkUrl);
    if (!done.ok) return refuseFile(res, done);
    const { created, skipped } = done.answer;
    log.info({ by, created, skipped, mailed: mailer.enabled }, 'enterprises imported');
    // The addresses stay out of the log line and the audit entry: the invitations list names them for admins.
    await auditStaff(venue.repos.moderation, req, 'enterprisesImported', `${created} created, ${skipped} skipped`);
    res.setHeader('Cache-Control', 'no-store');
    res.status(created > 0 ? 201 : 200).json(done.answer);
  });

  return router;
}
