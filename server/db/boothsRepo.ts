/**
 * What /admin asks of the database about booths beyond their content: the rows as staff see them,
 * creating a booth that has no catalogue entry, placing one in a zone, and adding a member. Types
 * and names only (the PGlite worker serves it through messages; boothsDrizzle.ts implements it).
 * Opening and closing stay with the venue repository (VenueRepo.setBoothStatus).
 */
import type { BoothKind } from '../../shared/catalogue/booths.ts';
import type { BoothStatus } from './venueRepo.ts';

export interface BoothRow {
  id: string;
  kind: BoothKind;
  zoneId: string;
  status: BoothStatus;
  version: number;
  /** The base entry of a booth staff created; null for the brochure's. */
  entry: unknown;
  createdAt: Date;
}

export interface NewBooth {
  id: string;
  zoneId: string;
  /** Its base entry (name, programmeId or none, icon, paragraphs), already checked by the caller. */
  entry: Record<string, unknown>;
}

export type CreateBoothResult = { ok: true; venueVersion: number } | { ok: false; reason: 'id_taken' };

export type PlaceBoothResult = { ok: true; boothVersion: number; venueVersion: number } | { ok: false; reason: 'unknown_booth' | 'not_enterprise' };

export type AddMemberResult = { ok: true } | { ok: false; reason: 'unknown_booth' | 'unknown_account' | 'not_enterprise_account' };

export interface BoothsRepo {
  /** Every booth row of the permanent fair, oldest first (the order created booths stand in). */
  list(): Promise<BoothRow[]>;
  /** A new enterprise booth, closed (a draft) until someone opens it; venue version +1. */
  create(b: NewBooth): Promise<CreateBoothResult>;
  /** Moves an enterprise booth to a zone: booth version +1, venue version +1 (nothing when it already stood there). */
  place(boothId: string, zoneId: string): Promise<PlaceBoothResult>;
  /** Makes an enterprise account a member of the booth (nothing when it already was). */
  addMember(boothId: string, accountId: string): Promise<AddMemberResult>;
}

export const BOOTHS_REPO_METHODS = ['list', 'create', 'place', 'addMember'] as const satisfies readonly (keyof BoothsRepo)[];
