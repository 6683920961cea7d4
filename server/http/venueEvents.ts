/**
 * `GET /api/venue/events` (shared/api/venueEvents.ts): each venue change this process learns of
 * (venue/venueWatch.ts) pushed to pages that have no hall connection, so /list and the landing page
 * update in place. Server-Sent Events rather than a poll: one idle connection per open page, and the
 * change arrives as soon as the process has it. A comment line every HEARTBEAT_MS keeps proxies from
 * closing an idle stream; the browser's EventSource reconnects by itself after RETRY_MS.
 */
import { Router } from 'express';
import { venueHash, type VenueEvent } from '../../shared/api/venueEvents.ts';
import type { VenueSource, VenueState } from '../venue/venueSource.ts';
import type { VenueWatch } from '../venue/venueWatch.ts';

const HEARTBEAT_MS = 25_000;
const RETRY_MS = 2_000;
/**
 * Streams held open at once per client address, and by the whole process: each is a socket and a
 * listener, so one address must not be able to hold thousands. A classroom behind one address opens
 * a tab or two per pupil; past the cap a page gets 429 and its EventSource retries later.
 */
export const MAX_STREAMS_PER_ADDRESS = 200;
export const MAX_STREAMS = 10_000;

export function venueEventRoutes(source: VenueSource, watch: VenueWatch): Router {
  // Hashing a 200-booth venue takes a few ms: once per version, not per page.
  let memo: VenueEvent | undefined;
  const eventOf = (s: VenueState): VenueEvent => {
    if (memo?.version !== s.version) memo = { version: s.version, hash: venueHash(s.venue) };
    return memo;
  };
  const perAddress = new Map<string, number>();
  let open = 0;
  const r = Router();
  r.get('/venue/events', async (req, res) => {
    const address = req.ip ?? '';
    const mine = perAddress.get(address) ?? 0;
    if (mine >= MAX_STREAMS_PER_ADDRESS || open >= MAX_STREAMS) {
      res.setHeader('Retry-After', '30');
      res.status(429).json({ error: 'rateLimited' });
      return;
    }
    perAddress.set(address, mine + 1);
    open++;
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      open--;
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    };
    // The response's close: the page went away or the server ended the stream (the request's
    // own close only says its body was read).
    res.on('close', release);
    await source.getVenue(); // a recheck when due, so a new page starts from the newest
    if (released) return; // the page went away while the venue was read
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      // nginx buffers proxied responses unless told not to; an event must not wait in a buffer.
      'X-Accel-Buffering': 'no',
    });
    const send = (s: VenueState): void => void res.write(`data: ${JSON.stringify(eventOf(s))}\n\n`);
    res.write(`retry: ${RETRY_MS}\n\n`);
    send(source.current());
    const off = watch.subscribe(send);
    const beat = setInterval(() => res.write(':\n\n'), HEARTBEAT_MS);
    res.on('close', () => {
      clearInterval(beat);
      off();
    });
  });
  return r;
}
