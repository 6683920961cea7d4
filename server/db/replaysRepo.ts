/**
 * What the server asks of the database about replays: a pin during a live kept as a tag, a
 * recorded live kept as its booth's replay, the booth's replays with their pins, and deleting one.
 * Types and names only (repos.ts); the queries are in replaysDrizzle.ts.
 */
import type { PinRecord } from '../../shared/replays/tags.ts';

export interface TagWrite {
  liveId: string;
  boothId: string;
  listingId: string;
  /** The product's name when it was pinned. */
  name: string;
  /** ms from the live's start. */
  offsetMs: number;
  pinnedAt: Date;
}

export interface ReplayWrite {
  id: string;
  liveId: string;
  boothId: string;
  startedAt: Date;
  endedAt: Date;
  durationMs: number;
  /** Absolute path of the MP4. */
  file: string;
}

export interface ReplayRecord {
  id: string;
  liveId: string;
  boothId: string;
  startedAt: Date;
  durationMs: number;
  file: string;
}

export type ReplayWriteResult =
  /** `created: false`: this live already had its replay (the one returned). */
  | { ok: true; created: boolean; replay: ReplayRecord }
  | { ok: false; reason: 'unknown_booth' };

export interface ReplaysRepo {
  addTag(t: TagWrite): Promise<void>;
  addReplay(r: ReplayWrite): Promise<ReplayWriteResult>;
  /** The booth's replays, newest first, each with its live's pins in the order they were made; null: no such booth. */
  listForBooth(boothId: string): Promise<{ replay: ReplayRecord; pins: PinRecord[] }[] | null>;
  find(id: string): Promise<ReplayRecord | null>;
  /** Removes the booth's replay and its tags; the removed row (its file is the caller's to delete), or null. */
  remove(boothId: string, id: string): Promise<ReplayRecord | null>;
}

export const REPLAYS_REPO_METHODS = ['addTag', 'addReplay', 'listForBooth', 'find', 'remove'] as const satisfies readonly (keyof ReplaysRepo)[];
