import { Router } from 'express';
import { z } from 'zod';
import { FairSlugSchema } from '../../shared/api/fairs.ts';
import { listShards } from './shards.ts';

/** `?fair=<slug>`: that timed fair's shards; left out (or empty), the permanent exhibition's. */
const ShardsQuerySchema = z.object({ fair: z.union([z.literal(''), FairSlugSchema]).default('') });

/** `/api/hall/*`: the shard picker's data. Occupancy only; no visitor names leave the rooms here. */
export function hallRoutes(): Router {
  const r = Router();
  r.get('/shards', async (req, res, next) => {
    const query = ShardsQuerySchema.safeParse(req.query);
    if (!query.success) return void res.status(400).json({ error: 'invalid' });
    try {
      res.set('Cache-Control', 'no-store').json({ shards: await listShards(query.data.fair) });
    } catch (e) {
      next(e);
    }
  });
  return r;
}
