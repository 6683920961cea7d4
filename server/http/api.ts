import { Router } from 'express';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { IdSchema } from '../../shared/schemas/localized.ts';
import type { VenueSource } from '../venue/venueSource.ts';
import { notFound, sendError } from './errors.ts';

/**
 * Read-only venue API: the merged venue (brochure + stored edits, validated when it was merged),
 * with the venue version it was read at in `Venue-Version`.
 */
export function catalogueRoutes(source: VenueSource): Router {
  const r = Router();
  r.get('/catalogue', async (_req, res) => {
    const { venue, version } = await source.getVenue();
    res.set({ 'Cache-Control': 'no-cache', 'Venue-Version': String(version) }).json(venue);
  });
  r.get('/booths/:id', async (req, res) => {
    const id = IdSchema.safeParse(req.params.id);
    const { venue, version } = await source.getVenue();
    const booth = id.success ? findBooth(venue, id.data) : undefined;
    if (!booth) {
      sendError(res, 404, 'not_found');
      return;
    }
    res.set('Venue-Version', String(version)).json(booth);
  });
  // Ends /api: an unknown API route is a JSON 404, never the client page.
  r.use(notFound);
  return r;
}
