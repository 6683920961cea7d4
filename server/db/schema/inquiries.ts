import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { booths } from './booths.ts';
import { fairs } from './fairs.ts';

export const INQUIRY_KINDS = ['consultation', 'purchase', 'sos'] as const;
export const INQUIRY_STATUSES = ['new', 'answered', 'closed'] as const;

/**
 * A consultation or purchase inquiry a visitor sent to a booth (or, kind sos, to the center's staff
 * without a booth). Personal data (name, contact, message, details) is kept until `delete_after`,
 * then erased by the retention job; the row stays, anonymous, for the counts staff report.
 */
export const inquiries = pgTable(
  'inquiries',
  {
    id: text('id').primaryKey(),
    /** What the visitor's receipt shows, e.g. Q-20261203-7KQ2. */
    reference: text('reference').notNull().unique(),
    fairId: integer('fair_id')
      .notNull()
      .references(() => fairs.id),
    boothId: text('booth_id').references(() => booths.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: INQUIRY_KINDS }).notNull(),
    status: text('status', { enum: INQUIRY_STATUSES }).notNull().default('new'),
    /** The language the visitor wrote in (their receipt's). */
    lang: text('lang').notNull(),
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    message: text('message'),
    /** purchase: organisation, purpose, quantity, budget, date wanted (shared/schemas/inquiry.ts). */
    details: jsonb('details'),
    /** When the visitor consented to collection and use, and to provision to the enterprise. */
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    /** The consent text's version the visitor saw (shared/i18n privacy). */
    consentVersion: text('consent_version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deleteAfter: timestamp('delete_after', { withTimezone: true }).notNull(),
    /** Set when the retention job erased the personal data. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
  },
  (t) => [
    check('inquiries_kind', sql`${t.kind} in ('consultation', 'purchase', 'sos')`),
    check('inquiries_status', sql`${t.status} in ('new', 'answered', 'closed')`),
    index('inquiries_booth').on(t.boothId, t.createdAt),
    index('inquiries_fair').on(t.fairId, t.createdAt),
    index('inquiries_delete_after').on(t.deleteAfter),
  ],
);
