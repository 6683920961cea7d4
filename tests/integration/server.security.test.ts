import express from 'express';
import { readFileSync } from 'node:fs';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../../server/http/errors.ts';
import { strictTransportSecurity } from '../../server/http/securityHeaders.ts';
import { repoRoot, startServer, type RunningServer } from '../helpers/serverProcess.ts';

const SECRET = 'security-test-secret-0123456789-abcdefghij';
const FRIEND = 'http://friend.example:8080';
const EVIL = 'http://evil.example';
const MB = 1024 * 1024;

/** Resident memory of a process in bytes, as the kernel counts it. */
function rssOf(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

/**
 * Resolves once the process's memory holds still (two reads 500 ms apart within 2 MB). For a second
 * or two after boot V8 optimises the embedded database's WebAssembly in the background, and the
 * process grows by hundreds of MB and falls back: growth measured then is not the request's.
 */
async function rssSettled(pid: number): Promise<void> {
  for (let last = rssOf(pid); ; ) {
    await new Promise((r) => setTimeout(r, 500));
    const now = rssOf(pid);
    if (Math.abs(now - last) < 2 * MB) return;
    last = now;
  }
}

interface HugePostResult {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** Body bytes written before the answer came. */
  sent: number;
  ms: number;
}

/**
 * POSTs up to `total` bytes of JSON-ish filler, declared up front (content-length) or streamed
 * (chunked), and stops sending as soon as the server answers: a server that reads everything first
 * answers only after the whole body went out.
 */
function hugePost(url: string, total: number, mode: 'declared' | 'chunked'): Promise<HugePostResult> {
  const started = Date.now();
  const chunk = Buffer.alloc(MB, 0x20);
  return new Promise((resolve, reject) => {
    let answered = false;
    let sent = 0;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (mode === 'declared') headers['content-length'] = String(total);
    else headers['transfer-encoding'] = 'chunked';
    const req = request(url, { method: 'POST', headers });
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, sent, ms: Date.now() - started });
        req.destroy();
      });
    });
    // The server closing the connection under a body it refused is expected once it has answered.
    req.on('error', (e) => {
      if (!answered) reject(e);
    });
    const pump = (): void => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered && mode === 'chunked') req.end();
    };
    pump();
  });
}

