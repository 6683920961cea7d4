/** GET /metrics in Prometheus text format. Mount at the app root (not under /api). */
import { Router } from 'express';
import { metrics as processMetrics, type Metrics } from './metrics.ts';

export function metricsRoutes(m: Metrics = processMetrics): Router {
  const router = Router();
  router.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', m.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.send(await m.text());
  });
  return router;
}
