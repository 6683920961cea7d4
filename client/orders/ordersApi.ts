/**
 * A visitor's calls (no account): a booth's listings with the server's clock, placing an order,
 * finding it again and cancelling it. Bodies are sent as typed; the server parses them again.
 */
import {
  ORDER_ROUTES,
  OrderViewSchema,
  PublicListingsSchema,
  type OrderBodyInput,
  type OrderLookupBodyInput,
  type OrderView,
  type PublicListing,
} from '../../shared/api/orders.ts';
import { clockOffset } from './clock.ts';
import { ordersCall, type OrdersResult } from './ordersHttp.ts';

export interface BoothListings {
  listings: PublicListing[];
  /** How far the server's clock is ahead of this browser's (ms): deals count down on the server's. */
  offsetMs: number;
}

export async function loadListings(boothId: string): Promise<OrdersResult<BoothListings>> {
  const sentAt = Date.now();
  const r = await ordersCall(`${ORDER_ROUTES.listings}?boothId=${encodeURIComponent(boothId)}`, PublicListingsSchema);
  if (!r.ok) return r;
  return { ok: true, status: r.status, data: { listings: r.data.listings, offsetMs: clockOffset(Date.parse(r.data.serverTime), sentAt, Date.now()) } };
}

/** 201 a new order, 200 the same order again (its idempotency key was seen before). */
export const placeOrder = (body: OrderBodyInput): Promise<OrdersResult<OrderView>> => ordersCall(ORDER_ROUTES.orders, OrderViewSchema, { method: 'POST', body });

export const lookupOrder = (body: OrderLookupBodyInput): Promise<OrdersResult<OrderView>> => ordersCall(ORDER_ROUTES.lookup, OrderViewSchema, { method: 'POST', body });

export const cancelOrder = (body: OrderLookupBodyInput): Promise<OrdersResult<OrderView>> => ordersCall(ORDER_ROUTES.cancel, OrderViewSchema, { method: 'POST', body });
