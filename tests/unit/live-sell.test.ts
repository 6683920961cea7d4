/**
 * Selling live, the pure parts: the sell bus coalesces a listing's stock (the first change at once,
 * then only the newest per 250 ms, never more than 4 a second), and a page's pinned product follows
 * pin, listing and stock events for its own listing only.
 */
import { LocalPresence } from '@colyseus/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SellEvent } from '../../shared/api/liveSell.ts';
import type { PublicListing } from '../../shared/api/orders.ts';
import { followSell, pinnedAfter } from '../../client/orders/sellEvents.ts';
import { OrderEvents } from '../../server/orders/events.ts';
import { createSellBus, STOCK_PUSH_MS } from '../../server/orders/sellBus.ts';

const BOOTH = 'cut-the-trash';
const L1 = '11111111-1111-4111-8111-111111111111';
const L2 = '22222222-2222-4222-8222-222222222222';
const T = '2026-12-03T12:00:00.000Z';

describe('the sell bus', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('tells a listing’s first stock change at once and then only the newest per period', async () => {
    const presence = new LocalPresence();
    const events = new OrderEvents();
    const bus = createSellBus({ presence: () => presence, events, service: { listings: async () => [], now: () => new Date(T) }, log: { warn: () => {} } });
    const told: SellEvent[] = [];
    bus.follow(BOOTH, (e) => told.push(e));
    await vi.advanceTimersByTimeAsync(0);
    for (let left = 99; left >= 80; left--) events.emit('stock', { listingId: L1, boothId: BOOTH, stockLeft: left });
    events.emit('stock', { listingId: L2, boothId: BOOTH, stockLeft: 5 });
    expect(told.map((e) => e.t === 'stock' && [e.listingId, e.stockLeft])).toEqual([
      [L1, 99],
      [L2, 5],
    ]);
    await vi.advanceTimersByTimeAsync(STOCK_PUSH_MS);
    expect(told.map((e) => e.t === 'stock' && e.stockLeft)).toEqual([99, 5, 80]);
    // A quiet period ends the window: the next change goes at once again.
    await vi.advanceTimersByTimeAsync(STOCK_PUSH_MS);
    events.emit('stock', { listingId: L1, boothId: BOOTH, stockLeft: 79 });
    expect(told.at(-1)).toMatchObject({ t: 'stock', stockLeft: 79 });
    bus.stop();
  });
});

describe('the pinned product on a page', () => {
  const listing: PublicListing = {
    id: L1,
    boothId: BOOTH,
    name: '업사이클 가방',
    priceWon: 10_000,
    deal: { priceWon: 8_000, endsAt: T },
    unitPriceWon: 8_000,
    stockLeft: 3,
    reservationHours: 24,
    transferInstructions: '농협',
  };

  it('takes the snapshot and pins, and only its own listing’s stock and edits', () => {
    let p = pinnedAfter(undefined, { t: 'snapshot', serverTime: T, boothId: BOOTH, pinned: listing });
    p = pinnedAfter(p, { t: 'stock', serverTime: T, boothId: BOOTH, listingId: L2, stockLeft: 0 });
    expect(p?.stockLeft).toBe(3);
    p = pinnedAfter(p, { t: 'stock', serverTime: T, boothId: BOOTH, listingId: L1, stockLeft: 0 });
    expect(p?.stockLeft).toBe(0);
    p = pinnedAfter(p, { t: 'listing', serverTime: T, boothId: BOOTH, listingId: L1, listing: { ...listing, deal: null, unitPriceWon: 10_000 } });
    expect(p).toMatchObject({ deal: null, unitPriceWon: 10_000 });
    expect(pinnedAfter(p, { t: 'listing', serverTime: T, boothId: BOOTH, listingId: L1, listing: null })).toBeNull();
    expect(pinnedAfter(p, { t: 'pin', serverTime: T, boothId: BOOTH, pinned: null })).toBeNull();
  });

  it('hands a part of the page that follows later the pinned product as the stream left it', () => {
    const opened: { onmessage: ((m: { data: string }) => void) | null; closed: boolean }[] = [];
    vi.stubGlobal(
      'EventSource',
      class {
        onmessage: ((m: { data: string }) => void) | null = null;
        closed = false;
        constructor() {
          opened.push(this);
        }
        close() {
          this.closed = true;
        }
      },
    );
    try {
      const first: SellEvent[] = [];
      const offFirst = followSell(BOOTH, (e) => first.push(e));
      const say = (e: SellEvent) => opened[0]!.onmessage!({ data: JSON.stringify(e) });
      say({ t: 'snapshot', serverTime: T, boothId: BOOTH, pinned: listing });
      say({ t: 'stock', serverTime: T, boothId: BOOTH, listingId: L1, stockLeft: 1 });
      const later: SellEvent[] = [];
      const offLater = followSell(BOOTH, (e) => later.push(e));
      expect(opened).toHaveLength(1);
      expect(first).toHaveLength(2);
      expect(later).toEqual([expect.objectContaining({ t: 'snapshot', pinned: { ...listing, stockLeft: 1 } })]);
      offFirst();
      expect(opened[0]!.closed).toBe(false);
      offLater();
      expect(opened[0]!.closed).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
