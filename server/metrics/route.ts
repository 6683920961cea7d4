/**
 * GET /metrics in Prometheus text format, for a scraper holding METRICS_TOKEN (Authorization:
 * Bearer). The series tell Node's version, memory and visitor counts, so without a token the route
 * does not exist (404) and with one a wrong or missing token gets 401. Never readable cross-origin.
 * Mount at the app root (not under /api).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import { CORS_RESPONSE_HEADERS } from '../http/cors.ts';
import { sendError } from '../http/errors.ts';
import { metrics as processMetrics, type Metrics } from './metrics.ts';

/** Equal-length digests so the comparison takes the same time whatever was sent. */
const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

function bearerMatches(header: string | undefined, expected: Buffer): boolean {
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
  return timingSafeEqual(digest(token), expected);
}

export function metricsRoutes(token: string | undefined, m: Metrics = processMetrics): Router {
  const router = Router();
  if (token === undefined) {
    router.all('/metrics', (_req, res) => sendError(res, 404, 'not_found'));
    return router;
  }
  const expected = digest(token);
  router.get('/metrics', async (req, res) => {
    for (const name of CORS_RESPONSE_HEADERS) res.removeHeader(name);
    res.setHeader('Cache-Control', 'no-store');
    if (!bearerMatches(req.get('authorization'), expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      return sendError(res, 401, 'unauthorized');
    }
    res.setHeader('Content-Type', m.contentType);
    res.send(await m.text());
  });
  return router;
}
