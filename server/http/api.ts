import { Router } from 'express';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { IdSchema } from '../../shared/schemas/localized.ts';
import type { VenueSource } from '../venue/venueSource.ts';
import { notFound, sendError } from './errors.ts';
import { venueBody } from './venueBody.ts';

/**
 * Read-only venue API: the merged venue (brochure + stored edits, validated when it was merged),
 * with the venue version it was read at in `Venue-Version`; the whole venue with an ETag (304 when unchanged)
 * and gzip or brotli when the client takes them.
 */
export function catalogueRoutes(source: VenueSource): Router {
  const r = Router();
  r.get('/catalogue', async (req, res) => {
    const { venue, version } = await source.getVenue();
    // Serialised and compressed once per venue: reads while edits land never queue behind JSON.stringify.
    const body = venueBody(venue);
    res.set({ 'Cache-Control': 'no-cache', 'Venue-Version': String(version), ETag: body.etag, Vary: 'Accept-Encoding' });
    if ((req.get('if-none-match') ?? '').split(',').some((t) => t.trim() === body.etag)) {
      res.status(304).end();
      return;
    }
    // Brotli whenever taken (browsers list gzip first at equal weight), then gzip, else plain.
    const encoding = req.acceptsEncodings('br') === 'br' ? 'br' : req.acceptsEncodings('gzip') === 'gzip' ? 'gzip' : 'identity';
    const bytes = await body.bytes(encoding);
    if (encoding !== 'identity') res.set('Content-Encoding', encoding);
    res.set({ 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(bytes.length) }).end(bytes);
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
