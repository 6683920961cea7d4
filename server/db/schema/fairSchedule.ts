/** What a timed fair holds beyond its row: the booths it shows and its schedule. */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { Localized } from '../../../shared/schemas/localized.ts';
import { booths } from './booths.ts';
import { fairs } from './fairs.ts';

/**
 * The booths a timed fair shows: a selection of the venue's booths (a booth keeps its place in the
 * permanent exhibition; the fair lists and links to it while it runs).
 */
export const fairBooths = pgTable(
  'fair_booths',
  {
    fairId: integer('fair_id')
      .notNull()
      .references(() => fairs.id, { onDelete: 'cascade' }),
    boothId: text('booth_id')
      .notNull()
      .references(() => booths.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.fairId, t.boothId] })],
);

export const FAIR_EVENT_KINDS = ['talk', 'market', 'contest', 'live'] as const;

/** One entry of a fair's schedule: a talk, a market, a contest or a live sale, at a booth or in a zone. */
export const fairEvents = pgTable(
  'fair_events',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    fairId: integer('fair_id')
      .notNull()
      .references(() => fairs.id, { onDelete: 'cascade' }),
    title: jsonb('title').$type<Localized>().notNull(),
    kind: text('kind', { enum: FAIR_EVENT_KINDS }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Where it happens: a booth, or a zone (a stage or the enterprise hall), or neither. */
    boothId: text('booth_id').references(() => booths.id, { onDelete: 'set null' }),
    zoneId: text('zone_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('fair_events_kind', sql`${t.kind} in ('talk', 'market', 'contest', 'live')`),
    check('fair_events_dates', sql`${t.endsAt} > ${t.startsAt}`),
    index('fair_events_fair_start').on(t.fairId, t.startsAt),
  ],
);
