/**
 * What the booth editor asks of the database beyond the venue's overrides: a booth's version and its
 * fair's approval setting, and the approval queue (booth_edits). Types and names only (the drizzle
 * queries are in boothEditsDrizzle.ts); arguments and results are plain data, as they cross the
 * PGlite worker's message port.
 */
import type { BoothKind } from '../../shared/catalogue/booths.ts';
import type { FieldWrite, OverrideWriteResult } from './venueRepo.ts';

export type EditStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

/** A booth's row as the editor needs it. */
export interface BoothState {
  kind: BoothKind;
  version: number;
  fairId: number;
  editsNeedApproval: boolean;
}

export interface StoredEdit {
  id: number;
  boothId: string;
  fields: FieldWrite[];
  baseVersion: number;
  status: EditStatus;
  submittedBy: string;
  /** The submitter's display name (their id when the account is gone). */
  submittedByName: string;
  submittedAt: Date;
  reviewedAt: Date | null;
  reason: string | null;
}

export interface NewEdit {
  boothId: string;
  fields: FieldWrite[];
  baseVersion: number;
  by: string;
}

export interface Rejection {
  id: number;
  by: string;
  /** Shown to the member in /studio. */
  reason: string;
}

/** Approving: the edit's fields saved from its base version and the edit marked approved, together or not at all. */
export type ApproveResult = OverrideWriteResult | { ok: false; reason: 'not_pending' };

export interface BoothEditsRepo {
  boothState(boothId: string): Promise<BoothState | null>;
  /** Queues an edit; an earlier pending edit of the same booth is withdrawn (the newer one holds everything). */
  submit(e: NewEdit): Promise<{ id: number }>;
  /** The booth's pending edit, if any. */
  pendingOf(boothId: string): Promise<StoredEdit | null>;
  /** The booth's most recently reviewed edit (approved or rejected), if any. */
  lastReviewed(boothId: string): Promise<StoredEdit | null>;
  get(id: number): Promise<StoredEdit | null>;
  /** Every edit with this status, oldest first. */
  list(status: EditStatus): Promise<StoredEdit[]>;
  /**
   * Applies a pending edit at its base version and marks it approved by `by`, in one transaction:
   * a crash leaves it either pending and unapplied or approved and shown. Stale: nothing changes.
   */
  approve(id: number, by: string): Promise<ApproveResult>;
  /** Rejects a pending edit with its reason; false when it was no longer pending (someone reviewed it first). */
  reject(r: Rejection): Promise<boolean>;
  /** A fair's approval setting, or null when there is no such fair. */
  fairSettings(fairId: number): Promise<{ id: number; editsNeedApproval: boolean } | null>;
  /** Whether a fair's booth edits wait for staff; false when there is no such fair. */
  setEditsNeedApproval(fairId: number, value: boolean): Promise<boolean>;
}

export const BOOTH_EDITS_REPO_METHODS = [
  'boothState',
  'submit',
  'pendingOf',
  'lastReviewed',
  'get',
  'list',
  'approve',
  'reject',
  'fairSettings',
  'setEditsNeedApproval',
] as const satisfies readonly (keyof BoothEditsRepo)[];
