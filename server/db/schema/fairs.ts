import { boolean, integer, jsonb, pgTable, timestamp } from 'drizzle-orm/pg-core';
import type { Localized } from '../../../shared/schemas/localized.ts';

/** The permanent exhibition: made by the seed migration, so every database has it. */
export const PERMANENT_FAIR_ID = 1;

/** A fair the venue shows: the permanent exhibition, later dated fairs with their own booths. */
export const fairs = pgTable('fairs', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  title: jsonb('title').$type<Localized>().notNull(),
  permanent: boolean('permanent').notNull().default(false),
  /** Whether an enterprise's booth edit waits for staff approval before visitors see it. */
  editsNeedApproval: boolean('edits_need_approval').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
