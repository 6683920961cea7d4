import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { booths } from './booths.ts';

/** Staff (admin, moderator) and enterprise members; visitors are guests and have no account. */
export const ACCOUNT_ROLES = ['admin', 'moderator', 'enterprise'] as const;

/** Someone who signs in. The email is stored lower-cased, so it is unique whatever its case. */
export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ACCOUNT_ROLES }).notNull(),
    /** A memory-hard hash with its parameters (server/auth/password.ts). */
    passwordHash: text('password_hash').notNull(),
    /** Set when staff turn the account off: its sessions end and it cannot sign in. */
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('accounts_role', sql`${t.role} in ('admin', 'moderator', 'enterprise')`)],
);

/** Which booths an enterprise member keeps (one account may keep several, a booth may have several members). */
export const boothMembers = pgTable(
  'booth_members',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    boothId: text('booth_id')
      .notNull()
      .references(() => booths.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.boothId] }), index('booth_members_booth').on(t.boothId)],
);

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a copy of
 * the database signs nobody in. The CSRF token is the session's own, checked on every write.
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_account').on(t.accountId)],
);

export const ACCOUNT_LINK_KINDS = ['invite', 'reset'] as const;

/**
 * A single-use, expiring link staff make: an invitation (to a role, and for enterprises to a booth)
 * or a password reset for an existing account. Only the token's SHA-256 is stored.
 */
export const accountLinks = pgTable(
  'account_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    kind: text('kind', { enum: ACCOUNT_LINK_KINDS }).notNull(),
    /** invite: the role the new account gets. */
    role: text('role', { enum: ACCOUNT_ROLES }),
    /** invite of an enterprise member: the booth they will keep. */
    boothId: text('booth_id').references(() => booths.id, { onDelete: 'cascade' }),
    /** reset: whose password; invite: set once used. */
    accountId: text('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
    /** invite: who it was made for, shown to staff (not checked against the account's email). */
    note: text('note'),
    createdBy: text('created_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    check('account_links_kind', sql`${t.kind} in ('invite', 'reset')`),
    check('account_links_shape', sql`(${t.kind} = 'invite' and ${t.role} is not null) or (${t.kind} = 'reset' and ${t.accountId} is not null)`),
  ],
);

/**
 * The one-time setup code a first start prints while no admin exists (hash only). One row; gone
 * once an admin exists.
 */
export const setupCode = pgTable(
  'setup_code',
  {
    id: smallint('id').primaryKey().default(1),
    codeHash: text('code_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('setup_code_one_row', sql`${t.id} = 1`)],
);
