/**
 * Selling in /studio and staff's sales: a booth's listings (create, edit) and orders (list, CSV,
 * confirm, cancel) for the members of that booth and staff, and /api/admin/sales for staff. Writes
 * carry the session's CSRF token (requireSession). Another booth's order answers 404, as if it did
 * not exist: order ids are not probed through 403s.
 */
import type { Request, RequestHandler, Response } from 'express';
import { Router } from 'express';
import { z } from 'zod';
import { isStaff } from '../../shared/api/account.ts';
import {
  ListingCreateBodySchema,
  ListingPatchBodySchema,
  ORDER_STATUSES,
  orderFieldErrors,
  OrderListQuerySchema,
  SalesQuerySchema,
  type OrderStatus,
  type SalesFigures,
} from '../../shared/api/orders.ts';
import { asLang } from '../../shared/i18n/langChoice.ts';
import { IdSchema } from '../../shared/schemas/localized.ts';
import type { Repos } from '../db/repos.ts';
import type { TransitionOutcome } from '../db/ordersRepo.ts';
import { ordersCsv } from '../orders/csv.ts';
import type { OrderService } from '../orders/service.ts';
import { listingView, orderRow } from '../orders/views.ts';
import { refuseOrder } from './orders.ts';
import { jsonBody } from './jsonBody.ts';
import { canEditBooth, principalOf, requireSession, requireStaff } from './principal.ts';

export interface StudioOrderRouteOptions {
  repos: Pick<Repos, 'accounts'>;
  service: OrderService;
}

/** A path id that has the shape ids are made with (a UUID), else null: not a query (a NUL in it fails the database). */
function uuidParam(req: Request, name: string): string | null {
  const id = z.uuid().safeParse(req.params[name]);
  return id.success ? id.data : null;
}

export const boothOf = (req: Request): string => String(req.params['boothId']);

/** After requireSession: a member of the booth (or staff), else 403; and a booth that exists (staff may name any), else 404. */
export function boothMember(service: Pick<OrderService, 'boothExists'>): RequestHandler {
  return async (req, res, next) => {
    if (!canEditBooth(principalOf(req)!, boothOf(req))) return refuseOrder(res, 403, { error: 'forbidden' });
    const id = IdSchema.safeParse(req.params['boothId']);
    if (!id.success || !(await service.boothExists(id.data))) return refuseOrder(res, 404, { error: 'not_found' });
    next();
  };
}

export function studioOrderRoutes({ repos, service }: StudioOrderRouteOptions): Router {
  const router = Router();
  const session: RequestHandler = requireSession(repos);
  const member = boothMember(service);

  router.get('/studio/booths/:boothId/listings', session, member, async (req, res) => {
    const at = service.now();
    res.setHeader('Cache-Control', 'no-store');
    res.json({ serverTime: at.toISOString(), listings: (await service.listings(boothOf(req), false)).map((l) => listingView(l, at)) });
  });

  router.post('/studio/booths/:boothId/listings', session, member, jsonBody, async (req, res) => {
    const body = ListingCreateBodySchema.safeParse(req.body);
    if (!body.success) return refuseOrder(res, 400, { error: 'invalid', fields: orderFieldErrors(body.error) });
    const made = await service.createListing(boothOf(req), body.data);
    if (!made) return refuseOrder(res, 404, { error: 'not_found' });
    res.setHeader('Cache-Control', 'no-store');
    res.status(201).json(listingView(made, service.now()));
  });

  router.patch('/studio/booths/:boothId/listings/:listingId', session, member, jsonBody, async (req, res) => {
    const body = ListingPatchBodySchema.safeParse(req.body);
    if (!body.success) return refuseOrder(res, 400, { error: 'invalid', fields: orderFieldErrors(body.error) });
    const id = uuidParam(req, 'listingId');
    const row = id === null ? null : await service.updateListing(boothOf(req), id, body.data);
    if (!row) return refuseOrder(res, 404, { error: 'not_found' });
    res.setHeader('Cache-Control', 'no-store');
    res.json(listingView(row, service.now()));
  });

  async function boothOrders(req: Request, res: Response) {
    const q = OrderListQuerySchema.safeParse(req.query);
    if (!q.success) return void refuseOrder(res, 400, { error: 'invalid', fields: orderFieldErrors(q.error) });
    return (await service.ordersOf(boothOf(req), q.data.status ?? null)).map(orderRow);
  }

  router.get('/studio/booths/:boothId/orders', session, member, async (req, res) => {
    const orders = await boothOrders(req, res);
    if (!orders) return;
    res.setHeader('Cache-Control', 'no-store');
    res.json({ orders });
  });

  router.get('/studio/booths/:boothId/orders.csv', session, member, async (req, res) => {
    const orders = await boothOrders(req, res);
    if (!orders) return;
    const lang = asLang(typeof req.query['lang'] === 'string' ? req.query['lang'] : undefined) ?? 'ko';
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="orders-${encodeURIComponent(boothOf(req))}.csv"`);
    res.send(ordersCsv(orders, lang));
  });

  /** The seller's step on one order, when the principal may manage its booth; else 404. */
  function transition(step: (id: string) => Promise<TransitionOutcome>): RequestHandler {
    return async (req, res) => {
      const p = principalOf(req)!;
      const id = uuidParam(req, 'orderId');
      const found = id === null ? null : await service.getOrder(id);
      if (!found || !(isStaff(p.role) || canEditBooth(p, found.boothId))) return refuseOrder(res, 404, { error: 'not_found' });
      const r = await step(found.id);
      if (!r.ok) return r.reason === 'not_found' ? refuseOrder(res, 404, { error: 'not_found' }) : refuseOrder(res, 409, { error: 'wrong_status', status: r.status });
      res.setHeader('Cache-Control', 'no-store');
      res.json(orderRow(r.order));
    };
  }

  router.post('/studio/orders/:orderId/confirm', session, transition(service.confirm));
  router.post('/studio/orders/:orderId/cancel', session, transition(service.cancelBySeller));

  router.get('/admin/sales', session, requireStaff, async (req, res) => {
    const q = SalesQuerySchema.safeParse(req.query);
    if (!q.success) return refuseOrder(res, 400, { error: 'invalid', fields: orderFieldErrors(q.error) });
    const zero = (): Record<OrderStatus, SalesFigures> =>
      Object.fromEntries(ORDER_STATUSES.map((s) => [s, { orders: 0, quantity: 0, won: 0 }])) as Record<OrderStatus, SalesFigures>;
    const rows = new Map<string, { listingId: string; boothId: string; name: string; stockLeft: number; byStatus: Record<OrderStatus, SalesFigures> }>();
    for (const r of await service.sales(q.data.fairId)) {
      let row = rows.get(r.listingId);
      if (!row) rows.set(r.listingId, (row = { listingId: r.listingId, boothId: r.boothId, name: r.name, stockLeft: r.stockLeft, byStatus: zero() }));
      if (r.orders > 0) row.byStatus[r.status] = { orders: r.orders, quantity: r.quantity, won: r.won };
    }
    res.setHeader('Cache-Control', 'no-store');
    res.json({ sales: [...rows.values()] });
  });

  return router;
}
