import type { Repos } from '../db/repos.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';

/** The venue visitors see and the database version it was merged at. */
export interface VenueState {
  venue: Catalogue;
  version: number;
}

/** What the API, the pages and the rooms read the venue from. */
export interface VenueSource {
  /** The database behind the venue; absent for a fixed catalogue (in-process tests), whose routes that need it are not mounted. */
  repos?: Repos;
  /** The merged venue: from the cache unless the database has moved on. */
  getVenue(): Promise<VenueState>;
  /** The cached venue as last loaded, without waiting (for readers that cannot). */
  current(): VenueState;
  /** Reads the database's version now (not at most once a second as getVenue does) and loads a newer venue. */
  recheck(): Promise<VenueState>;
  /** Called with each newer venue this process loads (its own writes at once, others' when noticed). Returns an unsubscribe. */
  onChange(listener: (state: VenueState) => void): () => void;
  /** At shutdown, after the last request: closes the database. */
  close(): Promise<void>;
}

/** A fixed catalogue and no database: for in-process tests that boot the app without one. */
export function staticVenue(venue: Catalogue): VenueSource {
  const state: VenueState = { venue, version: 0 };
  return { getVenue: () => Promise.resolve(state), current: () => state, recheck: () => Promise.resolve(state), onChange: () => () => {}, close: () => Promise.resolve() };
}
