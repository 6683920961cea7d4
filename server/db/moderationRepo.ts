/**
 * What the server asks of the database about moderation: the fair-wide reports queue, bans that
 * outlive the presence, the audit log (insert and read only: nothing here deletes an entry), and
 * the banned words. Types and names only (repos.ts); the queries are in moderationDrizzle.ts. Times
 * cross the PGlite worker's boundary as epoch milliseconds.
 */
import type { AuditEntry, Ban, Mute, Report, ReportStatus } from '../../shared/api/moderation.ts';

export type NewReport = Omit<Report, 'status' | 'closedBy' | 'closedAt'>;

export interface NewAuditEntry {
  actorId: string | null;
  actorName: string;
  action: string;
  target: string;
  reason: string | null;
  detail?: unknown;
}

export interface ModerationRepo {
  /** Stores a report once (a retry with the same id changes nothing). */
  addReport(r: NewReport): Promise<void>;
  /** Open reports, or closed ones; newest first, at most `limit`. */
  listReports(which: 'open' | 'closed', limit: number): Promise<Report[]>;
  /** Closes an open report; false when there is none open with this id. */
  closeReport(id: string, status: Exclude<ReportStatus, 'open'>, by: string, at: number): Promise<boolean>;
  /** Every ban still holding at `nowMs` (permanent ones included). */
  activeBans(nowMs: number): Promise<Ban[]>;
  /** One row per presence key; a new ban on the same key replaces the old. */
  saveBans(bans: Ban[]): Promise<void>;
  deleteBan(key: string): Promise<boolean>;
  /** Every mute still holding at `nowMs`. */
  activeMutes(nowMs: number): Promise<Mute[]>;
  /** One row per guest; a new mute replaces the old. */
  saveMute(m: Mute): Promise<void>;
  deleteMute(guestId: string): Promise<boolean>;
  audit(e: NewAuditEntry): Promise<void>;
  listAudit(action: string | null, limit: number): Promise<AuditEntry[]>;
  listWords(): Promise<{ word: string; addedBy: string; addedAt: number }[]>;
  /** False when the word is already on the list. */
  addWord(word: string, by: string): Promise<boolean>;
  /** False when the word was not on the list. */
  removeWord(word: string): Promise<boolean>;
}

/** The repository's methods, for the worker's message protocol. */
export const MODERATION_REPO_METHODS = [
  'addReport',
  'listReports',
  'closeReport',
  'activeBans',
  'saveBans',
  'deleteBan',
  'activeMutes',
  'saveMute',
  'deleteMute',
  'audit',
  'listAudit',
  'listWords',
  'addWord',
  'removeWord',
] as const satisfies readonly (keyof ModerationRepo)[];
