/**
 * What the server asks of the database about inquiries, as one small async interface (types and
 * names only: a PGlite server's main thread never loads drizzle). Implemented in
 * inquiriesDrizzle.ts. Arguments and results cross the worker boundary: plain data and Dates.
 */
import type { InquiryKind, InquiryStatus, PurchaseDetails } from '../../shared/api/inquiry.ts';
import type { Lang } from '../../shared/schemas/localized.ts';

export interface NewInquiry {
  id: string;
  reference: string;
  /** null for sos (the center's own consulting): the row goes to the permanent fair. */
  boothId: string | null;
  kind: InquiryKind;
  lang: Lang;
  name: string;
  email: string | null;
  phone: string | null;
  message: string;
  details: PurchaseDetails | null;
  consentedAt: Date;
  consentVersion: string;
  createdAt: Date;
  deleteAfter: Date;
}

export type InsertResult = { ok: true; fairId: number } | { ok: false; reason: 'unknown_booth' | 'reference_taken' };

export interface InquiryRecord {
  id: string;
  reference: string;
  fairId: number;
  boothId: string | null;
  kind: InquiryKind;
  status: InquiryStatus;
  lang: Lang;
  name: string | null;
  email: string | null;
  phone: string | null;
  message: string | null;
  details: PurchaseDetails | null;
  createdAt: Date;
  updatedAt: Date;
  deleteAfter: Date;
  erasedAt: Date | null;
}

/** Which inquiries: one booth's, or every one of a fair (staff). */
export type InquiryScope = { boothId: string } | { fairId: number };

export interface InquiriesRepo {
  /** Stores one inquiry; its booth must exist (its fair is the booth's). */
  insert(row: NewInquiry): Promise<InsertResult>;
  /** Newest first. */
  list(scope: InquiryScope): Promise<InquiryRecord[]>;
  get(id: string): Promise<InquiryRecord | null>;
  setStatus(id: string, status: InquiryStatus, at: Date): Promise<InquiryRecord | null>;
  countNew(boothId: string): Promise<number>;
  /** Erases the personal fields of every row past its delete_after: how many were erased. */
  eraseExpired(now: Date): Promise<number>;
  /** Erases one row's personal fields now (a visitor asked): the row, or null when there is none. */
  erase(id: string, now: Date): Promise<InquiryRecord | null>;
  /** Emails of the booth's members (accounts not turned off). */
  memberEmails(boothId: string): Promise<string[]>;
  /** Emails of staff (admins and moderators, not turned off). */
  staffEmails(): Promise<string[]>;
}

/** The repository's methods, for the worker's message protocol. */
export const INQUIRIES_REPO_METHODS = [
  'insert',
  'list',
  'get',
  'setStatus',
  'countNew',
  'eraseExpired',
  'erase',
  'memberEmails',
  'staffEmails',
] as const satisfies readonly (keyof InquiriesRepo)[];
