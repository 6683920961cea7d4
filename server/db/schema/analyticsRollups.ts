import { sql } from 'drizzle-orm';
import { bigint, check, date, integer, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { fairs } from './fairs.ts';

/**
 * What the dashboard reads instead of scanning every visit (server/db/analyticsRollups.ts keeps them
 * in the statement that writes the raw rows, so they never disagree with analytics_visits; migration
 * 0010 built them from the rows already there). Unique counts stay exact: the sets of daily hashes
 * are kept (…_visitors tables, inserted ON CONFLICT DO NOTHING), and only a hash new to its set adds
 * one to the count beside it.
 */

/**
 * Per fair, booth and Seoul day: visits, their dwell summed, unique visitors. A fair's figures only:
 * a booth's own page counts its visits (analytics_visits_booth_day), since a booth shown by two fairs
 * on one day must count a visitor of both once.
 */
export const analyticsBoothDays = pgTable(
  'analytics_booth_days',
  {
    fairId: integer('fair_id')
      .notNull()
      .references(() => fairs.id, { onDelete: 'cascade' }),
    boothId: text('booth_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    visits: integer('visits').notNull(),
    dwellMs: bigint('dwell_ms', { mode: 'number' }).notNull(),
    uniqueVisitors: integer('unique_visitors').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.fairId, t.day, t.boothId] }),
    // unique_visitors may be 0 in the row an upsert proposes (a returning visitor's batch); CHECK sees that row.
    check('analytics_booth_days_counts', sql`${t.visits} > 0 and ${t.dwellMs} >= 0 and ${t.uniqueVisitors} >= 0`),
  ],
);

/** The daily hashes seen at each booth (the set behind analytics_booth_days.unique_visitors). */
export const analyticsBoothDayVisitors = pgTable(
  'analytics_booth_day_visitors',
  {
    fairId: integer('fair_id')
      .notNull()
      .references(() => fairs.id, { onDelete: 'cascade' }),
    boothId: text('booth_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    visitorHash: text('visitor_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fairId, t.boothId, t.day, t.visitorHash] })],
);

/** Per fair and 10 minutes (by a visit's start): unique visitors. */
export const analyticsFairSlots = pgTable(
  'analytics_fair_slots',
  {
    fairId: integer('fair_id')
      .notNull()
      .references(() => fairs.id, { onDelete: 'cascade' }),
    bucket: timestamp('bucket', { withTimezone: true }).notNull(),
    visitors: integer('visitors').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fairId, t.bucket] })],
);

/** The hashes seen in each fair's 10 minutes (the set behind analytics_fair_slots.visitors). */
export const analyticsFairSlotVisitors = pgTable(
  'analytics_fair_slot_visitors',
  {
    fairId: integer('fair_id')
      .notNull()
      .references(() => fairs.id, { onDelete: 'cascade' }),
    bucket: timestamp('bucket', { withTimezone: true }).notNull(),
    visitorHash: text('visitor_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fairId, t.bucket, t.visitorHash] })],
);

/** Heat counts per fair, Seoul day and cell (10-minute buckets never straddle a Seoul midnight). */
export const analyticsHeatDays = pgTable(
  'analytics_heat_days',
  {
    fairId: integer('fair_id')
      .notNull()
      .references(() => fairs.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    cellX: smallint('cell_x').notNull(),
    cellZ: smallint('cell_z').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fairId, t.day, t.cellX, t.cellZ] })],
);
