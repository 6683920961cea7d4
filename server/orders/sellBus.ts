/**
 * Selling live, across processes (issue 10 §4): the booth's pin, its listings' changes and their
 * stock, published on the presence's pub/sub (Redis with REDIS_URL, else in memory) by the process
 * where they happened, and handed by every process to the open pages of that booth it serves
 * (http/ordersLive.ts). Every event goes through the presence, this process's own included, so
 * there is one path to test. What arrives is JSON from another process: checked by its schema.
 *
 * Stock is coalesced per listing: the first change in a quiet period goes at once, later ones
 * within STOCK_PUSH_MS wait and only the newest is told (a storm of orders is at most 4 updates a
 * second per listing, and the last word is always the newest count this process saw).
 */
import type { Presence } from '@colyseus/core';
import type { PublicListing } from '../../shared/api/orders.ts';
import { SellEventSchema, type SellEvent } from '../../shared/api/liveSell.ts';
import type { ListingRecord, StockChange } from '../db/ordersRepo.ts';
import type { Logger } from '../logger.ts';
import type { OrderEvents } from './events.ts';
import { createPinStore } from './pins.ts';
import type { OrderService } from './service.ts';
import { publicListing } from './views.ts';

export const SELL_TOPIC = 'seeot:sell';
/** At most one stock update per listing per this period (≤ 4 a second, well inside the 1 s promise). */
export const STOCK_PUSH_MS = 250;

export interface SellBusOptions {
  /** The Colyseus presence; read when first needed, since it is set up after the app. */
  presence: () => Presence | undefined;
  events: OrderEvents;
  service: Pick<OrderService, 'listings' | 'now'>;
  log: Pick<Logger, 'warn'>;
  pushMs?: number;
}

export type PinOutcome = { ok: true; pinned: PublicListing | null } | { ok: false; reason: 'unknown_listing' };

export function createSellBus({ presence, events, service, log, pushMs = STOCK_PUSH_MS }: SellBusOptions) {
  const followers = new Map<string, Set<(e: SellEvent) => void>>();
  /** Listings whose stock was told less than pushMs ago, with the newest change since (if any). */
  const windows = new Map<string, { latest: StockChange | null }>();
  let subscribed: Presence | undefined;
  let stopped = false;

  const deliver = (raw: unknown): void => {
    const e = SellEventSchema.safeParse(raw);
    if (!e.success) return;
    for (const f of followers.get(e.data.boothId) ?? []) f(e.data);
  };

  function publish(e: SellEvent): void {
    if (stopped) return;
    const p = presence();
    if (!p) return deliver(e);
    try {
      // RedisPresence returns a promise (rejects if Redis is down); LocalPresence delivers at once.
      Promise.resolve(p.publish(SELL_TOPIC, e)).catch((err: unknown) => log.warn({ err }, 'sell event not published'));
    } catch (err) {
      log.warn({ err }, 'sell event not published');
    }
  }

  const serverTime = (): string => service.now().toISOString();

  function tellStock(c: StockChange): void {
    publish({ t: 'stock', serverTime: serverTime(), boothId: c.boothId, listingId: c.listingId, stockLeft: c.stockLeft });
    const w = { latest: null as StockChange | null };
    windows.set(c.listingId, w);
    setTimeout(() => {
      windows.delete(c.listingId);
      if (w.latest) tellStock(w.latest);
    }, pushMs).unref();
  }

  const onStock = (c: StockChange): void => {
    const w = windows.get(c.listingId);
    if (w) w.latest = c;
    else tellStock(c);
  };
  const onListing = (l: ListingRecord): void => {
    const at = service.now();
    publish({ t: 'listing', serverTime: at.toISOString(), boothId: l.boothId, listingId: l.id, listing: l.active ? publicListing(l, at) : null });
  };
  events.on('stock', onStock);
  events.on('listing', onListing);

  async function onSale(boothId: string, listingId: string): Promise<PublicListing | null> {
    const l = (await service.listings(boothId, true)).find((x) => x.id === listingId);
    return l ? publicListing(l, service.now()) : null;
  }

  const pins = () => {
    const p = presence();
    if (!p) throw new Error('sell: no presence yet');
    return createPinStore(p);
  };

  return {
    /** The booth's events from every process, until the returned function is called. */
    follow(boothId: string, f: (e: SellEvent) => void): () => void {
      const p = presence();
      if (p && !subscribed && !stopped) {
        subscribed = p;
        p.subscribe(SELL_TOPIC, deliver).catch((err: unknown) => log.warn({ err }, 'could not subscribe to sell events'));
      }
      let set = followers.get(boothId);
      if (!set) followers.set(boothId, (set = new Set()));
      set.add(f);
      return () => {
        set.delete(f);
        if (set.size === 0) followers.delete(boothId);
      };
    },

    /** What a page that just connected is told: the pinned listing while it is on sale. */
    async snapshot(boothId: string): Promise<Extract<SellEvent, { t: 'snapshot' }>> {
      const pin = await pins().get(boothId);
      const pinned = pin ? await onSale(boothId, pin.listingId) : null;
      return { t: 'snapshot', serverTime: serverTime(), boothId, pinned };
    },

    /** Pins one of the booth's listings on sale (or unpins: null) and tells every process. */
    async pin(boothId: string, listingId: string | null): Promise<PinOutcome> {
      const pinned = listingId ? await onSale(boothId, listingId) : null;
      if (listingId && !pinned) return { ok: false, reason: 'unknown_listing' };
      await pins().set(boothId, listingId ? { listingId, at: service.now().getTime() } : null);
      publish({ t: 'pin', serverTime: serverTime(), boothId, pinned });
      return { ok: true, pinned };
    },

    /** At shutdown: no more events out or in. */
    stop(): void {
      stopped = true;
      events.off('stock', onStock);
      events.off('listing', onListing);
      void Promise.resolve(subscribed?.unsubscribe(SELL_TOPIC, deliver)).catch(() => undefined);
      subscribed = undefined;
    },
  };
}
export type SellBus = ReturnType<typeof createSellBus>;
