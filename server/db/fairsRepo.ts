/**
 * What the timed fairs ask of the database: their settings, the booths each shows, and the schedule.
 * Types and names only (the PGlite worker serves it through messages; fairsDrizzle.ts implements it).
 * The permanent exhibition (fair 1) is never one of these: it has no address and no dates.
 */
import type { FairEventKind } from '../../shared/api/fairs.ts';
import type { Localized } from '../../shared/schemas/localized.ts';

export interface FairSettings {
  title: Localized;
  slug: string;
  startsAt: Date;
  endsAt: Date;
  shardCapacity: number | null;
  editsNeedApproval: boolean;
  published: boolean;
}

export interface FairEventInput {
  title: Localized;
  kind: FairEventKind;
  startsAt: Date;
  endsAt: Date;
  boothId: string | null;
  zoneId: string | null;
}

export interface FairEventRow extends FairEventInput {
  id: number;
}

export interface TimedFair extends FairSettings {
  id: number;
  boothIds: string[];
  /** Its schedule, earliest first. */
  events: FairEventRow[];
}

export type FairWriteResult = { ok: true; id: number } | { ok: false; reason: 'slug_taken' | 'not_found' };
export type FairBoothsResult = { ok: true } | { ok: false; reason: 'not_found' | 'unknown_booth' };
export type FairEventResult = { ok: true; id: number } | { ok: false; reason: 'not_found' | 'unknown_booth' };

export interface FairsRepo {
  /** Every timed fair (drafts too), latest start first. */
  list(): Promise<TimedFair[]>;
  /** A timed fair by its id, or null (the permanent exhibition is null too). */
  get(id: number): Promise<TimedFair | null>;
  /** A published timed fair by its address, or null. */
  publishedBySlug(slug: string): Promise<TimedFair | null>;
  /** Published timed fairs that have not ended at `now`, soonest start first. */
  publishedCurrent(now: Date): Promise<TimedFair[]>;
  create(f: FairSettings): Promise<FairWriteResult>;
  update(id: number, f: FairSettings): Promise<FairWriteResult>;
  /** The booths the fair shows, replacing the earlier choice in one transaction. */
  setBooths(id: number, boothIds: string[]): Promise<FairBoothsResult>;
  addEvent(fairId: number, e: FairEventInput): Promise<FairEventResult>;
  /** Whether the event was the fair's and is gone. */
  removeEvent(fairId: number, eventId: number): Promise<boolean>;
}

export const FAIRS_REPO_METHODS = [
  'list',
  'get',
  'publishedBySlug',
  'publishedCurrent',
  'create',
  'update',
  'setBooths',
  'addEvent',
  'removeEvent',
] as const satisfies readonly (keyof FairsRepo)[];
