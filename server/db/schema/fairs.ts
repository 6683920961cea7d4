import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { Localized } from '../../../shared/schemas/localized.ts';

/** The permanent exhibition: made by the seed migration, so every database has it. */
export const PERMANENT_FAIR_ID = 1;

/**
 * A fair the venue shows: the permanent exhibition (no address, no dates), or a timed fair staff
 * make in /admin/fairs, shown at /f/:slug from its start to its end once published.
 */
export const fairs = pgTable(
  'fairs',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    title: jsonb('title').$type<Localized>().notNull(),
    permanent: boolean('permanent').notNull().default(false),
    /** Whether an enterprise's booth edit waits for staff approval before visitors see it. */
    editsNeedApproval: boolean('edits_need_approval').notNull().default(false),
    /** A timed fair's address (/f/:slug); null for the permanent exhibition. */
    slug: text('slug').unique(),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    /** Visitors per hall shard while it runs; null keeps the server's default. */
    shardCapacity: integer('shard_capacity'),
    /** A draft until staff have checked its floor plan: only published fairs reach visitors. */
    published: boolean('published').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('fairs_dates', sql`${t.endsAt} > ${t.startsAt}`)],
);
