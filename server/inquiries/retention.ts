/**
 * The retention job: erases the personal data of inquiries past their delete_after, once at start
 * and then every hour (an inquiry is erased at most an hour late). Each run is one UPDATE, so
 * several processes on one PostgreSQL running it together erase each row once, harmlessly.
 */
import type { Logger } from '../logger.ts';

export const RETENTION_EVERY_MS = 3600_000;

export function startRetentionJob(erase: () => Promise<number>, log: Pick<Logger, 'error'>, everyMs = RETENTION_EVERY_MS): { stop(): void } {
  let running: Promise<void> | null = null;
  const run = (): void => {
    if (running) return; // a slow run is not overlapped by the next
    running = erase()
      .then(
        () => undefined,
        (err: unknown) => log.error({ err }, 'inquiries: the retention job failed (it runs again within the hour)'),
      )
      .finally(() => (running = null));
  };
  run();
  const timer = setInterval(run, everyMs).unref();
  return { stop: () => clearInterval(timer) };
}
