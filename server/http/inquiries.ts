/**
 * Inquiries over HTTP: POST /api/inquiries (public, no account: checked, rate-limited, stored,
 * answered with the receipt), GET /api/inquiries/policy (what the consent notices state), the
 * booth inbox (/api/studio/inquiries*: members of the booth, and staff) and the fair's
 * (/api/admin/inquiries*: staff, for priority-purchase reports). Errors are codes
 * (shared/api/inquiry.ts), their sentences in shared/i18n (inquiry-*).
 */
import type { Request, RequestHandler, Response } from 'express';
import { Router } from 'express';
import { z } from 'zod';
import { BoothQuerySchema, FairQuerySchema, fieldErrors, InquiryBodySchema, StatusBodySchema, type InquiryError, type InquiryRow } from '../../shared/api/inquiry.ts';
import { isStaff } from '../../shared/api/account.ts';
import { asLang } from '../../shared/i18n/langChoice.ts';
import { CONSENT_VERSION } from '../../shared/privacy/notices.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { GUEST_COOKIE, parseCookies, readGuestCookie } from '../auth/guestCookie.ts';
import type { Repos } from '../db/repos.ts';
import { inquiriesCsv } from '../inquiries/export.ts';
import type { InquiryService } from '../inquiries/service.ts';
import { retryAfterSeconds } from '../limits/addressLimits.ts';
import type { InquiryLimits } from '../limits/inquiryLimits.ts';
import { jsonBody } from './jsonBody.ts';
import { canEditBooth, principalOf, requireSession, requireStaff } from './principal.ts';

export interface InquiryRouteOptions {
  repos: Pick<Repos, 'accounts'>;
  service: InquiryService;
  limits: InquiryLimits;
  /** The guest cookie's key: a valid cookie is the per-visitor limit's key. */
  secret: string;
  venue: () => Promise<Catalogue>;
}

function refuse(res: Response, status: number, body: InquiryError): void {
  res.setHeader('Cache-Control', 'no-store');
  res.status(status).json(body);
}

/** The query's booth, when the principal may read its inbox; else answered (400/403) and undefined. */
function inboxBooth(req: Request, res: Response): string | undefined {
  const q = BoothQuerySchema.safeParse(req.query);
  if (!q.success) return void refuse(res, 400, { error: 'invalid', fields: fieldErrors(q.error) });
  if (!canEditBooth(principalOf(req)!, q.data.boothId)) return void refuse(res, 403, { error: 'forbidden' });
  return q.data.boothId;
}

/** The path's inquiry id when it has the shape ids are made with (a UUID); else null, not a query (a NUL in it fails the database). */
function inquiryIdOf(req: Request): string | null {
  const id = z.uuid().safeParse(req.params['id']);
  return id.success ? id.data : null;
}

function fairOf(req: Request, res: Response): number | undefined {
  const q = FairQuerySchema.safeParse(req.query);
  if (!q.success) return void refuse(res, 400, { error: 'invalid', fields: fieldErrors(q.error) });
  return q.data.fairId;
}

/** The export's language: ?lang=, else Korean (the center's reports are Korean). */
const csvLang = (req: Request) => asLang(typeof req.query['lang'] === 'string' ? req.query['lang'] : undefined) ?? 'ko';

async function sendCsv(res: Response, rows: InquiryRow[], venue: Catalogue, req: Request, name: string): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
  res.send(inquiriesCsv(rows, venue, csvLang(req)));
}

export function inquiryRoutes({ repos, service, limits, secret, venue }: InquiryRouteOptions): Router {
  const router = Router();
  const session: RequestHandler = requireSession(repos);

  router.get('/inquiries/policy', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ consentVersion: CONSENT_VERSION, retentionDays: service.retentionDays });
  });

  router.post('/inquiries', jsonBody, async (req, res) => {
    const guestId = readGuestCookie(parseCookies(req.get('cookie')).get(GUEST_COOKIE), secret);
    const admission = await limits.admit(guestId, req.ip);
    if (!admission.ok) {
      res.setHeader('Retry-After', String(retryAfterSeconds(admission.retryAfterMs)));
      return refuse(res, 429, { error: 'rate_limited', retryAfterMs: Math.ceil(admission.retryAfterMs) });
    }
    const parsed = InquiryBodySchema.safeParse(req.body);
    if (!parsed.success) return refuse(res, 400, { error: 'invalid', fields: fieldErrors(parsed.error) });
    const r = await service.submit(parsed.data);
    if (!r.ok) return refuse(res, r.error === 'unknown_booth' ? 404 : r.error === 'consent_outdated' ? 409 : 400, { error: r.error });
    res.setHeader('Cache-Control', 'no-store');
    res.status(201).json(r.receipt);
  });

  router.get('/studio/inquiries', session, async (req, res) => {
    const boothId = inboxBooth(req, res);
    if (boothId === undefined) return;
    res.setHeader('Cache-Control', 'no-store');
    res.json({ inquiries: await service.list({ boothId }) });
  });

  router.get('/studio/inquiries/unread', session, async (req, res) => {
    const boothId = inboxBooth(req, res);
    if (boothId === undefined) return;
    res.setHeader('Cache-Control', 'no-store');
    res.json({ count: await service.unread(boothId) });
  });

  router.get('/studio/inquiries.csv', session, async (req, res) => {
    const boothId = inboxBooth(req, res);
    if (boothId === undefined) return;
    await sendCsv(res, await service.list({ boothId }), await venue(), req, `inquiries-${boothId}`);
  });

  router.patch('/studio/inquiries/:id', session, jsonBody, async (req, res) => {
    const p = principalOf(req)!;
    const body = StatusBodySchema.safeParse(req.body);
    if (!body.success) return refuse(res, 400, { error: 'invalid', fields: fieldErrors(body.error) });
    const id = inquiryIdOf(req);
    const found = id === null ? null : await service.get(id);
    // Someone else's inquiry answers as if it did not exist: ids are not probed through 403s.
    const allowed = found !== null && (isStaff(p.role) || (found.boothId !== null && canEditBooth(p, found.boothId)));
    if (!allowed) return refuse(res, 404, { error: 'not_found' });
    const row = await service.setStatus(found.id, body.data.status);
    if (!row) return refuse(res, 404, { error: 'not_found' });
    res.setHeader('Cache-Control', 'no-store');
    res.json(row);
  });

  router.get('/admin/inquiries', session, requireStaff, async (req, res) => {
    const fairId = fairOf(req, res);
    if (fairId === undefined) return;
    res.setHeader('Cache-Control', 'no-store');
    res.json({ inquiries: await service.list({ fairId }) });
  });

  /** A visitor asked the center to delete their data before the retention ends (staff find it by its reference). */
  router.post('/admin/inquiries/:id/erase', session, requireStaff, async (req, res) => {
    const id = inquiryIdOf(req);
    const row = id === null ? null : await service.erase(id);
    if (!row) return refuse(res, 404, { error: 'not_found' });
    res.setHeader('Cache-Control', 'no-store');
    res.json(row);
  });

  router.get('/admin/inquiries.csv', session, requireStaff, async (req, res) => {
    const fairId = fairOf(req, res);
    if (fairId === undefined) return;
    await sendCsv(res, await service.list({ fairId }), await venue(), req, `inquiries-fair-${fairId}`);
  });

  return router;
}