// The real server process, as `npm start` runs it: NODE_ENV unset, one allowed extra origin.
describe('HTTP edge of the real server', () => {
  let srv: RunningServer;
  beforeAll(async () => {
    srv = await startServer({ SESSION_SECRET: SECRET, CORS_ORIGINS: FRIEND });
  }, 40_000);
  afterAll(async () => {
    srv.child.kill('SIGTERM');
    await srv.exited;
  });

  it('refuses 50 MB bodies with 413 at once on every route kind, without the process growing', async () => {
    const pid = srv.child.pid!;
    await rssSettled(pid);
    for (const path of ['/matchmake/joinOrCreate/hall', '/api/staff/bans', '/api/booths/seeot-school', '/world']) {
      for (const mode of ['declared', 'chunked'] as const) {
        const before = rssOf(pid);
        const r = await hugePost(`${srv.url}${path}`, 50 * MB, mode);
        const what = `${mode} POST ${path}`;
        expect(r.status, what).toBe(413);
        expect(r.headers['content-type'], what).toMatch(/application\/json/);
        expect(JSON.parse(r.body), what).toEqual({ error: 'too_large' });
        expect(r.sent, `${what}: answered before the body was sent`).toBeLessThan(50 * MB);
        expect(r.ms, what).toBeLessThan(5000);
        // Buffering the body would add at least its 50 MB; what the client sent before it read the
        // answer (a few MB in socket buffers) may pass through as garbage.
        expect(rssOf(pid) - before, `${what}: RSS growth`).toBeLessThan(16 * MB);
      }
    }
  }, 60_000);

  it('a body just over the limit gets its 413 and leaves the connection usable: the next request goes on the same socket', async () => {
    // One kept-alive socket: a refused body read to its end (not left unread and cut) lets a client
    // read the 413 whenever it gets to it, and go on, instead of meeting a reset.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, path: string, body?: string) =>
      new Promise<{ status: number; text: string; reused: boolean }>((resolve, reject) => {
        const req = request(`${srv.url}${path}`, { method, agent, headers: body === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } });
        req.on('response', (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text, reused: req.reusedSocket }));
        });
        req.on('error', reject);
        req.end(body);
      });
    try {
      const refused = await send('POST', '/api/staff/bans', JSON.stringify({ pad: 'x'.repeat(20 * 1024) }));
      expect(refused.status).toBe(413);
      expect(JSON.parse(refused.text)).toEqual({ error: 'too_large' });
      const next = await send('GET', '/healthz');
      expect(next.status).toBe(200);
      expect(next.reused, 'the second request on the socket of the refused one').toBe(true);
    } finally {
      agent.destroy();
    }
  });

  it('still takes a small matchmaking body (the limit leaves room for join options)', async () => {
    const r = await fetch(`${srv.url}/matchmake/joinOrCreate/hall`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ filler: 'x'.repeat(4000) }),
    });
    expect(r.status).toBe(426); // read and refused by the room for lacking a protocol version
    expect(await r.json()).toMatchObject({ error: 'clientTooOld' });
  });

  it('gives another origin no CORS access to the session or matchmaking', async () => {
    const probes: [string, RequestInit][] = [
      ['/api/session', {}],
      ['/matchmake/joinOrCreate/hall', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }],
      ['/matchmake/joinOrCreate/hall', { method: 'OPTIONS', headers: { 'access-control-request-method': 'POST' } }],
      ['/api/session', { method: 'OPTIONS', headers: { 'access-control-request-method': 'GET' } }],
    ];
    for (const [path, init] of probes) {
      const r = await fetch(`${srv.url}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), origin: EVIL } });
      const what = `${init.method ?? 'GET'} ${path}`;
      expect(r.headers.get('access-control-allow-origin'), what).toBeNull();
      expect(r.headers.get('access-control-allow-credentials'), what).toBeNull();
    }
  });

  it('gives an origin named in CORS_ORIGINS credentialed access', async () => {
    const session = await fetch(`${srv.url}/api/session`, { headers: { origin: FRIEND } });
    expect(session.headers.get('access-control-allow-origin')).toBe(FRIEND);
    expect(session.headers.get('access-control-allow-credentials')).toBe('true');
    expect(session.headers.get('vary')).toMatch(/origin/i);
    const preflight = await fetch(`${srv.url}/matchmake/joinOrCreate/hall`, {
      method: 'OPTIONS',
      headers: { origin: FRIEND, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(FRIEND);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
  });

  it('sends the security headers on pages, API answers and matchmaking, and no HSTS over plain HTTP', async () => {
    for (const [path, init] of [
      ['/healthz', {}],
      ['/api/catalogue', {}],
      ['/world', {}],
      ['/matchmake/joinOrCreate/hall', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }],
    ] as [string, RequestInit][]) {
      const h = (await fetch(`${srv.url}${path}`, init)).headers;
      const csp = h.get('content-security-policy') ?? '';
      for (const directive of ["default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
        expect(csp, `${path}: ${directive}`).toContain(directive);
      }
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).not.toContain('unsafe-eval');
      expect(h.get('x-content-type-options'), path).toBe('nosniff');
      expect(h.get('x-frame-options'), path).toBe('DENY');
      expect(h.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(h.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(h.get('permissions-policy'), path).toMatch(/camera=\(self\).*microphone=\(self\).*geolocation=\(\)/);
      expect(h.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('answers a malformed path with 400 JSON and no stack or file paths', async () => {
    const r = await fetch(`${srv.url}/api/booths/%`);
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    const text = await r.text();
    expect(JSON.parse(text)).toEqual({ error: 'bad_request' });
    expect(text).not.toContain(repoRoot);
  });

  it('answers malformed JSON with 400 JSON and logs one line without the body', async () => {
    const marker = 'BODY-MARKER-never-logged';
    const r = await fetch(`${srv.url}/api/staff/announce`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"text": "${marker}",` });
    expect(r.status).toBe(400);
    const text = await r.text();
    expect(JSON.parse(text)).toEqual({ error: 'malformed_json' });
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
    const line = () => srv.output().split('\n').find((l) => l.includes('"path":"/api/staff/announce"'));
    await until(() => line() !== undefined, 'the error log line');
    expect(JSON.parse(line()!)).toMatchObject({ method: 'POST', path: '/api/staff/announce', status: 400 });
    expect(srv.output()).not.toContain(marker);
  });

  it('answers unknown routes of any method with a JSON 404', async () => {
    for (const [path, method] of [['/nothing-here', 'POST'], ['/api/nothing', 'DELETE'], ['/metrics', 'GET']]) {
      const r = await fetch(`${srv.url}${path}`, { method });
      expect(r.status, `${method} ${path}`).toBe(404);
      expect(await r.json(), `${method} ${path}`).toEqual({ error: 'not_found' });
    }
  });
});

describe('HTTP edge pieces in-process', () => {
  it('sends HSTS only when the request came over HTTPS (as the trusted proxy says)', async () => {
    const app = express();
    app.set('trust proxy', 'loopback');
    app.use(strictTransportSecurity);
    app.get('/', (_req, res) => void res.json({ ok: true }));
    await withServer(app, async (base) => {
      expect((await fetch(base)).headers.get('strict-transport-security')).toBeNull();
      const https = await fetch(base, { headers: { 'x-forwarded-proto': 'https' } });
      expect(https.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
    });
  });

  it('answers an unexpected failure with 500 {"error":"internal"}, logging the message but not sending it', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const app = express();
    app.get('/boom', () => {
      throw new Error(`cannot open ${repoRoot}/.data/secret`);
    });
    app.use(errorHandler(log));
    await withServer(app, async (base) => {
      const r = await fetch(`${base}/boom?staff=token-in-query`);
      expect(r.status).toBe(500);
      const text = await r.text();
      expect(JSON.parse(text)).toEqual({ error: 'internal' });
      expect(text).not.toContain(repoRoot);
    });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ method: 'GET', path: '/boom', status: 500 });
    expect(lines[0]).toContain('cannot open');
    expect(lines[0]).not.toContain('token-in-query');
  });
});

async function withServer(app: express.Express, run: (base: string) => Promise<void>): Promise<void> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.close();
  }
}

async function until(pred: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
