/**
 * Which fair a hall shard runs. The permanent exhibition (fair 1, joined with no `fair`) is the hall
 * as it always was: the whole venue, HALL_SHARD_CAPACITY seats. A timed fair (its /f/:slug address)
 * has its own shards (the room is matched by `fair`: server/rooms.ts), its own layout from its booths
 * (fair_booths) and its own capacity (fairs.shard_capacity, else HALL_SHARD_CAPACITY), and is open
 * only between its start and end: outside them, or unpublished, a join is refused (`fairClosed`).
 * When staff change a fair's booths, its running shards re-lay-out: at the next join on this process,
 * and at once on every process through the fairs' pub/sub (hall/fairChanges.ts, `refresh`).
 */
import type { Presence } from '@colyseus/core';
import { fairStatus } from '../../shared/schemas/fairTime.ts';
import type { FairsRepo, TimedFair } from '../db/fairsRepo.ts';
import { PERMANENT_FAIR_ID } from '../db/schema/fairs.ts';
import type { VenueSource } from '../venue/venueSource.ts';
import { watchFairChanges } from './fairChanges.ts';
import { HallVenue } from './venueLayout.ts';

export interface FairHall {
  /** The fair's address; '' for the permanent exhibition. */
  slug: string;
  /** fairs.id (analytics record visits under it). */
  id: number;
  capacity: number;
  /** Its layout as the venue changes. */
  hall: HallVenue;
}

export interface FairHallsDeps {
  source: VenueSource;
  /** The permanent exhibition's layout (also the join check's for joins without a fair). */
  permanent: HallVenue;
  defaultCapacity: number;
  /** Absent without a database: there are no timed fairs. */
  repo: FairsRepo | undefined;
  now: () => number;
  /** The presence whose pub/sub carries fair changes; read once a timed fair's shard first runs (it exists by then). */
  presence?: () => Presence;
  /** Where a failed re-read is told (the shards keep their layout until the next join). */
  onError?: (err: unknown) => void;
}

export class FairHalls {
  readonly #deps: FairHallsDeps;
  readonly permanent: FairHall;
  /** One layout per timed fair, kept while its booths stay the same. */
  readonly #timed = new Map<string, { booths: string; hall: HallVenue }>();
  /** Each timed fair's running shards of this process, told when its booths change. */
  readonly #replaced = new Map<string, Set<(hall: HallVenue) => void>>();
  /** Subscribed to fair changes (once, when this process first keeps a timed fair's layout). */
  #watching: Promise<unknown> | null = null;

  constructor(deps: FairHallsDeps) {
    this.#deps = deps;
    this.permanent = { slug: '', id: PERMANENT_FAIR_ID, capacity: deps.defaultCapacity, hall: deps.permanent };
  }

  /** Calls `listener` with a timed fair's new layout when its booths change; returns the unsubscribe. */
  onReplaced(slug: string, listener: (hall: HallVenue) => void): () => void {
    const set = this.#replaced.get(slug) ?? this.#replaced.set(slug, new Set()).get(slug)!;
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#replaced.delete(slug);
    };
  }

  /**
   * A fair changed (hall/fairChanges.ts): every timed fair whose layout this process keeps is read
   * again, and its running shards re-lay-out if its booths differ. A fair that closed meanwhile keeps
   * its layout: its shards empty as visitors leave, and new joins are refused.
   */
  async refresh(): Promise<void> {
    for (const slug of [...this.#timed.keys()]) {
      const fair = await this.#deps.repo?.publishedBySlug(slug);
      if (fair) await this.#layoutOf(slug, fair);
    }
  }

  #watch(): void {
    const presence = this.#deps.presence?.();
    if (this.#watching || !presence) return;
    const onError = this.#deps.onError ?? (() => {});
    this.#watching = watchFairChanges(presence, () => void this.refresh().catch(onError)).catch(onError);
  }

  /** The fair's layout, made anew (and given to its running shards) when its booths changed. */
  async #layoutOf(slug: string, fair: TimedFair): Promise<HallVenue> {
    const booths = [...fair.boothIds].sort().join(',');
    let kept = this.#timed.get(slug);
    if (kept?.booths !== booths) {
      const old = kept;
      old?.hall.dispose();
      kept = { booths, hall: new HallVenue(this.#deps.source, fair.boothIds) };
      this.#timed.set(slug, kept);
      this.#watch();
      await kept.hall.fresh();
      // Staff changed the fair's booths: its running shards re-lay-out as for a venue change, so a join's layout is theirs.
      if (old) for (const listener of this.#replaced.get(slug) ?? []) listener(kept.hall);
    }
    await kept.hall.fresh();
    return kept.hall;
  }

  /**
   * The fair's hall if it can be joined now, with its layout read fresh (the join is checked against
   * the venue of the moment); null when no published fair has that address or it is not open now.
   */
  async open(slug: string): Promise<FairHall | null> {
    if (slug === '') {
      await this.permanent.hall.fresh();
      return this.permanent;
    }
    const fair = await this.#deps.repo?.publishedBySlug(slug);
    if (!fair || fairStatus(fair, new Date(this.#deps.now())) !== 'open') return null;
    const hall = await this.#layoutOf(slug, fair);
    return { slug, id: fair.id, capacity: fair.shardCapacity ?? this.#deps.defaultCapacity, hall };
  }
}

/** The fair of a matchmaking request's options (already checked by onAuth): '' unless a string. */
export function fairOption(options: unknown): string {
  const fair = typeof options === 'object' && options !== null ? (options as { fair?: unknown }).fair : undefined;
  return typeof fair === 'string' ? fair : '';
}
