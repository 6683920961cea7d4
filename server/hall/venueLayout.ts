/**
 * The layout every hall shard of this process runs, derived from the venue once per version and
 * shared: the join check's fingerprint and booth ids read it, and each shard switches to it when it
 * changes (HallRoom's venue listener). A change that leaves the fingerprint alone (a text, a logo)
 * keeps the same layout object, so shards only re-lay-out when booths were added, removed or moved.
 * A timed fair's hall lays out the venue cut to its booths (shared/world/fairVenue.ts), as its client does.
 */
import { venueFingerprint } from '../../shared/protocol/index.ts';
import { venueForFair } from '../../shared/world/fairVenue.ts';
import { layoutWorld } from '../../shared/world/index.ts';
import type { Layout } from '../../shared/world/types.ts';
import type { VenueSource, VenueState } from '../venue/venueSource.ts';

export interface HallLayout {
  /** The venue version this layout was last confirmed at. */
  version: number;
  layout: Layout;
  fingerprint: string;
  boothIds: ReadonlySet<string>;
}

function derive(state: VenueState, boothIds: readonly string[] | undefined): HallLayout {
  const layout = layoutWorld(boothIds ? venueForFair(state.venue, boothIds) : state.venue);
  return { version: state.version, layout, fingerprint: venueFingerprint(layout), boothIds: new Set(layout.booths.map((b) => b.id)) };
}

export class HallVenue {
  readonly #source: VenueSource;
  readonly #boothIds: readonly string[] | undefined;
  readonly #off: () => void;
  #current: HallLayout;

  /**
   * Follows every venue the source loads, rooms or not, so joins are never checked against an old one.
   * `boothIds`: a timed fair's booths (its hall shows only these); left out, the whole venue.
   */
  constructor(source: VenueSource, boothIds?: readonly string[]) {
    this.#source = source;
    this.#boothIds = boothIds;
    this.#current = derive(source.current(), boothIds);
    this.#off = source.onChange((s) => this.update(s));
  }

  /** Stops following the venue (a timed fair's hall replaced after its booths changed). */
  dispose(): void {
    this.#off();
  }

  get current(): HallLayout {
    return this.#current;
  }

  /** The layout of the venue as the source serves it now (its cache, or the database at most once a second). */
  async fresh(): Promise<HallLayout> {
    return this.update(await this.#source.getVenue());
  }

  /** The layout for `state`: computed by whichever shard asks first, the same object for the rest. */
  update(state: VenueState): HallLayout {
    if (state.version <= this.#current.version) return this.#current;
    const next = derive(state, this.#boothIds);
    this.#current = next.fingerprint === this.#current.fingerprint ? { ...this.#current, version: state.version } : next;
    return this.#current;
  }
}
