/**
 * `GET /api/venue/events`: the venue's changes as Server-Sent Events, for pages with no hall
 * connection (landing, /list, booth pages). One `data:` JSON line per event: at connect, the venue
 * as the server has it; then one after each change. `hash` is venueHash() of the venue's JSON, so a
 * server-rendered page (which has the venue but not its version) can tell whether it is current.
 */
import { z } from 'zod';
import { fnv1a64 } from '../protocol/venue.ts';

export const VENUE_EVENTS_PATH = '/api/venue/events';

export const VenueEventSchema = z.object({
  version: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{16}$/),
});
export type VenueEvent = z.infer<typeof VenueEventSchema>;

/** The venue's content as both sides serialize it (zod parses keep the schema's key order). */
export function venueHash(venue: unknown): string {
  return fnv1a64(JSON.stringify(venue));
}
