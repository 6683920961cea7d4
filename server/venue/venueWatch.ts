/**
 * Tells this process's listeners (the hall shards, /api/venue/events) of every venue change within
 * a second, wherever it was made:
 * - a write through this process's service reaches them at once (the service's onChange);
 * - a write through another process reaches them through the presence's pub/sub: every process
 *   publishes each newer version it loads on VENUE_TOPIC, and a process that hears of a version newer
 *   than its own reads the database at once (tens of milliseconds with Redis);
 * - a write no server made (a script, psql, a message lost while Redis reconnected) is found by a
 *   version read every VENUE_POLL_MS, run only while someone listens (one indexed one-row read).
 * Pub/sub alone would miss the third kind; a poll alone would cost every process a query per half
 * second for the common case that pub/sub answers sooner.
 */
import type { Presence } from '@colyseus/core';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import type { VenueSource, VenueState } from './venueSource.ts';

export const VENUE_TOPIC = 'seeot:venue';
/** Half the 1 s promise: a write no server announced is found within this plus one read. */
export const VENUE_POLL_MS = 500;

/** What other processes publish: JSON-parsed from Redis, so checked. */
const VersionMessage = z.object({ version: z.number().int().min(0) });

export interface VenueWatch {
  /** `listener` runs with each newer venue; while any is registered the database is polled. Returns an unsubscribe. */
  subscribe(listener: (state: VenueState) => void): () => void;
  /** At shutdown: no more polls, publishes or subscriptions. */
  stop(): Promise<void>;
}

export interface VenueWatchOptions {
  source: VenueSource;
  /** The Colyseus presence (Redis across processes, else in memory); read when first needed, since it is set up after the server is made. */
  presence: () => Presence | undefined;
  log: Logger;
  pollMs?: number;
}

export function watchVenue({ source, presence, log, pollMs = VENUE_POLL_MS }: VenueWatchOptions): VenueWatch {
  let listeners = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  let subscribed: Presence | undefined;
  let stopped = false;

  const recheck = (): void => {
    source.recheck().catch((err: unknown) => log.warn({ err }, 'venue recheck failed'));
  };
  // Another process loaded `version`: read ours now. A recheck already under way may have read the
  // version before that write committed, so a second one follows when the first fell short.
  const heard = (raw: unknown): void => {
    const m = VersionMessage.safeParse(raw);
    if (!m.success || m.data.version <= source.current().version) return;
    const want = m.data.version;
    source
      .recheck()
      .then((s) => (s.version < want ? source.recheck() : s))
      .catch((err: unknown) => log.warn({ err }, 'venue recheck failed'));
  };
  const subscribePresence = (): void => {
    const p = presence();
    if (subscribed || !p || stopped) return;
    subscribed = p;
    p.subscribe(VENUE_TOPIC, heard).catch((err: unknown) => log.warn({ err }, 'could not subscribe to venue changes'));
  };
  // Every newer venue this process loads is announced, whoever wrote it: versions only grow, so a
  // process that already has it ignores the echo.
  const offPublish = source.onChange((s) => {
    if (stopped) return;
    subscribePresence();
    const p = presence();
    if (p) Promise.resolve(p.publish(VENUE_TOPIC, { version: s.version })).catch((err: unknown) => log.warn({ err }, 'could not publish a venue change'));
  });

  return {
    subscribe(listener) {
      const off = source.onChange(listener);
      listeners++;
      subscribePresence();
      if (!timer && !stopped) {
        timer = setInterval(recheck, pollMs);
        timer.unref();
      }
      let done = false;
      return () => {
        if (done) return;
        done = true;
        off();
        if (--listeners === 0 && timer) {
          clearInterval(timer);
          timer = undefined;
        }
      };
    },
    async stop() {
      stopped = true;
      offPublish();
      if (timer) clearInterval(timer);
      timer = undefined;
      const p = subscribed;
      subscribed = undefined;
      await Promise.resolve(p?.unsubscribe(VENUE_TOPIC, heard));
    },
  };
}
