import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { booths } from './booths.ts';

/**
 * A booth's live, recorded: the MP4 the recorder wrote (an absolute path under the data directory,
 * never taken from a request) and when it ran. One per live.
 */
export const replays = pgTable(
  'replays',
  {
    id: text('id').primaryKey(),
    liveId: text('live_id').notNull().unique(),
    boothId: text('booth_id')
      .notNull()
      .references(() => booths.id, { onDelete: 'cascade' }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }).notNull(),
    durationMs: integer('duration_ms').notNull(),
    file: text('file').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('replays_booth').on(t.boothId, t.startedAt)],
);

/**
 * A listing pinned during a live: written when it is pinned (the replay comes later, when the
 * recording is done), with the product's name at that moment and its time on the server's clock.
 */
export const replayTags = pgTable(
  'replay_tags',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    liveId: text('live_id').notNull(),
    boothId: text('booth_id')
      .notNull()
      .references(() => booths.id, { onDelete: 'cascade' }),
    listingId: text('listing_id').notNull(),
    name: text('name').notNull(),
    /** ms from the live's start (its opening) to the pin. */
    offsetMs: integer('offset_ms').notNull(),
    pinnedAt: timestamp('pinned_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('replay_tags_live').on(t.liveId)],
);
