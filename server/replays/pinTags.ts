/**
 * A listing pinned while its booth is live (on air or reconnecting) is kept as a tag of that live,
 * so the replay can jump to it. The live is looked up in the presence's directory (live/
 * liveDirectory.ts): the pin may reach another process than the one holding the live.
 */
import type { PublicListing } from '../../shared/api/orders.ts';
import type { Repos } from '../db/repos.ts';
import type { LiveDirectory } from '../live/liveDirectory.ts';
import type { Logger } from '../logger.ts';

export interface PinTaggerOptions {
  repos: Pick<Repos, 'replays'>;
  directory: Pick<LiveDirectory, 'entries'>;
  log: Pick<Logger, 'warn'>;
  now?: () => Date;
}

/** Returns what to call after a pin succeeded; it never throws (a tag lost costs a jump, not the pin). */
export function pinTagger({ repos, directory, log, now = () => new Date() }: PinTaggerOptions) {
  return async (boothId: string, pinned: Pick<PublicListing, 'id' | 'name'>): Promise<void> => {
    try {
      const live = (await directory.entries()).find((e) => e.live.boothId === boothId)?.live;
      if (!live) return;
      const at = now();
      const offsetMs = Math.max(0, at.getTime() - Date.parse(live.startedAt));
      await repos.replays.addTag({ liveId: live.liveId, boothId, listingId: pinned.id, name: pinned.name, offsetMs, pinnedAt: at });
    } catch (err) {
      log.warn({ err, boothId }, 'pin not kept as a replay tag');
    }
  };
}
export type PinTagger = ReturnType<typeof pinTagger>;
