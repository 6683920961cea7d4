/**
 * The lives on air now as visitors are shown them ("live now": GET /api/lives, the landing page's
 * HTML): every live in the directory, on any process, with its booth's name from the venue and the
 * product its seller pinned, oldest first. A booth taken out of the venue while on air is left out.
 */
import type { LiveSummary } from '../../shared/api/live.ts';
import { findBooth } from '../../shared/catalogue/booths.ts';
import type { VenueSource } from '../venue/venueSource.ts';
import type { LiveService } from './liveService.ts';

/** The product a booth's seller pinned (orders/sellBus.ts), when the app sells; null: none. */
export type PinnedOf = (boothId: string) => Promise<LiveSummary['pinned']>;

export type LivesNow = () => Promise<LiveSummary[]>;

export function livesNowOf(venue: VenueSource, service: Pick<LiveService, 'onAir'>, pinnedOf?: PinnedOf): LivesNow {
  // A pin that cannot be read (the database busy) costs the line its product, not the list.
  const pinned = async (boothId: string): Promise<LiveSummary['pinned']> => (pinnedOf ? pinnedOf(boothId).catch(() => null) : null);
  return async () => {
    const catalogue = (await venue.getVenue()).venue;
    const lives = await Promise.all(
      (await service.onAir()).map(async (live): Promise<LiveSummary | null> => {
        const booth = findBooth(catalogue, live.boothId);
        return booth ? { ...live, boothTitle: booth.summary.title, pinned: await pinned(live.boothId) } : null;
      }),
    );
    return lives.filter((l) => l !== null).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  };
}

/** The same, read at most once per `ms` (the landing page is the most asked-for page). */
export function memoLivesNow(read: LivesNow, ms: number, now: () => number = Date.now): LivesNow {
  let last: { at: number; lives: Promise<LiveSummary[]> } | null = null;
  return () => {
    if (!last || now() - last.at >= ms) {
      const lives = read();
      last = { at: now(), lives };
      // A failed read is not kept: the next asker tries again.
      lives.catch(() => (last = null));
    }
    return last.lives;
  };
}
