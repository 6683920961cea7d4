import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { fairs } from './fairs.ts';

/**
 * A staff account's TOTP second factor. The secret is stored encrypted (AES-256-GCM under a key
 * derived from SESSION_SECRET, server/auth/totpSecret.ts) and never leaves the server again once
 * confirmed. `confirmedAt` null: enrolment begun, not yet proven with a code, so sign-in ignores it.
 * `lastStep` is the last TOTP time step accepted: a guarded update refuses a code of that step or
 * an earlier one, so a code works once even across processes.
 */
export const accountTotp = pgTable('account_totp', {
  accountId: text('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  secretEnc: text('secret_enc').notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  lastStep: bigint('last_step', { mode: 'number' }).notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The one-use recovery codes shown once at enrolment; only their SHA-256 is kept (they are random, 50 bits each). */
export const accountRecoveryCodes = pgTable(
  'account_recovery_codes',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.codeHash] })],
);

/**
 * An announcement staff set for a later time. Every process polls for due ones and claims each
 * with `update … set sent_at = now() where sent_at is null and cancelled_at is null returning`:
 * the database lets exactly one claim win, with or without Redis, and the winner publishes it to
 * every hall shard.
 */
export const scheduledAnnouncements = pgTable(
  'scheduled_announcements',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    fairId: integer('fair_id')
      .notNull()
      .references(() => fairs.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    sendAt: timestamp('send_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => accounts.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [index('scheduled_announcements_due').on(t.sendAt).where(sql`${t.sentAt} is null and ${t.cancelledAt} is null`)],
);
