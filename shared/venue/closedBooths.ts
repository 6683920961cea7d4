/**
 * Closed booths leave the venue: the world lays out without them, /list and the API stop showing
 * them, and reopening one brings it back where the layout puts it. Only enterprise booths close:
 * a programme is part of the brochure's value chain (a stage needs at least one, enterprises name
 * theirs), so removing one would leave the venue without a shape the schema allows.
 */
import type { Catalogue } from '../schemas/catalogue.ts';

export function withoutClosedBooths(venue: Catalogue, closed: ReadonlySet<string>): Catalogue {
  if (closed.size === 0) return venue;
  return { ...venue, enterprises: venue.enterprises.filter((e) => !closed.has(e.id)) };
}
