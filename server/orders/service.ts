/**
 * Orders and listings, between the routes and the repository: consents checked, ids and numbers
 * made, reservations run in the configured mode (group commit, or one transaction per order), and
 * every change of stock told on the in-process events.
 */
import { randomUUID } from 'node:crypto';
import { ORDER_CONSENT_VERSION, type ListingCreateBody, type ListingPatchBody, type OrderBody, type OrderErrorCode, type OrderStatus } from '../../shared/api/orders.ts';
import type { ListingChanges, ListingRecord, OrderRecord, OrdersRepo, ReserveOutcome, SalesRecord, TransitionOutcome } from '../db/ordersRepo.ts';
import { createBatcher } from './batcher.ts';
import type { OrderEvents } from './events.ts';
import { newOrderNumber } from './orderNumber.ts';

export type OrdersMode = 'fast' | 'baseline';

export interface OrderServiceOptions {
  repo: OrdersRepo;
  mode: OrdersMode;
  events: OrderEvents;
  now?: () => Date;
}

export type PlaceResult = ReserveOutcome | { ok: false; reason: Extract<OrderErrorCode, 'consent_required' | 'consent_outdated'> };

const MINUTE_MS = 60_000;

/**
 * A deal from the seller's body: its price and an end `minutes` from now on this server's clock.
 * Ending one (null) moves its end to now and keeps its price, so a buyer who was shown that price
 * is told `deal_ended` rather than a vaguer `price_changed`.
 */
function dealFields(deal: ListingCreateBody['deal'], at: Date): Pick<ListingChanges, 'dealPriceWon' | 'dealEndsAt'> {
  if (deal === undefined) return {};
  if (deal === null) return { dealEndsAt: at };
  return { dealPriceWon: deal.priceWon, dealEndsAt: new Date(at.getTime() + deal.minutes * MINUTE_MS) };
}

export function createOrderService({ repo, mode, events, now = () => new Date() }: OrderServiceOptions) {
  const batcher = createBatcher((listingId, reqs, at) => repo.reserveBatch(listingId, reqs, at), now);

  function told(outcome: TransitionOutcome): TransitionOutcome {
    if (outcome.ok) {
      if (outcome.stockLeft !== null) events.emit('stock', { listingId: outcome.order.listingId, boothId: outcome.order.boothId, stockLeft: outcome.stockLeft });
      events.emit('order', outcome.order);
    }
    return outcome;
  }

  function toldListing(l: ListingRecord | null): ListingRecord | null {
    if (!l) return l;
    events.emit('stock', { listingId: l.id, boothId: l.boothId, stockLeft: l.stockLeft });
    events.emit('listing', l);
    return l;
  }

  return {
    mode,

    async place(body: OrderBody): Promise<PlaceResult> {
      if (!body.consents.collection || !body.consents.provision) return { ok: false, reason: 'consent_required' };
      if (body.consents.version !== ORDER_CONSENT_VERSION) return { ok: false, reason: 'consent_outdated' };
      const req = {
        id: randomUUID(),
        number: newOrderNumber(),
        idempotencyKey: body.idempotencyKey,
        listingId: body.listingId,
        quantity: body.quantity,
        expectedUnitPriceWon: body.expectedUnitPriceWon ?? null,
        buyerName: body.buyerName,
        phone: body.phone,
        address: body.address,
        postcode: body.postcode ?? null,
        lang: body.lang,
        consentVersion: body.consents.version,
      };
      const outcome = mode === 'fast' ? await batcher.submit(req) : await repo.reserve(req, now());
      if (outcome.ok && outcome.created) {
        if (outcome.stockLeft !== null) events.emit('stock', { listingId: outcome.order.listingId, boothId: outcome.order.boothId, stockLeft: outcome.stockLeft });
        events.emit('order', outcome.order);
      }
      return outcome;
    },

    find: (number: string, phone: string): Promise<OrderRecord | null> => repo.findOrder(number, phone),

    /** The buyer, by number and phone, while it is still reserved. */
    async cancelByBuyer(number: string, phone: string): Promise<TransitionOutcome> {
      const order = await repo.findOrder(number, phone);
      if (!order) return { ok: false, reason: 'not_found' };
      return told(await repo.cancel(order.id, ['reserved'], 'buyer', now()));
    },

    getOrder: (id: string) => repo.getOrder(id),
    ordersOf: (boothId: string, status: OrderStatus | null) => repo.ordersOf(boothId, status),
    confirm: async (id: string) => told(await repo.confirm(id, now())),
    /** The seller: a reservation, or a confirmed order that fell through; its units return either way. */
    cancelBySeller: async (id: string) => told(await repo.cancel(id, ['reserved', 'confirmed'], 'seller', now())),

    boothExists: (boothId: string) => repo.boothExists(boothId),
    listings: (boothId: string, activeOnly: boolean) => repo.listings(boothId, activeOnly),

    async createListing(boothId: string, b: ListingCreateBody): Promise<ListingRecord | null> {
      const at = now();
      const { deal, ...rest } = b;
      const d = dealFields(deal, at);
      return toldListing(await repo.createListing({ id: randomUUID(), boothId, ...rest, dealPriceWon: d.dealPriceWon ?? null, dealEndsAt: d.dealEndsAt ?? null, at }));
    },

    async updateListing(boothId: string, id: string, b: ListingPatchBody): Promise<ListingRecord | null> {
      const at = now();
      const { deal, ...rest } = b;
      return toldListing(await repo.updateListing(boothId, id, { ...rest, ...dealFields(deal, at) }, at));
    },

    /** Expired reservations' units back in stock; how many listings changed. */
    async expire(): Promise<number> {
      const changes = await repo.expire(now());
      for (const c of changes) events.emit('stock', c);
      return changes.length;
    },

    sales: (fairId: number): Promise<SalesRecord[]> => repo.sales(fairId),
    now,
  };
}
export type OrderService = ReturnType<typeof createOrderService>;
