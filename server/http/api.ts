import { Router } from 'express';
import { findBooth } from '../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { IdSchema } from '../../shared/schemas/localized.ts';

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
      res.status(404).json({ error: 'not_found', message: `No booth with id "${req.params.id}"` });
      return;
    }
    res.json(booth);
  });
  r.use((_req, res) => {
    res.status(404).json({ error: 'not_found', message: 'Unknown API route' });
  });
  return r;
}
