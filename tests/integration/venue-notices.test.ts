/**
 * A shard's `venue` notices while booth edits land (issue 9 §1, docs/performance.md "While booth
 * edits land"): each notice is a message to every visitor of the shard and makes every /world page
 * re-read the venue, so changes that leave the layout alone reach a visitor at most once per
 * VENUE_NOTICE_MS, carrying the newest version, while a change of layout is told at once. The real
 * app in this process over a venue source the test moves on by hand, so a burst is a burst.
 */
import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { SERVER_MESSAGE_TYPES, venueFingerprint } from '../../shared/protocol/index.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { withoutClosedBooths } from '../../shared/venue/closedBooths.ts';
import { layoutWorld } from '../../shared/world/index.ts';
import { createApp } from '../../server/app.ts';
import { parseEnv } from '../../server/env.ts';
import { VENUE_NOTICE_MS } from '../../server/hall/venueNotices.ts';
import { createLogger } from '../../server/logger.ts';
import type { VenueSource, VenueState } from '../../server/venue/venueSource.ts';
import { freePort } from '../helpers/serverProcess.ts';
import { joinOptions, TEST_SECRET, waitFor } from './room-boot.ts';

/** A venue source whose changes the test makes: each emit() is a newer version, told to listeners at once, as a save is. */
function handSource(first: Catalogue): VenueSource & { emit(venue: Catalogue): number } {
  let state: VenueState = { venue: first, version: 1 };
  const listeners = new Set<(s: VenueState) => void>();
  return {
    getVenue: () => Promise.resolve(state),
    current: () => state,
    recheck: () => Promise.resolve(state),
    onChange(l) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    close: () => Promise.resolve(),
    emit(venue) {
      state = { venue, version: state.version + 1 };
      for (const l of listeners) l(state);
      return state.version;
    },
  };
}

let edits = 0;
/** The venue with one more edit to an enterprise's name: what is drawn changes, the layout does not. */
const edited = (base: Catalogue): Catalogue => ({
  ...base,
  enterprises: base.enterprises.map((e, i) => (i === 0 ? { ...e, name: { ...e.name, ko: `편집 ${++edits}` } } : e)),
});

interface Notice {
  version: number;
  fingerprint: string;
  at: number;
}

const OPEN = CATALOGUE;
/** The brochure's last enterprise closed: the booths move, so the fingerprint changes. */
const CLOSED = withoutClosedBooths(CATALOGUE, new Set(['vq-studio']));

describe('venue notices: a shard tells its visitors of text edits at most once per interval, of a new layout at once', () => {
  const source = handSource(OPEN);
  let shutdown: () => Promise<void>;
  let room: Room;
  const notices: Notice[] = [];
  /** Notices that arrived after `n` others. */
  const after = (n: number): Notice[] => notices.slice(n);

  beforeAll(async () => {
    const port = await freePort();
    const env = parseEnv({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SESSION_SECRET: TEST_SECRET });
    const { gameServer } = await createApp({ env, log: createLogger('silent'), venue: source, distDir: '/nonexistent' });
    shutdown = () => gameServer.gracefullyShutdown(false);
    room = await new Client(`ws://127.0.0.1:${port}`).joinOrCreate('hall', { ...joinOptions(), view: 'world' });
    for (const type of SERVER_MESSAGE_TYPES) room.onMessage(type, () => {});
    room.onMessage('venue', (m: Omit<Notice, 'at'>) => notices.push({ ...m, at: performance.now() }));
    await waitFor(() => notices.length === 1, 5000, 'the venue at join');
  }, 30_000);

  afterAll(async () => {
    await room?.leave().catch(() => 0);
    await shutdown?.();
  });

  it('a burst of edits reaches a visitor as one notice with the last version; the first after a quiet spell goes at once', async () => {
    // Quiet since the join (which is not a notice to everyone): the first edit goes at the end of the next tick.
    const seen = notices.length;
    const first = source.emit(edited(OPEN));
    await waitFor(() => notices.some((n) => n.version === first), 2000, 'the first edit');
    // Six more right away, within the interval: held, then the newest alone.
    let last = first;
    for (let i = 0; i < 6; i++) last = source.emit(edited(OPEN));
    await waitFor(() => notices.some((n) => n.version === last), VENUE_NOTICE_MS + 2000, 'the burst');
    expect(after(seen).map((n) => n.version)).toEqual([first, last]);
    const [a, b] = after(seen);
    // Held for the interval. Arrival times carry this busy machine's stalls (a late first arrival
    // shortens the gap), so the bound is half the interval: one notice per edit would be ms apart.
    expect(b!.at - a!.at).toBeGreaterThan(VENUE_NOTICE_MS / 2);
    expect(b!.fingerprint).toBe(venueFingerprint(layoutWorld(OPEN)));
  });

  it('edits landing every 100 ms reach a visitor at most once per interval, and the last one always does', async () => {
    const seen = notices.length;
    let last = 0;
    for (let i = 0; i < 12; i++) {
      last = source.emit(edited(OPEN));
      await new Promise((r) => setTimeout(r, 100)); // the edits' own pace, not a wait for the result
    }
    await waitFor(() => notices.some((n) => n.version === last), VENUE_NOTICE_MS + 2000, 'the last edit');
    const got = after(seen);
    // 1.2 s of edits: a notice at most every interval, not one per edit.
    expect(got.length).toBeLessThanOrEqual(Math.ceil(1200 / VENUE_NOTICE_MS) + 1);
    for (let i = 1; i < got.length; i++) expect(got[i]!.at - got[i - 1]!.at).toBeGreaterThan(VENUE_NOTICE_MS / 2);
    expect(got.at(-1)!.version).toBe(last);
  });

  it('a change of layout is told at once, even right after a notice, and covers an edit still held', async () => {
    const seen = notices.length;
    const text = source.emit(edited(OPEN));
    await waitFor(() => notices.some((n) => n.version === text), VENUE_NOTICE_MS + 2000, 'a text edit');
    // The next text edit is held for the interval; a booth closing right after is not.
    source.emit(edited(OPEN));
    const closed = source.emit(CLOSED);
    await waitFor(() => notices.some((n) => n.version === closed), 2000, 'the new layout');
    const [told, relaid] = after(seen);
    expect(relaid!.fingerprint).toBe(venueFingerprint(layoutWorld(CLOSED)));
    expect(relaid!.at - told!.at).toBeLessThan(VENUE_NOTICE_MS);
    // The held edit went with it: the next notice is the next edit's, not the held one's.
    const next = source.emit(edited(CLOSED));
    await waitFor(() => notices.some((n) => n.version === next), VENUE_NOTICE_MS + 2000, 'the edit after');
    expect(after(seen).map((n) => n.version)).toEqual([text, closed, next]);
  });
});
