import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../../server/http/errors.ts';
import { serveClient } from '../../server/http/static.ts';

// The static layer on a throwaway dist folder, so this runs before `vite build`.
describe('serving the built client', () => {
  let server: Server;
  let base: string;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'seeot-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>시웃월드</title>');
    writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log("시웃월드");\n'.repeat(500));
    const app = express();
    app.use('/api', (_req, res) => {
      res.status(404).json({ error: 'not_found' });
    });
    serveClient(app, dist);
    app.use(errorHandler(pino({ level: 'silent' })));
    server = createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('sends hashed assets compressed and immutable', async () => {
    const r = await fetch(`${base}/assets/app-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-encoding')).toBe('gzip');
    expect(r.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('falls back to index.html for client routes so deep links work', async () => {
    for (const path of ['/world', '/list', '/booth/awareness']) {
      const r = await fetch(`${base}${path}`);
      expect(r.status, path).toBe(200);
      expect(await r.text()).toContain('시웃월드');
    }
  });

  it('answers a missing asset with a JSON 404: not the page, no stack, no file path', async () => {
    const r = await fetch(`${base}/assets/missing.js`);
    expect(r.status).toBe(404);
    const text = await r.text();
    expect(JSON.parse(text)).toEqual({ error: 'not_found' });
    expect(text).not.toContain(dist);
  });
});
