import { VENUE_EVENTS_PATH, VenueEventSchema, venueHash, type VenueEvent } from '../../shared/api/venueEvents.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { eventData } from './eventData.ts';

/**
 * The page's side of /api/venue/events (shared/api/venueEvents.ts): each event, checked with its
 * schema, goes to `onEvent` with the hash function a server-rendered page compares its venue by.
 * The browser's EventSource reconnects by itself (after the server's `retry`); a malformed event is
 * dropped. Loaded by catalogue.ts once the page has loaded.
 */
export function followVenueEvents(onEvent: (e: VenueEvent, hashOf: (c: Catalogue) => string) => void): () => void {
  const source = new EventSource(VENUE_EVENTS_PATH);
  source.onmessage = (m: MessageEvent<string>) => {
    const e = eventData(m, VenueEventSchema);
    if (e) onEvent(e, venueHash);
  };
  return () => source.close();
}
