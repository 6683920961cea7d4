/**
 * Stopping the process: once, whatever number of stop signals arrive. Colyseus' own handlers (off in
 * app.ts) listen with process.once, so under `npm start`, where the process group's SIGINT/SIGTERM
 * and the launcher's forwarded copy both reach the server, the second one met Node's default action
 * and killed the process mid-shutdown: visitors saw 1006 and no "stopped" line was logged.
 */
import type { Server } from '@colyseus/core';
import type { Logger } from './logger.ts';

/** A stop still running by then is cut short (exit 1) instead of holding a terminal or a supervisor. */
export const SHUTDOWN_DEADLINE_MS = 10_000;

export interface Stopper {
  /** The server is up: a stop asked for during boot (the "listening" line is out before this runs) happens now. */
  serving(gameServer: Server): void;
}

/** Installs the handlers; call it before the server listens, so that no signal finds Node's default action. */
export function stopOnSignals(log: Logger): Stopper {
  let gameServer: Server | undefined;
  let exitCode: number | undefined;
  let stopping = false;
  const stop = (): void => {
    if (stopping || !gameServer || exitCode === undefined) return;
    stopping = true;
    const code = exitCode;
    // Colyseus closes every room (visitors get 4001), the transport, presence and driver, then runs
    // app.ts' onShutdown (HTTP server closed, "seeot-world stopped"); it logs its own errors.
    void gameServer.gracefullyShutdown(false).finally(() => process.exit(code));
  };
  const ask = (code: number): void => {
    if (exitCode !== undefined) return;
    exitCode = code;
    setTimeout(() => {
      log.error({ deadlineMs: SHUTDOWN_DEADLINE_MS }, 'shutdown did not finish in time: exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    stop();
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (exitCode === undefined) log.info({ signal }, 'seeot-world stopping');
      ask(0);
    });
  }
  // As Colyseus did: a thrown error nobody caught still lets visitors go cleanly, then exits 1.
  process.on('uncaughtException', (err) => {
    log.fatal({ err }, 'uncaught exception: stopping');
    if (!gameServer) process.exit(1); // still booting: nothing to close
    ask(1);
  });
  return {
    serving(server) {
      gameServer = server;
      stop();
    },
  };
}
