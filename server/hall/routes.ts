import { Router } from 'express';
import { listShards } from './shards.ts';

/** `/api/hall/*`: the shard picker's data. Occupancy only; no visitor names leave the rooms here. */
export function hallRoutes(): Router {
  const r = Router();
  r.get('/shards', async (_req, res, next) => {
    try {
      res.set('Cache-Control', 'no-store').json({ shards: await listShards() });
    } catch (e) {
      next(e);
    }
  });
  return r;
}
