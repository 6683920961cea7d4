import { Router } from 'express';
import { findBooth } from '../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { IdSchema } from '../../shared/schemas/localized.ts';
import { notFound, sendError } from './errors.ts';

/** Read-only catalogue API. The catalogue was validated at boot; responses are the parsed data. */
export function catalogueRoutes(catalogue: Catalogue): Router {
  const r = Router();
  r.get('/catalogue', (_req, res) => {
    res.set('Cache-Control', 'no-cache').json(catalogue);
  });
  r.get('/booths/:id', (req, res) => {
    const id = IdSchema.safeParse(req.params.id);
    const booth = id.success ? findBooth(catalogue, id.data) : undefined;
    if (!booth) {
      sendError(res, 404, 'not_found');
      return;
    }
    res.json(booth);
  });
  // Ends /api: an unknown API route is a JSON 404, never the client page.
  r.use(notFound);
  return r;
}
