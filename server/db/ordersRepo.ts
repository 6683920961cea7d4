/**
 * What the server asks of the database about listings and orders, as one small async interface
 * (types and names only: a PGlite server's main thread never loads drizzle). Implemented in
 * ordersDrizzle.ts. Arguments and results cross the worker boundary: plain data and Dates.
 */
import type { OrderStatus } from '../../shared/api/orders.ts';
import type { Lang } from '../../shared/schemas/localized.ts';

export interface ListingRecord {
  id: string;
  boothId: string;
  fairId: number;
  name: string;
  priceWon: number;
  stockLeft: number;
  dealPriceWon: number | null;
  dealEndsAt: Date | null;
  reservationHours: number;
  transferInstructions: string;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** A listing as the seller creates it: its fair is the booth's, both times are `at`. */
export type NewListing = Omit<ListingRecord, 'fairId' | 'createdAt' | 'updatedAt'> & { at: Date };

/** Only the fields given change; deal fields set together (null: no deal). */
export type ListingChanges = Partial<Pick<ListingRecord, 'name' | 'priceWon' | 'stockLeft' | 'dealPriceWon' | 'dealEndsAt' | 'reservationHours' | 'transferInstructions' | 'active'>>;

export interface OrderRecord {
  id: string;
  number: string;
  idempotencyKey: string;
  listingId: string;
  boothId: string;
  fairId: number;
  name: string;
  quantity: number;
  unitPriceWon: number;
  transferInstructions: string;
  status: OrderStatus;
  cancelledBy: 'buyer' | 'seller' | null;
  buyerName: string;
  phone: string;
  address: string;
  postcode: string | null;
  lang: Lang;
  expiresAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

/** One submission to reserve: the service made its id and number; the listing decides price and expiry. */
export interface OrderRequest {
  id: string;
  number: string;
  idempotencyKey: string;
  listingId: string;
  quantity: number;
  expectedUnitPriceWon: number | null;
  buyerName: string;
  phone: string;
  address: string;
  postcode: string | null;
  lang: Lang;
  consentVersion: string;
}

export type ReserveOutcome =
  /** created false: the idempotency key's earlier order, returned unchanged (stockLeft null: nothing moved). */
  | { ok: true; order: OrderRecord; created: boolean; stockLeft: number | null }
  | { ok: false; reason: 'unknown_listing' }
  | { ok: false; reason: 'sold_out' | 'not_enough_stock'; stockLeft: number }
  | { ok: false; reason: 'price_changed' | 'deal_ended'; unitPriceWon: number };

export type TransitionOutcome =
  /** stockLeft: the listing's stock after units came back, null when none did (a confirmation). */
  | { ok: true; order: OrderRecord; stockLeft: number | null }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'wrong_status'; status: OrderStatus };

/** A listing's stock after something returned units to it. */
export interface StockChange {
  listingId: string;
  boothId: string;
  stockLeft: number;
}

export interface SalesRecord {
  listingId: string;
  boothId: string;
  name: string;
  stockLeft: number;
  status: OrderStatus;
  orders: number;
  quantity: number;
  won: number;
}

export interface OrdersRepo {
  /** Whether the booth exists (a staff caller may name any). */
  boothExists(boothId: string): Promise<boolean>;
  /** null when the booth does not exist. */
  createListing(l: NewListing): Promise<ListingRecord | null>;
  /** null when the listing is not the booth's. */
  updateListing(boothId: string, id: string, changes: ListingChanges, at: Date): Promise<ListingRecord | null>;
  listings(boothId: string, activeOnly: boolean): Promise<ListingRecord[]>;
  /**
   * Baseline: one transaction per order, the guarded decrement
   * `UPDATE listings SET stock_left = stock_left - q WHERE id AND active AND stock_left >= q` and the INSERT.
   */
  reserve(req: OrderRequest, at: Date): Promise<ReserveOutcome>;
  /** Group commit: every request of one listing in one transaction, one UPDATE and one INSERT; outcomes in the requests' order. */
  reserveBatch(listingId: string, reqs: OrderRequest[], at: Date): Promise<ReserveOutcome[]>;
  /** By number and phone together (a guest's lookup). */
  findOrder(number: string, phone: string): Promise<OrderRecord | null>;
  getOrder(id: string): Promise<OrderRecord | null>;
  /** Newest first. */
  ordersOf(boothId: string, status: OrderStatus | null): Promise<OrderRecord[]>;
  /** reserved → confirmed. */
  confirm(id: string, at: Date): Promise<TransitionOutcome>;
  /** From one of `from` → cancelled by `by`, the quantity back in stock, one transaction. */
  cancel(id: string, from: readonly OrderStatus[], by: 'buyer' | 'seller', at: Date): Promise<TransitionOutcome>;
  /** Every reservation past expires_at → expired, their units back in stock, one statement: the listings changed. */
  expire(now: Date): Promise<StockChange[]>;
  /** Per listing of the fair and status with any orders. */
  sales(fairId: number): Promise<SalesRecord[]>;
}

/** The repository's methods, for the worker's message protocol. */
export const ORDERS_REPO_METHODS = [
  'boothExists',
  'createListing',
  'updateListing',
  'listings',
  'reserve',
  'reserveBatch',
  'findOrder',
  'getOrder',
  'ordersOf',
  'confirm',
  'cancel',
  'expire',
  'sales',
] as const satisfies readonly (keyof OrdersRepo)[];
