import type { Express, RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sendPrecompressed, servePrecompressed } from './precompressed.ts';

/** What the client answers: GET and HEAD of any path outside the API, health and metrics. */
const CLIENT_PATHS = /^\/(?!api\/|healthz|readyz|metrics).*/;

/**
 * Serves the built client (dist/client), compressed at build time (precompressed.ts). Hashed
 * assets are immutable; every other path is a page: `pages` renders it on the server (ssr.ts), or,
 * without a server build, index.html answers so client routes (/world, /list, /booth/:id) deep-link
 * and render in the browser. Other methods fall through to the app's JSON 404.
 */
export function serveClient(app: Express, distDir: string, pages?: RequestHandler | null): void {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) {
    app.get(CLIENT_PATHS, (_req, res) => {
      res.status(503).type('text/plain').send('The client is not built. Run `npm start` (it builds) or `npm run build`.');
    });
    return;
  }
  app.use('/assets', servePrecompressed(join(distDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(servePrecompressed(distDir, { maxAge: '1h' }));
  if (pages) {
    app.get(CLIENT_PATHS, pages);
    return;
  }
  app.get(CLIENT_PATHS, (req, res, next) => {
    res.set('Cache-Control', 'no-cache');
    sendPrecompressed(req, res, next, index, { cacheControl: false });
  });
}
