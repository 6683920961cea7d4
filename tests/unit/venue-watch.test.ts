import { LocalPresence } from '@colyseus/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { createLogger } from '../../server/logger.ts';
import type { VenueSource, VenueState } from '../../server/venue/venueSource.ts';
import { VENUE_POLL_MS, VENUE_TOPIC, watchVenue } from '../../server/venue/venueWatch.ts';

/**
 * The venue watch over a stand-in venue source whose "database" version the test moves: listeners
 * hear of a change at once when this process loaded it, when another process announces it on the
 * presence, and, for a write no server announced, at the next version read — which runs only while
 * someone listens.
 */

const log = createLogger('silent');

/** A venue source over a version the test sets, as the venue service behaves: onChange on each newer venue loaded. */
function fakeSource() {
  let db = 1;
  let state: VenueState = { venue: CATALOGUE, version: 1 };
  const listeners = new Set<(s: VenueState) => void>();
  const load = (): VenueState => {
    if (db > state.version) {
      state = { venue: CATALOGUE, version: db };
      for (const l of listeners) l(state);
    }
    return state;
  };
  const source: VenueSource & { rechecks: number } = {
    rechecks: 0,
    getVenue: () => Promise.resolve(state),
    current: () => state,
    recheck: () => {
      source.rechecks++;
      return Promise.resolve(load());
    },
    onChange: (l) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    close: () => Promise.resolve(),
  };
  return { source, write: (v: number) => (db = v), ownWrite: (v: number) => ((db = v), load()) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('venue watch', () => {
  it('passes this process’s own change on at once and announces it to the others', async () => {
    const { source, ownWrite } = fakeSource();
    const presence = new LocalPresence();
    const heard: unknown[] = [];
    await presence.subscribe(VENUE_TOPIC, (m: unknown) => heard.push(m));
    const watch = watchVenue({ source, presence: () => presence, log });
    const seen: number[] = [];
    watch.subscribe((s) => seen.push(s.version));
    ownWrite(2);
    expect(seen).toEqual([2]);
    await vi.waitFor(() => expect(heard).toContainEqual({ version: 2 }));
    await watch.stop();
  });

  it('reads the database at once when another process announces a newer version, and ignores older ones', async () => {
    const { source, write } = fakeSource();
    const presence = new LocalPresence();
    const watch = watchVenue({ source, presence: () => presence, log, pollMs: 60_000 });
    const seen: number[] = [];
    watch.subscribe((s) => seen.push(s.version));
    write(5);
    await presence.publish(VENUE_TOPIC, { version: 5 });
    await vi.waitFor(() => expect(seen).toEqual([5]));
    const before = source.rechecks;
    await presence.publish(VENUE_TOPIC, { version: 3 });
    await presence.publish(VENUE_TOPIC, { nonsense: true });
    expect(source.rechecks).toBe(before);
    await watch.stop();
  });

  it('finds a write nobody announced within one poll, and polls only while someone listens', async () => {
    vi.useFakeTimers();
    const { source, write } = fakeSource();
    const watch = watchVenue({ source, presence: () => undefined, log });
    await vi.advanceTimersByTimeAsync(VENUE_POLL_MS * 4);
    expect(source.rechecks).toBe(0);
    const seen: number[] = [];
    const off = watch.subscribe((s) => seen.push(s.version));
    write(7);
    await vi.advanceTimersByTimeAsync(VENUE_POLL_MS);
    expect(seen).toEqual([7]);
    off();
    const after = source.rechecks;
    await vi.advanceTimersByTimeAsync(VENUE_POLL_MS * 4);
    expect(source.rechecks).toBe(after);
    await watch.stop();
  });
});
