/**
 * The booth editor's API: /api/studio/booths/:boothId (members of the booth and staff) and the
 * approval queue and fair switch in /api/admin (staff). Bodies are parsed with the shared contract
 * (shared/api/studio.ts); answers are codes, never sentences.
 */
import { Router, type Response } from 'express';
import {
  EditListQuerySchema,
  FairPatchSchema,
  RejectBodySchema,
  SaveBoothBodySchema,
  type StudioErrorCode,
} from '../../shared/api/studio.ts';
import { isStaff } from '../../shared/api/account.ts';
import { IdSchema } from '../../shared/schemas/localized.ts';
import { auditStaff } from '../moderation/staffAudit.ts';
import { createBoothEditService } from '../studio/boothEditService.ts';
import type { VenueService } from '../venue/venueService.ts';
import type { VenueSource } from '../venue/venueSource.ts';
import { requireBoothMember, requireRole, requireSession, requireStaff, principalOf } from './principal.ts';
import { jsonOnce, validValue } from './validBody.ts';

function fail(res: Response, status: number, error: StudioErrorCode, fields?: string[]): void {
  res.setHeader('Cache-Control', 'no-store');
  res.status(status).json(fields ? { error, fields } : { error });
}

const positiveInt = (s: unknown): number | undefined => (typeof s === 'string' && /^[1-9]\d{0,9}$/.test(s) ? Number(s) : undefined);


const isVenueService = (v: VenueSource): v is VenueService => v.repos !== undefined && 'editBooth' in v;

/** Mounted under /api; null for a venue without a database (in-process tests), which has nothing to edit. */
export function studioBoothRoutes(venue: VenueSource): Router | null {
  if (!isVenueService(venue)) return null;
  const r = Router();
  const edits = createBoothEditService(venue);
  const session = requireSession(venue.repos);
  const accountOf = (res: Response) => principalOf(res.req)!.accountId;

  r.get('/studio/booths/:boothId', session, requireBoothMember(), async (req, res) => {
    const id = IdSchema.safeParse(req.params.boothId);
    const view = id.success ? await edits.view(id.data) : null;
    if (!view) return fail(res, 404, 'not_found');
    res.setHeader('Cache-Control', 'no-store');
    res.json(view);
  });

  r.put('/studio/booths/:boothId', session, requireBoothMember(), jsonOnce, async (req, res) => {
    const id = IdSchema.safeParse(req.params.boothId);
    if (!id.success) return fail(res, 404, 'not_found');
    const body = validValue(SaveBoothBodySchema, req.body, res);
    if (!body) return;
    const who = principalOf(req)!;
    const out = await edits.save(id.data, body, who.accountId, { reviewer: isStaff(who.role) });
    res.setHeader('Cache-Control', 'no-store');
    switch (out.kind) {
      case 'saved':
        return void res.status(200).json({ status: 'saved', version: out.version });
      case 'pending':
        return void res.status(202).json({ status: 'pending', editId: out.editId });
      case 'stale':
        return void res.status(409).json({ error: 'stale', version: out.version, current: out.current });
      case 'invalid':
        return fail(res, 400, 'invalid', out.paths);
      case 'not_found':
        return fail(res, 404, 'not_found');
    }
  });

  r.get('/admin/edits', session, requireStaff, async (req, res) => {
    const query = validValue(EditListQuerySchema, req.query, res);
    if (!query) return;
    res.setHeader('Cache-Control', 'no-store');
    res.json({ edits: await edits.queue(query.status) });
  });

  r.post('/admin/edits/:id/approve', session, requireStaff, async (req, res) => {
    const id = positiveInt(req.params.id);
    if (id === undefined) return fail(res, 404, 'not_found');
    const out = await edits.approve(id, accountOf(res));
    switch (out.kind) {
      case 'approved':
        await auditStaff(venue.repos.moderation, req, 'editApproved', String(id));
        return void res.json({ version: out.version });
      case 'stale':
        return void res.status(409).json({ error: 'stale', version: out.version, current: out.current });
      case 'invalid':
        return fail(res, 400, 'invalid', out.paths);
      case 'not_pending':
        return fail(res, 409, 'not_pending');
      case 'not_found':
        return fail(res, 404, 'not_found');
    }
  });

  r.post('/admin/edits/:id/reject', session, requireStaff, jsonOnce, async (req, res) => {
    const id = positiveInt(req.params.id);
    if (id === undefined) return fail(res, 404, 'not_found');
    const body = validValue(RejectBodySchema, req.body, res);
    if (!body) return;
    const out = await edits.reject(id, accountOf(res), body.reason);
    if (out.kind === 'rejected') {
      await auditStaff(venue.repos.moderation, req, 'editRejected', String(id), body.reason);
      return void res.json({ ok: true });
    }
    fail(res, out.kind === 'not_pending' ? 409 : 404, out.kind);
  });

  r.get('/admin/fairs/:id', session, requireStaff, async (req, res) => {
    const id = positiveInt(req.params.id);
    const fair = id === undefined ? null : await edits.fairSettings(id);
    if (!fair) return fail(res, 404, 'not_found');
    res.setHeader('Cache-Control', 'no-store');
    res.json(fair);
  });

  // Whether a fair's edits wait for approval is the venue's policy: admins set it.
  r.patch('/admin/fairs/:id', session, requireRole('admin'), jsonOnce, async (req, res) => {
    const id = positiveInt(req.params.id);
    const body = id === undefined ? undefined : validValue(FairPatchSchema, req.body, res);
    if (id === undefined) return fail(res, 404, 'not_found');
    if (!body) return;
    if (!(await edits.setEditsNeedApproval(id, body.editsNeedApproval))) return fail(res, 404, 'not_found');
    res.json({ id, editsNeedApproval: body.editsNeedApproval });
  });

  return r;
}
