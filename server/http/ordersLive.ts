/**
 * Selling live over HTTP (shared/api/liveSell.ts): GET /api/booths/:boothId/sell/events, the
 * booth's pin, deals and stock as Server-Sent Events for every open page of the booth (the world's
 * booth panel, /list's booth page and /studio alike, with or without a hall connection), and PUT
 * /api/studio/booths/:boothId/pin for its members and staff. A guest or another booth's member is
 * refused with a code (401 unauthorized, 403 forbidden), as the other studio routes are.
 */
import { Router } from 'express';
import { PinBodySchema, type SellEvent } from '../../shared/api/liveSell.ts';
import { orderFieldErrors, type PublicListing } from '../../shared/api/orders.ts';
import { IdSchema } from '../../shared/schemas/localized.ts';
import type { Repos } from '../db/repos.ts';
import type { OrderService } from '../orders/service.ts';
import type { SellBus } from '../orders/sellBus.ts';
import { jsonBody } from './jsonBody.ts';
import { refuseOrder } from './orders.ts';
import { boothMember, boothOf } from './ordersStudio.ts';
import { requireSession } from './principal.ts';
import { MAX_STREAMS, MAX_STREAMS_PER_ADDRESS } from './venueEvents.ts';

const HEARTBEAT_MS = 25_000;
const RETRY_MS = 2_000;

export interface LiveSellRouteOptions {
  repos: Pick<Repos, 'accounts'>;
  service: Pick<OrderService, 'boothExists'>;
  bus: SellBus;
  /** After a listing is pinned (not an unpin): kept as a tag of the booth's live (replays/pinTags.ts). */
  onPin?: (boothId: string, pinned: PublicListing) => Promise<void>;
}

export function liveSellRoutes({ repos, service, bus, onPin }: LiveSellRouteOptions): Router {
  const router = Router();
  const session = requireSession(repos);
  const member = boothMember(service);
  // Each stream is a socket and a listener: capped per address and per process, as venue events are.
  const perAddress = new Map<string, number>();
  let open = 0;

  router.get('/booths/:boothId/sell/events', async (req, res) => {
    const id = IdSchema.safeParse(req.params['boothId']);
    if (!id.success || !(await service.boothExists(id.data))) return refuseOrder(res, 404, { error: 'not_found' });
    const boothId = id.data;
    const address = req.ip ?? '';
    const mine = perAddress.get(address) ?? 0;
    if (mine >= MAX_STREAMS_PER_ADDRESS || open >= MAX_STREAMS) {
      res.setHeader('Retry-After', '30');
      return refuseOrder(res, 429, { error: 'rate_limited', retryAfterMs: 30_000 });
    }
    perAddress.set(address, mine + 1);
    open++;
    // Events that arrive while the snapshot is read wait for it, so none is lost and none goes first.
    let early: SellEvent[] | null = [];
    const send = (e: SellEvent): void => void res.write(`data: ${JSON.stringify(e)}\n\n`);
    const off = bus.follow(boothId, (e) => (early ? early.push(e) : send(e)));
    let gone = false;
    // The response's close: the page went away or the server ended the stream.
    res.on('close', () => {
      gone = true;
      off();
      open--;
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    });
    const snapshot = await bus.snapshot(boothId);
    if (gone) return; // the page went away while the pin was read
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      // nginx buffers proxied responses unless told not to; a stock count must not wait in a buffer.
      'X-Accel-Buffering': 'no',
    });
    res.write(`retry: ${RETRY_MS}\n\n`);
    send(snapshot);
    for (const e of early) send(e);
    early = null;
    const beat = setInterval(() => res.write(':\n\n'), HEARTBEAT_MS);
    res.on('close', () => clearInterval(beat));
  });

  router.put('/studio/booths/:boothId/pin', session, member, jsonBody, async (req, res) => {
    const body = PinBodySchema.safeParse(req.body);
    if (!body.success) return refuseOrder(res, 400, { error: 'invalid', fields: orderFieldErrors(body.error) });
    const r = await bus.pin(boothOf(req), body.data.listingId);
    if (!r.ok) return refuseOrder(res, 404, { error: r.reason });
    // Awaited: once the seller sees the pin, its tag is kept (it never fails the pin).
    if (r.pinned && onPin) await onPin(boothOf(req), r.pinned);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ listingId: r.pinned?.id ?? null });
  });

  return router;
}
