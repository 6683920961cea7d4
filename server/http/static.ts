import compression from 'compression';
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the built client (dist/client) compressed. Hashed assets are immutable; every other
 * path falls back to index.html so client routes (/world, /list, /booth/:id) deep-link.
 */
export function serveClient(app: Express, distDir: string): void {
  app.use(compression());
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) {
    app.use((_req, res) => {
      res.status(503).type('text/plain').send('The client is not built. Run `npm start` (it builds) or `npm run build`.');
    });
    return;
  }
  app.use('/assets', express.static(join(distDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!api\/|healthz|metrics).*/, (_req, res) => {
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
}
