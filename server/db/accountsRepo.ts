/**
 * What the server asks of the database about people: accounts, their booths, sessions, the
 * single-use invitation and reset links, and the first start's setup code. Types and names only
 * (the drizzle queries are in accountsDrizzle.ts); every argument and result is plain data, as it
 * crosses the PGlite worker's message port. Tokens and codes arrive hashed: the database never
 * sees one a browser holds.
 */
import type { Role } from '../../shared/api/account.ts';

export interface AccountRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  boothIds: string[];
  disabled: boolean;
}

/** An account with its password hash: for signing in only. */
export interface AccountCredentials extends AccountRow {
  passwordHash: string;
}

export interface NewAccount {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  /** An enterprise member's booth. */
  boothId?: string;
}

export type CreateAccountResult = { ok: true; account: AccountRow } | { ok: false; reason: 'email_taken' | 'unknown_booth' };

export interface NewSession {
  tokenHash: string;
  accountId: string;
  csrfToken: string;
  expiresAt: Date;
}

/** A live session and its account. */
export interface SessionRow {
  account: AccountRow;
  csrfToken: string;
  expiresAt: Date;
}

export interface ResolveSession {
  tokenHash: string;
  now: Date;
  /** A session seen after this long is moved on: last seen now, expiring `ttlMs` from now. */
  touchAfterMs: number;
  ttlMs: number;
}

export type SessionResolution = { ok: true; session: SessionRow } | { ok: false; reason: 'unknown' | 'expired' | 'disabled' };

export interface NewLink {
  tokenHash: string;
  kind: 'invite' | 'reset';
  role?: Role;
  boothId?: string;
  /** reset: whose password. */
  accountId?: string;
  note?: string;
  createdBy: string;
  expiresAt: Date;
}

export interface LinkRow {
  id: string;
  kind: 'invite' | 'reset';
  role: Role | null;
  boothId: string | null;
  /** reset: the account's email. */
  email: string | null;
  note: string | null;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

export type LinkRefusal = 'link_unknown' | 'link_used' | 'link_expired';

export type AcceptInviteResult = { ok: true; account: AccountRow } | { ok: false; reason: LinkRefusal | 'email_taken' | 'unknown_booth' };

export type ResetResult = { ok: true; account: AccountRow } | { ok: false; reason: LinkRefusal };

export type CompleteSetupResult = CreateAccountResult | { ok: false; reason: 'setup_done' | 'bad_setup_code' };

export interface AccountsRepo {
  accountByEmail(email: string): Promise<AccountCredentials | null>;
  accountById(id: string): Promise<AccountRow | null>;
  listAccounts(): Promise<AccountRow[]>;
  /** A new account (an admin one also ends the setup code). */
  createAccount(a: NewAccount): Promise<CreateAccountResult>;
  /** Turns the account off and ends its sessions; false when there is no such account. */
  disableAccount(id: string): Promise<boolean>;

  createSession(s: NewSession): Promise<void>;
  /** The session of a cookie, moved on when due; an expired one, or one of a disabled account, is deleted. */
  resolveSession(r: ResolveSession): Promise<SessionResolution>;
  deleteSession(tokenHash: string): Promise<void>;

  /** Whether an admin exists (then no setup code is needed). */
  hasAdmin(): Promise<boolean>;
  /**
   * Stores the setup code's hash unless an admin exists or a code made at or after `replaceBefore`
   * does (an older one is replaced): true for the one caller whose code went in.
   */
  createSetupCode(codeHash: string, replaceBefore: Date): Promise<boolean>;
  /** The first admin, if `codeHash` is the stored code's: one transaction, so a code works once. */
  completeSetup(codeHash: string, admin: NewAccount): Promise<CompleteSetupResult>;

  createLink(l: NewLink): Promise<{ ok: true; id: string } | { ok: false; reason: 'unknown_booth' | 'not_found' }>;
  linkByToken(tokenHash: string): Promise<LinkRow | null>;
  listInvitations(): Promise<LinkRow[]>;
  /** Uses an invitation (once, before it expires) for a new account with its booth. */
  acceptInvite(tokenHash: string, now: Date, account: Omit<NewAccount, 'role' | 'boothId'>): Promise<AcceptInviteResult>;
  /** Uses a reset link: the new password, and every session of the account ends. */
  resetPassword(tokenHash: string, now: Date, passwordHash: string): Promise<ResetResult>;
}

export const ACCOUNTS_REPO_METHODS = [
  'accountByEmail',
  'accountById',
  'listAccounts',
  'createAccount',
  'disableAccount',
  'createSession',
  'resolveSession',
  'deleteSession',
  'hasAdmin',
  'createSetupCode',
  'completeSetup',
  'createLink',
  'linkByToken',
  'listInvitations',
  'acceptInvite',
  'resetPassword',
] as const satisfies readonly (keyof AccountsRepo)[];
