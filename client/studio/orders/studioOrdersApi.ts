/**
 * A seller's calls in /studio (shared/api/orders.ts): the booth's listings and orders. Writes carry
 * the session's CSRF token, read from /api/auth/me once and again when the server says it is stale.
 */
import { CSRF_HEADER, SignedInSchema } from '../../../shared/api/account.ts';
import { LIVE_SELL_ROUTES, PinnedAnswerSchema } from '../../../shared/api/liveSell.ts';
import {
  ListingListSchema,
  ListingSchema,
  ORDER_ROUTES,
  OrderListSchema,
  OrderRowSchema,
  orderPath,
  type Listing,
  type ListingCreateBodyInput,
  type ListingPatchBody,
  type OrderRow,
} from '../../../shared/api/orders.ts';
import { clockOffset } from '../../orders/clock.ts';
import { ordersCall, type OrdersResult } from '../../orders/ordersHttp.ts';

let csrfToken: string | null = null;

async function token(fresh: boolean): Promise<string | null> {
  if (csrfToken !== null && !fresh) return csrfToken;
  const me = await ordersCall('/api/auth/me', SignedInSchema);
  csrfToken = me.ok ? me.data.csrfToken : null;
  return csrfToken;
}

const csrfHeaders = (csrf: string | null): Record<string, string> => (csrf === null ? {} : { [CSRF_HEADER]: csrf });

/** A write with the CSRF token; once more with a fresh token when it was refused as stale. */
async function write<T>(send: (headers: Record<string, string>) => Promise<OrdersResult<T>>): Promise<OrdersResult<T>> {
  const first = await send(csrfHeaders(await token(false)));
  if (first.ok || first.error !== 'csrf') return first;
  return send(csrfHeaders(await token(true)));
}

export interface StudioListings {
  listings: Listing[];
  /** How far the server's clock is ahead of this browser's (ms), for the deals' countdowns. */
  offsetMs: number;
}

export async function loadStudioListings(boothId: string): Promise<OrdersResult<StudioListings>> {
  const sentAt = Date.now();
  const r = await ordersCall(orderPath(ORDER_ROUTES.studioListings, { boothId }), ListingListSchema);
  if (!r.ok) return r;
  return { ok: true, status: r.status, data: { listings: r.data.listings, offsetMs: clockOffset(Date.parse(r.data.serverTime), sentAt, Date.now()) } };
}

export const createListing = (boothId: string, body: ListingCreateBodyInput): Promise<OrdersResult<Listing>> =>
  write((headers) => ordersCall(orderPath(ORDER_ROUTES.studioListings, { boothId }), ListingSchema, { method: 'POST', body, headers }));

export const patchListing = (boothId: string, listingId: string, body: ListingPatchBody): Promise<OrdersResult<Listing>> =>
  write((headers) => ordersCall(orderPath(ORDER_ROUTES.studioListing, { boothId, listingId }), ListingSchema, { method: 'PATCH', body, headers }));

export async function loadOrders(boothId: string): Promise<OrdersResult<OrderRow[]>> {
  const r = await ordersCall(orderPath(ORDER_ROUTES.studioOrders, { boothId }), OrderListSchema);
  return r.ok ? { ok: true, status: r.status, data: r.data.orders } : r;
}

export const confirmOrder = (orderId: string): Promise<OrdersResult<OrderRow>> =>
  write((headers) => ordersCall(orderPath(ORDER_ROUTES.studioConfirm, { orderId }), OrderRowSchema, { method: 'POST', headers }));

export const cancelOrderAsSeller = (orderId: string): Promise<OrdersResult<OrderRow>> =>
  write((headers) => ordersCall(orderPath(ORDER_ROUTES.studioCancel, { orderId }), OrderRowSchema, { method: 'POST', headers }));

/** The booth's orders as CSV, its headings in the seller's language. */
export const ordersCsvHref = (boothId: string, lang: string): string => `${orderPath(ORDER_ROUTES.studioOrdersCsv, { boothId })}?lang=${lang}`;

/** Pins one of the booth's listings during a live (null: unpins); every open page of the booth is told. */
export const putPin = (boothId: string, listingId: string | null): Promise<OrdersResult<unknown>> =>
  write((headers) => ordersCall(orderPath(LIVE_SELL_ROUTES.pin, { boothId }), PinnedAnswerSchema, { method: 'PUT', body: { listingId }, headers }));
