/**
 * Boot's one question to REDIS_URL before Colyseus' Redis clients start: does Redis answer there,
 * with the URL's credentials? ioredis retries for ever in the background, so an unreachable
 * Redis stopped the server only after about 11 s, and a port where something else answers (an HTTP
 * server, a proxy) never did, with errors that named neither the variable nor the address.
 * The question is PING, after AUTH when the URL has a password, in Redis' wire protocol (RESP).
 */
import { isIP, connect as tcp, type Socket } from 'node:net';
import { connect as tls } from 'node:tls';

export class RedisUnreachableError extends Error {}

/** Long enough for a Redis across a data centre, short enough that a wrong URL stops boot at once. */
const REDIS_PROBE_TIMEOUT_MS = 2500;

function command(...args: string[]): string {
  return `*${args.length}\r\n` + args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('');
}

export function probeRedis(redisUrl: string, timeoutMs = REDIS_PROBE_TIMEOUT_MS): Promise<void> {
  const url = new URL(redisUrl);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = Number(url.port || 6379);
  const password = decodeURIComponent(url.password);
  const username = decodeURIComponent(url.username);
  const commands = password ? [username ? command('AUTH', username, password) : command('AUTH', password)] : [];
  commands.push(command('PING'));
  // host:port only: the URL may carry a password.
  const fail = (why: string) => new RedisUnreachableError(`REDIS_URL (${host}:${port}): ${why}`);
  const down = 'start Redis there or fix REDIS_URL';

  return new Promise((resolve, reject) => {
    const socket: Socket = url.protocol === 'rediss:' ? tls({ host, port, ...(isIP(host) ? {} : { servername: host }) }) : tcp({ host, port });
    const settle = (error?: RedisUnreachableError) => {
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    socket.setTimeout(timeoutMs, () => settle(fail(`no answer from Redis in ${timeoutMs / 1000} s: ${down}`)));
    socket.once('error', (e: NodeJS.ErrnoException) => settle(fail(`cannot connect (${e.code ?? e.message}): ${down}`)));
    socket.once(url.protocol === 'rediss:' ? 'secureConnect' : 'connect', () => socket.write(commands.join('')));
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const replies = received.split('\r\n');
      for (const reply of replies.slice(0, -1)) {
        if (reply.startsWith('-')) return settle(fail(`Redis refused: ${reply.slice(1)} (a password goes in the URL: redis://:password@host:port)`));
        if (!reply.startsWith('+')) return settle(fail('what answers there is not Redis: fix REDIS_URL'));
      }
      if (replies.length > commands.length) settle();
    });
  });
}
