import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { booths } from './booths.ts';

export const BOOTH_EDIT_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;

/**
 * A booth edit an enterprise submitted to a fair that needs approval: the fields wait here until
 * staff approve (then they become booth_overrides) or reject it with a reason the member sees.
 */
export const boothEdits = pgTable(
  'booth_edits',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    boothId: text('booth_id')
      .notNull()
      .references(() => booths.id, { onDelete: 'cascade' }),
    /** [{ path, value }] as the venue service saves them. */
    fields: jsonb('fields').notNull(),
    /** The booth version the member edited: approving a stale edit is refused, not forced. */
    baseVersion: integer('base_version').notNull(),
    status: text('status', { enum: BOOTH_EDIT_STATUSES }).notNull().default('pending'),
    submittedBy: text('submitted_by')
      .notNull()
      .references(() => accounts.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    reviewedBy: text('reviewed_by').references(() => accounts.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reason: text('reason'),
  },
  (t) => [
    check('booth_edits_status', sql`${t.status} in ('pending', 'approved', 'rejected', 'withdrawn')`),
    index('booth_edits_booth').on(t.boothId, t.submittedAt),
    index('booth_edits_status').on(t.status),
  ],
);
