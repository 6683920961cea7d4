import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFiles } from '../../scripts/vite/precompress.ts';
import { errorHandler } from '../../server/http/errors.ts';
import { serveClient } from '../../server/http/static.ts';

interface RawReply {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes on the wire, not decoded (fetch would undo Content-Encoding). */
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawReply> {
  const { hostname, port, origin } = new URL(url);
  // The path as written: a URL object would resolve `%2e%2e` segments before they are sent.
  const path = url.slice(origin.length);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const CHROME = 'gzip, deflate, br, zstd';
const varies = (r: RawReply): boolean => /accept-encoding/i.test(String(r.headers.vary ?? ''));

// The static layer on a throwaway dist folder, precompressed by the function the build runs, so
// this runs before `vite build`.
describe('serving the built client', () => {
  let server: Server;
  let base: string;
  let dist: string;
  const script = Buffer.from('console.log("시웃월드");\n'.repeat(500));
  const font = Buffer.from('wOF2 a font is compressed already '.repeat(40));
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'seeot-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), `<!doctype html><title>시웃월드</title>${'<p>전시</p>'.repeat(100)}`);
    writeFileSync(join(dist, 'assets', 'app-abc123.js'), script);
    writeFileSync(join(dist, 'assets', 'sign-abc123.woff2'), font);
    await precompressFiles(dist, ['index.html', 'assets/app-abc123.js', 'assets/sign-abc123.woff2']);
    // Written after the build's pass: text with no .br/.gz beside it.
    writeFileSync(join(dist, 'assets', 'late-abc123.js'), script);
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

  it('sends a built asset as its Brotli file when the browser takes br, immutable, and it decodes to the asset', async () => {
    const r = await get(`${base}/assets/app-abc123.js`, { 'accept-encoding': CHROME });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['content-type']).toMatch(/^text\/javascript/);
    expect(varies(r)).toBe(true);
    expect(r.headers['cache-control']).toMatch(/immutable/);
    expect(r.headers.etag).toBeTruthy();
    expect(Number(r.headers['content-length'])).toBe(r.body.byteLength);
    expect(r.body.byteLength).toBeLessThan(script.byteLength / 4);
    expect(r.body.equals(readFileSync(join(dist, 'assets', 'app-abc123.js.br')))).toBe(true);
    expect(brotliDecompressSync(r.body).equals(script)).toBe(true);
  });

  it('sends the gzip file when only gzip is accepted, or when gzip weighs more', async () => {
    for (const accept of ['gzip', 'gzip, deflate', 'br;q=0.5, gzip', 'br;q=0, *']) {
      const r = await get(`${base}/assets/app-abc123.js`, { 'accept-encoding': accept });
      expect(r.headers['content-encoding'], accept).toBe('gzip');
      expect(r.headers['content-type']).toMatch(/^text\/javascript/);
      expect(varies(r)).toBe(true);
      expect(gunzipSync(r.body).equals(script), accept).toBe(true);
    }
  });

  it('sends the file itself when no coding it has is accepted', async () => {
    for (const accept of [undefined, 'identity', 'deflate', 'br;q=0, gzip;q=0', 'zstd']) {
      const r = await get(`${base}/assets/app-abc123.js`, accept === undefined ? {} : { 'accept-encoding': accept });
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding'], String(accept)).toBeUndefined();
      expect(varies(r)).toBe(true);
      expect(r.body.equals(script)).toBe(true);
    }
  });

  it('compresses nothing per request: a text file without variants, and a font, go out as they are', async () => {
    const late = await get(`${base}/assets/late-abc123.js`, { 'accept-encoding': CHROME });
    expect(late.headers['content-encoding']).toBeUndefined();
    expect(late.body.equals(script)).toBe(true);
    const woff2 = await get(`${base}/assets/sign-abc123.woff2`, { 'accept-encoding': CHROME });
    expect(woff2.headers['content-encoding']).toBeUndefined();
    expect(woff2.headers['content-type']).toBe('font/woff2');
    expect(Number(woff2.headers['content-length'])).toBe(font.byteLength);
    expect(woff2.body.equals(font)).toBe(true);
    expect(varies(woff2)).toBe(false);
  });

  it('precompresses only what a browser is sent: no font, nothing under .vite/', async () => {
    mkdirSync(join(dist, '.vite'), { recursive: true });
    writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify({ a: 'b'.repeat(4000) }));
    expect(await precompressFiles(dist, ['.vite/manifest.json', 'assets/sign-abc123.woff2', 'assets/app-abc123.js'])).toEqual(['assets/app-abc123.js']);
    expect(existsSync(join(dist, '.vite', 'manifest.json.br'))).toBe(false);
    expect(existsSync(join(dist, 'assets', 'sign-abc123.woff2.br'))).toBe(false);
  });

  it('gives each coding its own ETag and answers a revalidation with 304', async () => {
    const br = await get(`${base}/assets/app-abc123.js`, { 'accept-encoding': 'br' });
    const gz = await get(`${base}/assets/app-abc123.js`, { 'accept-encoding': 'gzip' });
    const plain = await get(`${base}/assets/app-abc123.js`);
    expect(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size).toBe(3);
    const again = await get(`${base}/assets/app-abc123.js`, { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);
    const head = await get(`${base}/assets/app-abc123.js`, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(br.headers['content-length']);
  });

  it('falls back to index.html for client routes so deep links work, compressed and revalidated', async () => {
    for (const path of ['/world', '/list', '/booth/awareness']) {
      const r = await get(`${base}${path}`, { 'accept-encoding': CHROME });
      expect(r.status, path).toBe(200);
      expect(r.headers['content-encoding']).toBe('br');
      expect(r.headers['content-type']).toMatch(/^text\/html/);
      expect(r.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(r.body).toString()).toContain('시웃월드');
    }
    const plain = await get(`${base}/world`);
    expect(plain.body.toString()).toContain('시웃월드');
  });

  it('answers a missing asset with a JSON 404: not the page, no stack, no file path', async () => {
    for (const path of ['/assets/missing.js', '/assets/..%2f..%2fetc%2fpasswd', '/assets/%2e%2e/index.html', '/assets/.hidden']) {
      const r = await get(`${base}${path}`, { 'accept-encoding': CHROME });
      expect(r.status, path).toBe(404);
      expect(r.headers['content-encoding']).toBeUndefined();
      const text = r.body.toString();
      expect(JSON.parse(text)).toEqual({ error: 'not_found' });
      expect(text).not.toContain(dist);
    }
  });
});
