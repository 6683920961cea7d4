import { matchMaker } from '@colyseus/core';
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { matchmakerNotReady } from '../../server/http/ready.ts';
import { startPostgres, type PrivatePostgres } from '../helpers/postgres.ts';
import { freePort, startServer, type RunningServer } from '../helpers/serverProcess.ts';

/** Required with REDIS_URL; any 32+ characters. */
const SECRET = 'readiness-test-secret-0123456789abcdef';

interface Probe {
  status: number;
  body: unknown;
}

async function probe(url: string): Promise<Probe> {
  const r = await fetch(url);
  return { status: r.status, body: await r.json() };
}

/** Asks every 50 ms until `pred` holds for an answer, or fails after `ms`. */
async function probeUntil(url: string, pred: (p: Probe) => boolean, ms = 15_000): Promise<Probe> {
  const end = Date.now() + ms;
  let last: Probe | undefined;
  while (Date.now() < end) {
    last = await probe(url);
    if (pred(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} never answered as expected; last: ${JSON.stringify(last)}`);
}

/** redis-server on `port` (no persistence); resolves once it answers PING. */
async function redisOn(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const end = Date.now() + 15_000;
  for (;;) {
    const pong = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1', () => s.write('PING\r\n'));
      s.once('data', (d) => {
        resolve(d.toString() === '+PONG\r\n');
        s.end();
      });
      s.once('error', () => resolve(false));
      s.once('close', () => resolve(false));
    });
    if (pong) return child;
    if (Date.now() > end || child.exitCode !== null) throw new Error(`redis-server did not start on ${port}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  return exited;
}

describe('readiness (/readyz) beside liveness (/healthz)', () => {
  const cleanup: (() => Promise<unknown> | void)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });
  // With REDIS_URL the venue is in a shared PostgreSQL.
  let postgres: PrivatePostgres;
  beforeAll(async () => {
    postgres = await startPostgres();
  }, 60_000);
  afterAll(() => postgres?.stop());
  const serve = async (env: Record<string, string>): Promise<RunningServer> => {
    const srv = await startServer({ DATABASE_URL: postgres.url, ...env });
    cleanup.push(() => {
      srv.child.kill('SIGKILL');
      return srv.exited;
    });
    return srv;
  };

  it('a matchmaker that is not accepting seats is starting, or stopping once a stop began', () => {
    expect(matchmakerNotReady(undefined)).toBe('starting');
    expect(matchmakerNotReady(matchMaker.MatchMakerState.INITIALIZING)).toBe('starting');
    expect(matchmakerNotReady(matchMaker.MatchMakerState.READY)).toBeNull();
    expect(matchmakerNotReady(matchMaker.MatchMakerState.SHUTTING_DOWN)).toBe('stopping');
  });

  it('is ready once listening; answers 503 "stopping" from the start of a graceful stop while /healthz still answers 200', async () => {
    const port = await freePort();
    const redis = await redisOn(port);
    cleanup.push(() => stopped(redis));
    const srv = await serve({ SESSION_SECRET: SECRET, REDIS_URL: `redis://127.0.0.1:${port}` });
    const ready = await fetch(`${srv.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(await ready.json()).toEqual({ ready: true });

    // Redis frozen (not gone: its socket stays open), the stop waits on its first Redis call, with
    // the port still open: what a load balancer sees while visitors are being sent off.
    redis.kill('SIGSTOP');
    cleanup.push(() => void redis.kill('SIGCONT'));
    srv.child.kill('SIGTERM');
    // A probe that reached the server before the signal waits on the frozen Redis: redis_unreachable.
    const during = await probeUntil(`${srv.url}/readyz`, (p) => (p.body as { reason?: string }).reason === 'stopping');
    expect(during).toEqual({ status: 503, body: { ready: false, reason: 'stopping' } });
    expect(await probe(`${srv.url}/healthz`)).toEqual({ status: 200, body: { ok: true } });

    redis.kill('SIGCONT');
    expect(await srv.exited, srv.output()).toEqual({ code: 0, signal: null });
  }, 40_000);

  it('with REDIS_URL: 503 "redis_unreachable" while Redis is down, ready again when it is back; /healthz 200 throughout', async () => {
    const port = await freePort();
    let redis = await redisOn(port);
    cleanup.push(() => stopped(redis));
    const srv = await serve({ SESSION_SECRET: SECRET, REDIS_URL: `redis://127.0.0.1:${port}` });
    expect(await probe(`${srv.url}/readyz`)).toEqual({ status: 200, body: { ready: true } });

    await stopped(redis);
    const down = await probeUntil(`${srv.url}/readyz`, (p) => p.status !== 200);
    expect(down).toEqual({ status: 503, body: { ready: false, reason: 'redis_unreachable' } });
    expect(await probe(`${srv.url}/healthz`)).toEqual({ status: 200, body: { ok: true } });

    redis = await redisOn(port);
    expect(await probeUntil(`${srv.url}/readyz`, (p) => p.status === 200)).toEqual({ status: 200, body: { ready: true } });
  }, 60_000);
});
