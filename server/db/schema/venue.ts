import { sql } from 'drizzle-orm';
import { bigint, check, integer, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row, one number: bumped by every write that changes what visitors see, so a cache (each
 * process's merged venue, a client's copy) knows it is stale by comparing one integer.
 */
export const venueVersion = pgTable(
  'venue_version',
  {
    id: smallint('id').primaryKey().default(1),
    version: bigint('version', { mode: 'number' }).notNull(),
  },
  (t) => [check('venue_version_one_row', sql`${t.id} = 1`)],
);

/** Each catalogue (by content hash) the venue has taken in: the import runs once per catalogue. */
export const catalogueImports = pgTable('catalogue_imports', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  catalogueHash: text('catalogue_hash').notNull().unique(),
  boothCount: integer('booth_count').notNull(),
  /** The venue version this import made. */
  venueVersion: bigint('venue_version', { mode: 'number' }).notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});
