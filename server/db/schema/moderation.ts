import { bigserial, check, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/** A chat line as a report keeps it: the reported line and the few said before it in its scope. */
export interface ReportedLine {
  id: string;
  nickname: string;
  text: string;
  at: number;
  /** Marks the line the visitor reported (the others are its context). */
  reported: boolean;
}

export const REPORT_STATUSES = ['open', 'resolved', 'dismissed'] as const;

/**
 * A visitor's report of a chat line, from any shard of any process: the queue staff work in /admin.
 * The lines are copied at report time (chat lines are not stored elsewhere; shards forget them).
 */
export const chatReports = pgTable(
  'chat_reports',
  {
    /** The chat service's report id (random per shard + counter: unique across shards). */
    id: text('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    shard: text('shard').notNull(),
    scope: text('scope').notNull(),
    boothId: text('booth_id'),
    reason: text('reason').notNull(),
    reporterGuestId: text('reporter_guest_id').notNull(),
    reporterNickname: text('reporter_nickname').notNull(),
    messageId: text('message_id').notNull(),
    offenderGuestId: text('offender_guest_id').notNull(),
    offenderNickname: text('offender_nickname').notNull(),
    lines: jsonb('lines').$type<ReportedLine[]>().notNull(),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('open'),
    /** The staff member's display name, when resolved or dismissed. */
    closedBy: text('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('chat_reports_status_at').on(t.status, t.at), check('chat_reports_status', sql`${t.status} in ('open', 'resolved', 'dismissed')`)],
);

/**
 * A ban, kept in the database so it outlives the presence (Redis flushed, a restart): the presence
 * stays the fast path at join, and is filled from here at boot. `key` is the presence's field
 * (`g:<guestId>` or `a:<address>`); a lifted ban's row is deleted (the audit log keeps the story).
 */
export const moderationBans = pgTable('moderation_bans', {
  key: text('key').primaryKey(),
  guestId: text('guest_id'),
  address: text('address'),
  /** Null: permanent. */
  until: timestamp('until', { withTimezone: true }),
  reason: text('reason').notNull(),
  by: text('by').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
});

/**
 * A mute, kept like a ban (moderationBans) so that it outlives the presence: a restart with
 * LocalPresence or a flushed Redis would otherwise unmute everyone. The presence stays the fast
 * path at join and is filled from here; an expired row is skipped on read, a lifted one deleted.
 */
export const moderationMutes = pgTable(
  'moderation_mutes',
  {
    guestId: text('guest_id').primaryKey(),
    until: timestamp('until', { withTimezone: true }).notNull(),
    by: text('by').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('moderation_mutes_until').on(t.until)],
);

/** Every staff action: who, what, to whom, when and why. The app only ever inserts here. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** The staff account id (null for an action from a token without an account). */
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    target: text('target').notNull(),
    reason: text('reason'),
    detail: jsonb('detail'),
  },
  (t) => [index('audit_log_at').on(t.at), index('audit_log_action_at').on(t.action, t.at)],
);

/** Words masked in chat, edited live in /admin; seeded with the built-in list (server/chat/bannedWords.ts). */
export const bannedWords = pgTable('banned_words', {
  word: text('word').primaryKey(),
  addedBy: text('added_by').notNull(),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
});
