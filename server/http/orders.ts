/**
 * Orders over HTTP for guests (no account): GET /api/listings?boothId= (a booth's listings with live
 * stock and the server's clock), POST /api/orders (checked, rate-limited, reserved; 201 new, 200 the
 * same idempotency key's order again), POST /api/orders/lookup and /api/orders/cancel (number and
 * phone in the body, so the phone stays out of URLs and access logs). Errors are codes
 * (shared/api/orders.ts), their sentences in shared/i18n (orders-*).
 */
import type { Request, Response } from 'express';
import { Router } from 'express';
import {
  ListingsQuerySchema,
  OrderBodySchema,
  orderFieldErrors,
  OrderLookupBodySchema,
  type OrderError,
  type PublicListings,
} from '../../shared/api/orders.ts';
import { GUEST_COOKIE, parseCookies, readGuestCookie } from '../auth/guestCookie.ts';
import { retryAfterSeconds } from '../limits/addressLimits.ts';
import type { OrderLimits } from '../limits/orderLimits.ts';
import type { OrderService, PlaceResult } from '../orders/service.ts';
import { orderView, publicListing } from '../orders/views.ts';
import { jsonBody } from './jsonBody.ts';

export interface OrderRouteOptions {
  service: OrderService;
  limits: OrderLimits;
  /** The guest cookie's key: a valid cookie is the per-visitor limit's key. */
  secret: string;
}

export function refuseOrder(res: Response, status: number, body: OrderError): void {
  res.setHeader('Cache-Control', 'no-store');
  res.status(status).json(body);
}

/** A refused reservation's status and body. */
function refusal(r: Extract<PlaceResult, { ok: false }>): [number, OrderError] {
  switch (r.reason) {
    case 'consent_required':
      return [400, { error: r.reason }];
    case 'consent_outdated':
      return [409, { error: r.reason }];
    case 'unknown_listing':
      return [404, { error: r.reason }];
    case 'price_changed':
    case 'deal_ended':
      return [409, { error: r.reason, unitPriceWon: r.unitPriceWon }];
    case 'sold_out':
    case 'not_enough_stock':
      return [409, { error: r.reason, stockLeft: r.stockLeft }];
  }
}

export function orderRoutes({ service, limits, secret }: OrderRouteOptions): Router {
  const router = Router();

  /** Spends one of the guest's and the address's orders; false (answered 429) when none is left. */
  async function admitted(req: Request, res: Response): Promise<boolean> {
    const guestId = readGuestCookie(parseCookies(req.get('cookie')).get(GUEST_COOKIE), secret);
    const admission = await limits.admit(guestId, req.ip);
    if (admission.ok) return true;
    res.setHeader('Retry-After', String(retryAfterSeconds(admission.retryAfterMs)));
    refuseOrder(res, 429, { error: 'rate_limited', retryAfterMs: Math.ceil(admission.retryAfterMs) });
    return false;
  }

  router.get('/listings', async (req, res) => {
    const q = ListingsQuerySchema.safeParse(req.query);
    if (!q.success) return refuseOrder(res, 400, { error: 'invalid', fields: orderFieldErrors(q.error) });
    const at = service.now();
    const body: PublicListings = { serverTime: at.toISOString(), listings: (await service.listings(q.data.boothId, true)).map((l) => publicListing(l, at)) };
    // Stock moves by the second during a live: never cached.
    res.setHeader('Cache-Control', 'no-store');
    res.json(body);
  });

  router.post('/orders', jsonBody, async (req, res) => {
    if (!(await admitted(req, res))) return;
    const parsed = OrderBodySchema.safeParse(req.body);
    if (!parsed.success) return refuseOrder(res, 400, { error: 'invalid', fields: orderFieldErrors(parsed.error) });
    const r = await service.place(parsed.data);
    if (!r.ok) return refuseOrder(res, ...refusal(r));
    res.setHeader('Cache-Control', 'no-store');
    res.status(r.created ? 201 : 200).json(orderView(r.order));
  });

  router.post('/orders/lookup', jsonBody, async (req, res) => {
    if (!(await admitted(req, res))) return;
    const parsed = OrderLookupBodySchema.safeParse(req.body);
    if (!parsed.success) return refuseOrder(res, 400, { error: 'invalid', fields: orderFieldErrors(parsed.error) });
    const order = await service.find(parsed.data.number, parsed.data.phone);
    if (!order) return refuseOrder(res, 404, { error: 'not_found' });
    res.setHeader('Cache-Control', 'no-store');
    res.json(orderView(order));
  });

  router.post('/orders/cancel', jsonBody, async (req, res) => {
    if (!(await admitted(req, res))) return;
    const parsed = OrderLookupBodySchema.safeParse(req.body);
    if (!parsed.success) return refuseOrder(res, 400, { error: 'invalid', fields: orderFieldErrors(parsed.error) });
    const r = await service.cancelByBuyer(parsed.data.number, parsed.data.phone);
    if (!r.ok) return r.reason === 'not_found' ? refuseOrder(res, 404, { error: 'not_found' }) : refuseOrder(res, 409, { error: 'wrong_status', status: r.status });
    res.setHeader('Cache-Control', 'no-store');
    res.json(orderView(r.order));
  });

  return router;
}
