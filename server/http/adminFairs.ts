/**
 * /api/admin/fairs: the timed fairs of /admin/fairs. Staff (moderators too) read them; admins create
 * and edit a fair (name, address, dates, shard capacity, approval of edits, published), choose the
 * booths it shows and keep its schedule. /api/fairs gives visitors the published fairs that are open
 * or coming. Bodies are parsed with shared/api/fairs.ts; answers are codes, never sentences.
 * (GET and PATCH /api/admin/fairs/:id, the approval switch of /admin/approvals, live in studioBooths.ts.)
 */
import { Router, type Response } from 'express';
import {
  FairBodySchema,
  FairBoothsBodySchema,
  FairEventBodySchema,
  type AdminFairErrorCode,
  type PublicFairList,
} from '../../shared/api/fairs.ts';
import { ENTERPRISE_ZONE_ID } from '../../shared/catalogue/booths.ts';
import type { Repos } from '../db/repos.ts';
import { adminFairOut, eventInputOf, publicFairOut, settingsOf } from '../fairs/settings.ts';
import type { VenueService } from '../venue/venueService.ts';
import { requireRole, requireSession, requireStaff } from './principal.ts';
import { jsonOnce, validValue } from './validBody.ts';

function fail(res: Response, status: number, error: AdminFairErrorCode): void {
  res.setHeader('Cache-Control', 'no-store');
  res.status(status).json({ error });
}

const STATUS_OF: Record<Exclude<AdminFairErrorCode, 'invalid'>, number> = { not_found: 404, slug_taken: 409, unknown_booth: 400, unknown_zone: 400 };
const failWith = (res: Response, reason: Exclude<AdminFairErrorCode, 'invalid'>) => fail(res, STATUS_OF[reason], reason);

/** A route's numeric id, or undefined (answered as not found: ids are not probed). Fairs' scheduled announcements read theirs with it too. */
export function idOf(raw: unknown): number | undefined {
  if (typeof raw !== 'string') return undefined;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n > 0 && String(n) === raw ? n : undefined;
}

/** Mounted under /api before the catalogue routes; null for a venue without a database. */
/**
 * `changed`: after a write to a fair's booths or settings, tells every process's halls
 * (hall/fairChanges.ts); a failure to tell is logged by the caller, never the request's.
 */
export function adminFairRoutes(venue: Pick<VenueService, 'getVenue'> & { repos?: Repos }, now: () => Date = () => new Date(), changed: (fairId: number) => void = () => {}): Router | null {
  const repos = venue.repos;
  if (!repos) return null;
  const r = Router();
  const session = requireSession(repos);
  const adminOnly = requireRole('admin');
  const noStore = (res: Response) => res.setHeader('Cache-Control', 'no-store');

  /** The zones an event may be placed in: every stage's, and the enterprise hall. */
  const knownZone = async (zoneId: string) => {
    const { venue: current } = await venue.getVenue();
    return zoneId === ENTERPRISE_ZONE_ID || current.valueChain.activities.some((a) => a.stages.some((s) => s.id === zoneId));
  };

  r.get('/fairs', async (_req, res) => {
    const at = now();
    const body: PublicFairList = { now: at.toISOString(), fairs: (await repos.fairs.publishedCurrent(at)).map(publicFairOut) };
    // Fairs open and close by the clock: a short shared cache, never a stale day.
    res.setHeader('Cache-Control', 'public, max-age=30');
    res.json(body);
  });

  r.get('/admin/fairs', session, requireStaff, async (_req, res) => {
    noStore(res);
    res.json({ fairs: (await repos.fairs.list()).map(adminFairOut) });
  });

  r.post('/admin/fairs', session, adminOnly, jsonOnce, async (req, res) => {
    const body = validValue(FairBodySchema, req.body, res);
    if (!body) return;
    const out = await repos.fairs.create(settingsOf(body));
    if (!out.ok) return failWith(res, out.reason);
    noStore(res);
    res.status(201).json({ id: out.id });
  });

  r.put('/admin/fairs/:id', session, adminOnly, jsonOnce, async (req, res) => {
    const id = idOf(req.params.id);
    if (id === undefined) return fail(res, 404, 'not_found');
    const body = validValue(FairBodySchema, req.body, res);
    if (!body) return;
    const out = await repos.fairs.update(id, settingsOf(body));
    if (!out.ok) return failWith(res, out.reason);
    changed(id);
    noStore(res);
    res.json({ id });
  });

  r.put('/admin/fairs/:id/booths', session, adminOnly, jsonOnce, async (req, res) => {
    const id = idOf(req.params.id);
    if (id === undefined) return fail(res, 404, 'not_found');
    const body = validValue(FairBoothsBodySchema, req.body, res);
    if (!body) return;
    const out = await repos.fairs.setBooths(id, body.boothIds);
    if (!out.ok) return failWith(res, out.reason);
    changed(id);
    noStore(res);
    res.json({ ok: true });
  });

  r.post('/admin/fairs/:id/events', session, adminOnly, jsonOnce, async (req, res) => {
    const id = idOf(req.params.id);
    if (id === undefined) return fail(res, 404, 'not_found');
    const body = validValue(FairEventBodySchema, req.body, res);
    if (!body) return;
    if (body.zoneId !== null && !(await knownZone(body.zoneId))) return failWith(res, 'unknown_zone');
    const out = await repos.fairs.addEvent(id, eventInputOf(body));
    if (!out.ok) return failWith(res, out.reason);
    noStore(res);
    res.status(201).json({ id: out.id });
  });

  r.delete('/admin/fairs/:id/events/:eventId', session, adminOnly, async (req, res) => {
    const id = idOf(req.params.id);
    const eventId = idOf(req.params.eventId);
    if (id === undefined || eventId === undefined || !(await repos.fairs.removeEvent(id, eventId))) return fail(res, 404, 'not_found');
    noStore(res);
    res.json({ ok: true });
  });

  return r;
}
