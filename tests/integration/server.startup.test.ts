/**
 * Boot failures an operator must be able to act on: the real server process stops by itself with
 * one line naming the variable (or file) to fix, no stack trace; and a client's oversize frame is
 * a warning, not an error.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SECRET_FILE } from '../../server/auth/secret.ts';
import { freePort, runServerExpectingExit, startServer } from '../helpers/serverProcess.ts';
import { waitFor } from './room-boot.ts';

const SECRET = 'startup-test-secret-0123456789abcdefghij';
/** REDIS_URL needs DATABASE_URL beside it; Redis is probed first, so nothing has to answer here. */
const UNREACHED_DATABASE = 'postgres://127.0.0.1:1/seeot';
const STACK_FRAME = /\n\s+at /;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function listenOnce(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
}

/** Boots a server expecting it to stop; `exitedInMs` from spawn to exit. */
async function boot(env: Record<string, string>) {
  const t0 = Date.now();
  const r = await runServerExpectingExit({ HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env });
  return { ...r, exitedInMs: Date.now() - t0 };
}

// Each test boots a real server process (1-2 s, more on a busy machine).
describe('server startup', { timeout: 30_000 }, () => {
  it('stops at once when HOST does not resolve, naming HOST', async () => {
    const r = await boot({ PORT: String(await freePort()), HOST: 'no-such-host.invalid' });
    expect(r.code, r.output).toBe(1);
    expect(r.output).toMatch(/HOST no-such-host\.invalid does not resolve/);
    expect(r.output).not.toMatch(STACK_FRAME);
  });

  it('stops at once when PORT is taken, naming PORT', async () => {
    const holder = createServer();
    const port = await listenOnce(holder);
    cleanups.push(() => holder.close());
    const r = await boot({ PORT: String(port) });
    expect(r.code, r.output).toBe(1);
    expect(r.output).toMatch(new RegExp(`PORT ${port} is already in use`));
    expect(r.output).not.toMatch(STACK_FRAME);
  });

  it('refuses a REDIS_URL that is not a redis:// URL, naming it', async () => {
    const r = await boot({ PORT: String(await freePort()), REDIS_URL: 'localhost:6379', SESSION_SECRET: SECRET });
    expect(r.code, r.output).toBe(1);
    expect(r.output).toMatch(/REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/);
  });

  it('stops within seconds when nothing listens at REDIS_URL, naming it', async () => {
    const r = await boot({ PORT: String(await freePort()), REDIS_URL: 'redis://127.0.0.1:1', DATABASE_URL: UNREACHED_DATABASE, SESSION_SECRET: SECRET });
    expect(r.code, r.output).toBe(1);
    expect(r.output).toMatch(/REDIS_URL \(127\.0\.0\.1:1\): cannot connect \(ECONNREFUSED\)/);
    expect(r.output).not.toMatch(STACK_FRAME);
    // ioredis' own retries gave up after about 11 s; boot itself takes 1-2 s.
    expect(r.exitedInMs).toBeLessThan(8000);
  });

  it('stops when what answers at REDIS_URL is not Redis, naming it', async () => {
    const notRedis = createServer((socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
    const port = await listenOnce(notRedis);
    cleanups.push(() => notRedis.close());
    const r = await boot({ PORT: String(await freePort()), REDIS_URL: `redis://127.0.0.1:${port}`, DATABASE_URL: UNREACHED_DATABASE, SESSION_SECRET: SECRET });
    expect(r.code, r.output).toBe(1);
    expect(r.output).toMatch(new RegExp(`REDIS_URL \\(127\\.0\\.0\\.1:${port}\\): what answers there is not Redis`));
  });

  it('refuses a session-secret file of random bytes, naming the file and what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeot-startup-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, SECRET_FILE);
    writeFileSync(file, randomBytes(64));
    const r = await boot({ PORT: String(await freePort()), DATA_DIR: dir });
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain(`${file} is not a session secret`);
    expect(r.output).toMatch(/delete it .*or set SESSION_SECRET/);
    expect(r.output).not.toMatch(STACK_FRAME);
  });
});

describe('a client frame above maxPayload', { timeout: 30_000 }, () => {
  it('is a warn-level one-liner, and the server keeps serving', async () => {
    const srv = await startServer();
    cleanups.push(() => srv.child.kill('SIGKILL'));
    // A socket that never joins a room, as a scanner or a broken client would open.
    const ws = new WebSocket(`ws://127.0.0.1:${srv.port}/`);
    const closed = new Promise<number>((resolve) => ws.addEventListener('close', (e) => resolve(e.code)));
    ws.addEventListener('open', () => ws.send(new Uint8Array(8 * 1024)));
    expect(await closed).toBe(1009);
    await waitFor(() => srv.output().includes('WebSocket frame refused'), 5000, 'the refused-frame log line');
    const lines = srv
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { level: number; msg: string; reason?: string });
    expect(lines.find((l) => l.msg.includes('WebSocket frame refused'))).toMatchObject({ level: 40, reason: 'Max payload size exceeded' });
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(srv.output()).not.toMatch(STACK_FRAME);
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
  });
});
