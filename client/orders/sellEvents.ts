/**
 * The page's side of a booth's sell events (shared/api/liveSell.ts): one EventSource per booth,
 * shared by everything on the page that follows it (the pinned card, the booth's listings, the
 * studio), closed when the last one stops. Each event is checked by its schema; a malformed one is
 * dropped. The browser reconnects by itself after the server's `retry`, and the new connection
 * starts with a snapshot, so nothing missed while away stays wrong.
 */
import { LIVE_SELL_ROUTES, SellEventSchema, type SellEvent } from '../../shared/api/liveSell.ts';
import { orderPath } from '../../shared/api/orders.ts';

/** `offsetMs`: how far the server's clock is ahead of this browser's, by the event's serverTime. */
export type SellListener = (e: SellEvent, offsetMs: number) => void;

const streams = new Map<string, { source: EventSource; listeners: Set<SellListener> }>();

export function followSell(boothId: string, listener: SellListener): () => void {
  let stream = streams.get(boothId);
  if (!stream) {
    const source = new EventSource(orderPath(LIVE_SELL_ROUTES.events, { boothId }));
    const listeners = new Set<SellListener>();
    source.onmessage = (m: MessageEvent<string>) => {
      let raw: unknown;
      try {
        raw = JSON.parse(m.data);
      } catch {
        return;
      }
      const e = SellEventSchema.safeParse(raw);
      // The server read its clock just before sending: the offset is off by the trip (milliseconds).
      if (e.success) listeners.forEach((l) => l(e.data, Date.parse(e.data.serverTime) - Date.now()));
    };
    streams.set(boothId, (stream = { source, listeners }));
  }
  const s = stream;
  s.listeners.add(listener);
  return () => {
    s.listeners.delete(listener);
    if (s.listeners.size > 0) return;
    s.source.close();
    streams.delete(boothId);
  };
}
