/**
 * The page's side of a booth's sell events (shared/api/liveSell.ts): one EventSource per booth,
 * shared by everything on the page that follows it (the pinned card, the booth's listings, the
 * studio), closed when the last one stops. Each event is checked by its schema; a malformed one is
 * dropped. The browser reconnects by itself after the server's `retry`, and the new connection
 * starts with a snapshot, so nothing missed while away stays wrong. The stream keeps the pinned
 * listing as its events leave it, and a part of the page that follows later (a lazy chunk) is
 * handed that as its snapshot: the server's came before it listened.
 */
import { LIVE_SELL_ROUTES, SellEventSchema, type SellEvent } from '../../shared/api/liveSell.ts';
import { orderPath, type PublicListing } from '../../shared/api/orders.ts';
import { eventData } from '../data/eventData.ts';

/** `offsetMs`: how far the server's clock is ahead of this browser's, by the event's serverTime. */
export type SellListener = (e: SellEvent, offsetMs: number) => void;

interface Stream {
  source: EventSource;
  listeners: Set<SellListener>;
  /** The pinned listing as the events so far leave it (undefined before the first snapshot). */
  pinned: PublicListing | null | undefined;
  offsetMs: number;
}

const streams = new Map<string, Stream>();

/** The pinned listing after `e` (pure, so a late or foreign event changes nothing it should not). */
export function pinnedAfter(current: PublicListing | null | undefined, e: SellEvent): PublicListing | null | undefined {
  switch (e.t) {
    case 'snapshot':
    case 'pin':
      return e.pinned;
    case 'listing':
      return current && current.id === e.listingId ? e.listing : current;
    case 'stock':
      return current && current.id === e.listingId ? { ...current, stockLeft: e.stockLeft } : current;
  }
}

export function followSell(boothId: string, listener: SellListener): () => void {
  let stream = streams.get(boothId);
  if (!stream) {
    const source = new EventSource(orderPath(LIVE_SELL_ROUTES.events, { boothId }));
    const s: Stream = { source, listeners: new Set(), pinned: undefined, offsetMs: 0 };
    source.onmessage = (m: MessageEvent<string>) => {
      const e = eventData(m, SellEventSchema);
      if (!e) return;
      // The server read its clock just before sending: the offset is off by the trip (milliseconds).
      const offsetMs = Date.parse(e.serverTime) - Date.now();
      s.pinned = pinnedAfter(s.pinned, e);
      if (e.t === 'snapshot' || e.t === 'pin') s.offsetMs = offsetMs;
      s.listeners.forEach((l) => l(e, offsetMs));
    };
    streams.set(boothId, (stream = s));
  }
  const s = stream;
  s.listeners.add(listener);
  if (s.pinned !== undefined) {
    listener({ t: 'snapshot', serverTime: new Date(Date.now() + s.offsetMs).toISOString(), boothId, pinned: s.pinned }, s.offsetMs);
  }
  return () => {
    s.listeners.delete(listener);
    if (s.listeners.size > 0) return;
    s.source.close();
    streams.delete(boothId);
  };
}
