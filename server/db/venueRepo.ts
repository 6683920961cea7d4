/**
 * What the server asks of the venue's database, as one small async interface. It is implemented
 * once, with drizzle (drizzleRepo.ts), and runs unchanged inside the PGlite worker (pglite/worker.ts,
 * called through messages) and in-process on PostgreSQL (postgres.ts): the two drivers differ in
 * where the queries run, never in what they do. Types and names only: the main thread of a PGlite
 * server never loads drizzle.
 */
import type { BoothKind } from '../../shared/catalogue/booths.ts';
import type { BoothOverride } from '../../shared/venue/merge.ts';

export interface ImportBooth {
  id: string;
  kind: BoothKind;
  zoneId: string;
}

export interface CatalogueImport {
  /** The catalogue's content hash: the same catalogue is imported once. */
  hash: string;
  booths: ImportBooth[];
}

export interface FieldWrite {
  path: string;
  /** JSON; null removes an optional field. */
  value: unknown;
}

export interface OverrideWrite {
  boothId: string;
  fields: FieldWrite[];
  /** Who saves (an account id once accounts exist). */
  by: string;
  /** The booth version the editor saw; the save is refused if the booth changed since. Absent: no check. */
  expectedVersion?: number;
}

export type OverrideWriteResult =
  | { ok: true; boothVersion: number; venueVersion: number }
  | { ok: false; reason: 'unknown_booth' }
  | { ok: false; reason: 'stale'; boothVersion: number };

export interface VenueSnapshot {
  venueVersion: number;
  overrides: BoothOverride[];
  /** Booths whose row says `closed`: they leave the venue (shared/venue/closedBooths.ts). */
  closedBoothIds: string[];
}

export type BoothStatus = 'open' | 'closed';

export type BoothStatusResult = { ok: true; boothVersion: number; venueVersion: number } | { ok: false; reason: 'unknown_booth' };

export interface VenueRepo {
  /** Adds the catalogue's booths that have no row yet and bumps the version, once per catalogue. */
  importCatalogue(c: CatalogueImport): Promise<{ imported: boolean; venueVersion: number }>;
  /** The version and every override, read together. */
  snapshot(): Promise<VenueSnapshot>;
  venueVersion(): Promise<number>;
  /** Saves fields of one booth in one transaction: booth version +1, venue version +1. */
  writeOverrides(w: OverrideWrite): Promise<OverrideWriteResult>;
  /** Opens or closes one booth in one transaction: booth version +1, venue version +1 (nothing when it already was). */
  setBoothStatus(boothId: string, status: BoothStatus): Promise<BoothStatusResult>;
}

/** The repository's methods, for the worker's message protocol. */
export const VENUE_REPO_METHODS = ['importCatalogue', 'snapshot', 'venueVersion', 'writeOverrides', 'setBoothStatus'] as const satisfies readonly (keyof VenueRepo)[];
