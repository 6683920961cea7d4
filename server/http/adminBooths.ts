/**
 * /api/admin/booths: the booths of /admin. Staff (moderators too) read the list and preview a change;
 * admins create a booth (closed, a draft, until published), move it to a zone, open or close it, and
 * add an enterprise account as a member (an invitation to the booth goes through /api/admin/invitations).
 * Writes go through the venue service, which bumps the venue version: open clients follow at once.
 * Bodies are parsed with shared/api/adminBooths.ts; answers are codes, never sentences.
 */
import { Router, type Response } from 'express';
import {
  AddMemberBodySchema,
  BoothChangeSchema,
  CreateBoothBodySchema,
  type AdminBoothErrorCode,
  type AdminBoothList,
} from '../../shared/api/adminBooths.ts';
import { ENTERPRISE_ZONE_ID, ENTERPRISE_ZONE_TITLE } from '../../shared/catalogue/booths.ts';
import { IdSchema } from '../../shared/schemas/localized.ts';
import type { VenueService } from '../venue/venueService.ts';
import type { VenueSource } from '../venue/venueSource.ts';
import { requireRole, requireSession, requireStaff } from './principal.ts';
import { jsonOnce, validValue } from './validBody.ts';

function fail(res: Response, status: number, error: AdminBoothErrorCode, fields?: string[]): void {
  res.setHeader('Cache-Control', 'no-store');
  res.status(status).json(fields ? { error, fields } : { error });
}

const STATUS_OF: Record<string, number> = { id_taken: 409, unknown_zone: 400, invalid: 400, not_enterprise: 409, unknown_booth: 404, unknown_account: 400, not_enterprise_account: 400 };
const failWith = (res: Response, reason: string) =>
  fail(res, STATUS_OF[reason] ?? 400, (reason === 'unknown_booth' ? 'not_found' : reason) as AdminBoothErrorCode);

const isVenueService = (v: VenueSource): v is VenueService => v.repos !== undefined && 'createBooth' in v;

/** Mounted under /api before the catalogue routes; null for a venue without a database. */
export function adminBoothRoutes(venue: VenueSource): Router | null {
  if (!isVenueService(venue)) return null;
  const r = Router();
  const session = requireSession(venue.repos);
  const adminOnly = requireRole('admin');

  r.get('/admin/booths', session, requireStaff, async (_req, res) => {
    const [rows, accounts, { venue: current }] = await Promise.all([venue.boothRows(), venue.repos.accounts.listAccounts(), venue.getVenue()]);
    const enterprise = accounts.filter((a) => a.role === 'enterprise' && !a.disabled);
    const member = ({ id, displayName, email }: (typeof enterprise)[number]) => ({ id, displayName, email });
    const stages = current.valueChain.activities.flatMap((a) => a.stages);
    const body: AdminBoothList = {
      booths: rows.map((b) => ({
        id: b.id,
        kind: b.kind,
        zoneId: b.zoneId,
        status: b.status,
        title: b.title,
        created: b.entry !== null,
        members: enterprise.filter((a) => a.boothIds.includes(b.id)).map(member),
      })),
      // Every zone a booth may stand in, the enterprise hall included even while it is empty.
      zones: [...stages.map((s) => ({ id: s.id, title: s.title })), { id: ENTERPRISE_ZONE_ID, title: ENTERPRISE_ZONE_TITLE }],
      programmes: stages.flatMap((s) => s.programmes.map((p) => ({ id: p.id, title: p.title }))),
      accounts: enterprise.map(member),
    };
    res.setHeader('Cache-Control', 'no-store');
    res.json(body);
  });

  r.get('/admin/booths/:boothId/preview', session, requireStaff, async (req, res) => {
    const id = IdSchema.safeParse(req.params.boothId);
    if (!id.success) return fail(res, 404, 'not_found');
    const change = validValue(BoothChangeSchema, req.query, res);
    if (!change) return;
    const preview = await venue.previewVenue({ boothId: id.data, ...change });
    if (!preview) return fail(res, 404, 'not_found');
    res.setHeader('Cache-Control', 'no-store');
    res.json({ venue: preview });
  });

  r.post('/admin/booths', session, adminOnly, jsonOnce, async (req, res) => {
    const body = validValue(CreateBoothBodySchema, req.body, res);
    if (!body) return;
    const { id, zoneId, ...entry } = body;
    const out = await venue.createBooth({ id, zoneId, entry });
    if (!out.ok) return failWith(res, out.reason);
    res.setHeader('Cache-Control', 'no-store');
    res.status(201).json({ id, status: 'closed' });
  });

  r.patch('/admin/booths/:boothId', session, adminOnly, jsonOnce, async (req, res) => {
    const id = IdSchema.safeParse(req.params.boothId);
    if (!id.success) return fail(res, 404, 'not_found');
    const change = validValue(BoothChangeSchema, req.body, res);
    if (!change) return;
    // Placed first, then opened: publishing a draft into a stage shows it there from its first frame.
    if (change.zoneId !== undefined) {
      const placed = await venue.placeBooth(id.data, change.zoneId);
      if (!placed.ok) return failWith(res, placed.reason);
    }
    if (change.status !== undefined) {
      const set = await venue.setBoothStatus(id.data, change.status);
      if (!set.ok) return failWith(res, set.reason);
    }
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ok: true });
  });

  r.post('/admin/booths/:boothId/members', session, adminOnly, jsonOnce, async (req, res) => {
    const id = IdSchema.safeParse(req.params.boothId);
    if (!id.success) return fail(res, 404, 'not_found');
    const body = validValue(AddMemberBodySchema, req.body, res);
    if (!body) return;
    const out = await venue.repos.booths.addMember(id.data, body.accountId);
    if (!out.ok) return failWith(res, out.reason);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ok: true });
  });

  return r;
}
