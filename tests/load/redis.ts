/**
 * A private, throwaway redis-server on a free loopback port (no persistence), for the scale-out
 * test and bench:fair. Ready means it answered PING: each line redis prints triggers another try (a
 * line that comes during a try gets one after it), so there is no fixed sleep and no retry timer.
 */
import type { RedisPresence } from '@colyseus/redis-presence';
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { freePort } from '../helpers/serverProcess.ts';

export interface PrivateRedis {
  url: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1', () => s.write('PING\r\n'));
    s.once('data', (d) => {
      resolve(d.toString() === '+PONG\r\n');
      s.end();
    });
    s.once('error', () => resolve(false));
  });
}

/** Redis servers still running: killed when this process exits however it exits, so none outlives a bench or a test. */
const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

export async function startRedis(bin = 'redis-server'): Promise<PrivateRedis> {
  const port = await freePort();
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  child.once('exit', () => live.delete(child));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not answer PING in 15 s:\n${out}`)), 15_000);
    // A line that arrives while a PING is on its way sets `again`, so the line that says "Ready" is
    // always followed by a PING even when an earlier, refused one was still in flight.
    let trying = false;
    let again = false;
    let done = false;
    const attempt = async () => {
      again = true;
      if (trying || done) return;
      trying = true;
      while (again && !done) {
        again = false;
        if (await ping(port)) {
          done = true;
          clearTimeout(timer);
          resolve();
        }
      }
      trying = false;
    };
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      void attempt();
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!done) reject(new Error(`redis-server exited (${code}):\n${out}`));
    });
  });
  return { url: `redis://127.0.0.1:${port}`, port, pid: child.pid!, stop };
}

/** `INFO` of a redis-server as key → value (all sections), over a plain socket. */
export function redisInfo(port: number): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const s = connect(port, '127.0.0.1', () => s.write('INFO all\r\n'));
    s.on('data', (d) => {
      buf += d.toString();
      const header = /^\$(\d+)\r\n/.exec(buf);
      if (header && Buffer.byteLength(buf) >= header[0].length + Number(header[1])) {
        s.end();
        const info = new Map<string, string>();
        for (const line of buf.slice(header[0].length).split('\r\n')) {
          const i = line.indexOf(':');
          if (i > 0) info.set(line.slice(0, i), line.slice(i + 1));
        }
        resolve(info);
      }
    });
    s.once('error', reject);
  });
}

/** PUBLISH calls so far (each hall line, count report or moderation effect is one). */
export async function publishCalls(port: number): Promise<number> {
  const stat = (await redisInfo(port)).get('cmdstat_publish') ?? '';
  return Number(/calls=(\d+)/.exec(stat)?.[1] ?? 0);
}

/**
 * Closes a RedisPresence and waits for it: its own shutdown() sends QUIT on both of its clients without
 * awaiting them, so a Redis stopped right after rejected those QUITs ("Connection is closed") as
 * unhandled rejections in the test process (CI: scaleout.test.ts).
 */
export async function closePresence(p: RedisPresence | undefined): Promise<void> {
  if (!p) return;
  const clients = p as unknown as { sub: { quit(): Promise<unknown> }; pub: { quit(): Promise<unknown> } };
  await Promise.all([clients.sub.quit(), clients.pub.quit()].map((q) => q.catch(() => undefined)));
}
