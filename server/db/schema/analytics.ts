import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { fairs } from './fairs.ts';

export const BOOTH_EVENT_KINDS = ['dialog_open', 'link_click', 'product_click'] as const;

/**
 * One booth visit as the hall measured it (server/analytics: at least 3 s in the booth's area). The
 * visitor is a daily salted hash (server/analytics/visitorHash.ts), never a guest id or a name.
 * No foreign key to booths: a removed booth's figures stay in its fair's reports.
 */
export const analyticsVisits = pgTable(
  'analytics_visits',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    fairId: integer('fair_id')
      .notNull()
      .references(() => fairs.id, { onDelete: 'cascade' }),
    boothId: text('booth_id').notNull(),
    visitorHash: text('visitor_hash').notNull(),
    /** The Asia/Seoul day the visit began (the salt's day): unique visitors are counted per day. */
    day: date('day', { mode: 'string' }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }).notNull(),
    dwellMs: integer('dwell_ms').notNull(),
  },
  (t) => [
    // A fair's latest visits; its figures come from the rollups (schema/analyticsRollups.ts).
    index('analytics_visits_fair_time').on(t.fairId, t.startedAt),
    // A booth's own figures are counted here without reading the table (a booth's rows are few).
    index('analytics_visits_booth_day').on(t.boothId, t.day, t.startedAt, t.visitorHash, t.dwellMs),
    check('analytics_visits_dwell', sql`${t.dwellMs} >= 0`),
  ],
);

/** Where visitors stood: samples (≤ 1/s each) per 4 m cell per 10 minutes, added to as they come. */
export const analyticsHeat = pgTable(
  'analytics_heat',
  {
    fairId: integer('fair_id')
      .notNull()
      .references(() => fairs.id, { onDelete: 'cascade' }),
    bucket: timestamp('bucket', { withTimezone: true }).notNull(),
    cellX: smallint('cell_x').notNull(),
    cellZ: smallint('cell_z').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fairId, t.bucket, t.cellX, t.cellZ] })],
);

/**
 * What visitors did at a booth that the hall cannot see: the booth's dialog opened, a link or a
 * product clicked (sent by the page). Inquiries and orders are counted from their own tables.
 */
export const analyticsEvents = pgTable(
  'analytics_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    fairId: integer('fair_id')
      .notNull()
      .references(() => fairs.id, { onDelete: 'cascade' }),
    boothId: text('booth_id').notNull(),
    kind: text('kind', { enum: BOOTH_EVENT_KINDS }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('analytics_events_fair').on(t.fairId, t.at),
    index('analytics_events_booth').on(t.boothId, t.at),
    check('analytics_events_kind', sql`${t.kind} in ('dialog_open', 'link_click', 'product_click')`),
  ],
);
