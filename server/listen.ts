/**
 * Binds HOST:PORT for the app, or fails at once with a message naming the variable to fix.
 * Colyseus' listen() settles only when the port is bound: a HOST that does not resolve or a PORT
 * in use left it pending for ever, the server up but not listening, with the error logged as a
 * stack trace by the transport's 'error' listener.
 */
import type { Server as GameServer } from '@colyseus/core';
import type { Server as HttpServer } from 'node:http';
import type { Env } from './env.ts';
import type { Logger } from './logger.ts';

export class ListenError extends Error {}

type Where = Pick<Env, 'HOST' | 'PORT'>;

export async function listen(gameServer: GameServer, httpServer: HttpServer, where: Where, log: Logger): Promise<void> {
  // The transport's listener would log the same error again as a stack trace; this module reports
  // it once (ListenError at boot, one error line afterwards).
  httpServer.removeAllListeners('error');
  let onError: (e: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    onError = reject;
    httpServer.once('error', onError);
  });
  try {
    await Promise.race([gameServer.listen(where.PORT, where.HOST), failed]);
  } catch (e) {
    throw new ListenError(explain(e as NodeJS.ErrnoException, where));
  }
  httpServer.off('error', onError);
  httpServer.on('error', (err) => log.error({ err }, 'HTTP server error'));
}

/** One line naming the variable behind the failure, and what to do about it. */
function explain(e: NodeJS.ErrnoException, { HOST, PORT }: Where): string {
  switch (e.code) {
    case 'EADDRINUSE':
      return `PORT ${PORT} is already in use on ${HOST}: stop the process that holds it, or set PORT to a free port`;
    case 'EACCES':
      return `PORT ${PORT} on ${HOST} needs privileges this process lacks: set PORT above 1023 (and put a proxy in front for 80/443)`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
      return `HOST ${HOST} does not resolve (${e.code}): set HOST to an address or name of this machine, or 0.0.0.0 for every interface`;
    case 'EADDRNOTAVAIL':
      return `HOST ${HOST} is not an address of this machine: set HOST to one of its addresses, or 0.0.0.0 for every interface`;
    default:
      return `cannot listen on HOST ${HOST}, PORT ${PORT}: ${e.message}`;
  }
}
