/**
 * The expiry job: reservations nobody confirmed within their listing's hours become expired and
 * their units go back on sale, once at start and then every minute (a reservation lapses at most a
 * minute late). Each run is one transaction; several processes running it together expire each
 * reservation once (the second waits on the row and finds it no longer reserved).
 */
import type { Logger } from '../logger.ts';

export const EXPIRY_EVERY_MS = 60_000;

export function startExpiryJob(expire: () => Promise<number>, log: Pick<Logger, 'error'>, everyMs = EXPIRY_EVERY_MS): { stop(): void } {
  let running: Promise<void> | null = null;
  const run = (): void => {
    if (running) return; // a slow run is not overlapped by the next
    running = expire()
      .then(
        () => undefined,
        (err: unknown) => log.error({ err }, 'orders: the expiry job failed (it runs again within a minute)'),
      )
      .finally(() => (running = null));
  };
  run();
  const timer = setInterval(run, everyMs).unref();
  return { stop: () => clearInterval(timer) };
}
