/**
 * Analytics over HTTP: staff read every fair's and booth's figures, heatmap and CSV and the live
 * dashboard (/api/admin/...); a booth's members read their own booth's (/api/studio/booths/:id/
 * analytics); the page reports booth events (POST /api/analytics/events: a guest's dialog opens and
 * clicks, rate-limited per guest). Errors are codes; the pages say them in the reader's language.
 */
import type { Request, RequestHandler, Response } from 'express';
import { Router } from 'express';
import { z } from 'zod';
import { BoothEventBodySchema, DayRangeQuerySchema } from '../../shared/analytics/api.ts';
import { asLang } from '../../shared/i18n/langChoice.ts';
import { IdSchema } from '../../shared/schemas/localized.ts';
import { boothVisitsCsv, fairCsv } from '../analytics/csv.ts';
import type { LiveWatch } from '../analytics/live.ts';
import type { AnalyticsRecorder } from '../analytics/recorder.ts';
import { seoulDay } from '../analytics/visitorHash.ts';
import { GUEST_COOKIE, parseCookies, readGuestCookie } from '../auth/guestCookie.ts';
import type { FiguresQuery } from '../db/analyticsRepo.ts';
import type { Repos } from '../db/repos.ts';
import { retryAfterSeconds } from '../limits/addressLimits.ts';
import type { BucketStore } from '../limits/bucketStore.ts';
import { jsonBody } from './jsonBody.ts';
import { canEditBooth, principalOf, requireSession, requireStaff, sendAccountError } from './principal.ts';

/** A page opens a booth or follows a link a few times a minute; a script replaying them is cut off. */
export const BOOTH_EVENT_LIMIT = { capacity: 30, refillPerSec: 1 / 2 };
const DAY_MS = 86_400_000;
const MAX_RANGE_DAYS = 366;
/** A booth's CSV lists its visits one per row, up to this many (the page shows the latest 200). */
const CSV_VISITS = 50_000;

export interface AnalyticsRouteOptions {
  repos: Pick<Repos, 'accounts' | 'analytics'>;
  /** Absent with ANALYTICS=off: events are acknowledged and not kept. */
  recorder: AnalyticsRecorder | undefined;
  live: LiveWatch;
  buckets: BucketStore;
  secret: string;
  /** The address's limit key (null: exempt, ADDRESS_LIMITS_EXEMPT), for a page without a guest cookie. */
  addressKey: (address: string | undefined) => string | null;
  now?: () => number;
}

const FairParam = z.coerce.number().int().min(1).max(2 ** 31 - 1);

function refuse(res: Response, status: number, error: string): void {
  res.setHeader('Cache-Control', 'no-store');
  res.status(status).json({ error });
}

export function analyticsRoutes({ repos, recorder, live, buckets, secret, addressKey, now = Date.now }: AnalyticsRouteOptions): Router {
  const router = Router();
  const session: RequestHandler = requireSession(repos);

  /** The asked range in Seoul days (default: the last 7), or null (answered 400). */
  function range(req: Request, res: Response): { from: string; to: string } | null {
    const q = DayRangeQuerySchema.safeParse(req.query);
    const to = q.success ? (q.data.to ?? seoulDay(now())) : '';
    const from = q.success ? (q.data.from ?? seoulDay(Date.parse(to) - 6 * DAY_MS)) : '';
    const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
    if (!q.success || !(days >= 0 && days < MAX_RANGE_DAYS)) {
      refuse(res, 400, 'invalid');
      return null;
    }
    return { from, to };
  }

  async function figures(req: Request, res: Response, scope: FiguresQuery['scope'], csv: 'fair' | 'booth' | null): Promise<void> {
    const r = range(req, res);
    if (!r) return;
    const f = await repos.analytics.figures({ scope, ...r, visitLimit: csv === 'booth' ? CSV_VISITS : undefined });
    res.setHeader('Cache-Control', 'no-store');
    if (!csv) {
      res.json(f);
      return;
    }
    const lang = asLang(req.query['lang']) ?? 'ko';
    const name = 'fairId' in scope ? `fair-${scope.fairId}` : `booth-${scope.boothId}`;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="analytics-${name}-${r.from}-${r.to}.csv"`);
    res.send(csv === 'fair' ? fairCsv(f, lang) : boothVisitsCsv(f, lang));
  }

  const fairOf = (req: Request, res: Response): number | null => {
    const id = FairParam.safeParse(req.params['fairId']);
    if (!id.success) refuse(res, 404, 'not_found');
    return id.success ? id.data : null;
  };
  /** A booth that exists, named by :boothId; else 404. */
  const boothOf = async (req: Request, res: Response): Promise<string | null> => {
    const id = IdSchema.safeParse(req.params['boothId']);
    if (id.success && (await repos.analytics.fairOfBooth(id.data)) !== null) return id.data;
    refuse(res, 404, 'not_found');
    return null;
  };
  /** The booth's members and staff, else 403 (before anything about the booth is told). */
  const member: RequestHandler = (req, res, next) => {
    if (!canEditBooth(principalOf(req)!, String(req.params['boothId']))) return sendAccountError(res, 403, 'forbidden');
    next();
  };

  router.get('/admin/dashboard', session, requireStaff, async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await live.read());
  });

  // The CSV paths first: `:fairId` alone would take "1.csv" for an id.
  for (const [suffix, csv] of [['.csv', 'fair'], ['', null]] as const) {
    router.get(`/admin/analytics/fairs/:fairId${suffix}`, session, requireStaff, async (req, res) => {
      const fairId = fairOf(req, res);
      if (fairId !== null) await figures(req, res, { fairId }, csv);
    });
  }
  router.get('/admin/analytics/fairs/:fairId/heatmap', session, requireStaff, async (req, res) => {
    const fairId = fairOf(req, res);
    const r = fairId === null ? null : range(req, res);
    if (fairId === null || !r) return;
    res.setHeader('Cache-Control', 'no-store');
    res.json(await repos.analytics.heatmap(fairId, r.from, r.to));
  });
  for (const base of ['/admin/analytics/booths/:boothId', '/studio/booths/:boothId/analytics']) {
    const guard = base.startsWith('/admin') ? requireStaff : member;
    for (const [suffix, csv] of [['.csv', 'booth'], ['', null]] as const) {
      router.get(`${base}${suffix}`, session, guard, async (req, res) => {
        const boothId = await boothOf(req, res);
        if (boothId !== null) await figures(req, res, { boothId }, csv);
      });
    }
  }

  router.post('/analytics/events', jsonBody, async (req, res) => {
    const body = BoothEventBodySchema.safeParse(req.body);
    if (!body.success) return refuse(res, 400, 'invalid');
    // Per guest (the signed cookie), else per address: a page is counted however it was opened.
    const guestId = readGuestCookie(parseCookies(req.get('cookie')).get(GUEST_COOKIE), secret);
    const address = addressKey(req.ip);
    const key = guestId !== null ? `g:boothEvent:${guestId}` : address !== null ? `a:boothEvent:${address}` : null;
    const spent = key === null ? { ok: true as const } : await buckets.take([{ key, spec: BOOTH_EVENT_LIMIT }]);
    if (!spent.ok) {
      res.setHeader('Retry-After', String(retryAfterSeconds(spent.retryAfterMs)));
      return refuse(res, 429, 'rate_limited');
    }
    const fairId = await repos.analytics.fairOfBooth(body.data.boothId);
    if (fairId === null) return refuse(res, 404, 'not_found');
    recorder?.event({ fairId, boothId: body.data.boothId, kind: body.data.kind, at: new Date(now()) });
    res.status(204).end();
  });

  return router;
}
