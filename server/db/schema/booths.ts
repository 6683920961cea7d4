import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { fairs } from './fairs.ts';

export const BOOTH_KINDS = ['programme', 'enterprise'] as const;
export const BOOTH_STATUSES = ['open', 'closed'] as const;

/**
 * A booth of a fair. Its content is the catalogue's entry of the same id with booth_overrides laid
 * over it (shared/venue/merge.ts); this row holds what the catalogue does not: where it stands,
 * whether it is open, and the version two editors' saves are checked against.
 */
export const booths = pgTable(
  'booths',
  {
    /** The booth id of the catalogue and of /booth/:id. */
    id: text('id').primaryKey(),
    fairId: integer('fair_id')
      .notNull()
      .references(() => fairs.id),
    /** The zone it stands in (a value-chain stage, or the enterprise hall). */
    zoneId: text('zone_id').notNull(),
    kind: text('kind', { enum: BOOTH_KINDS }).notNull(),
    status: text('status', { enum: BOOTH_STATUSES }).notNull().default('open'),
    /** Bumped by every write to the booth: a save made against an older version is refused. */
    version: integer('version').notNull().default(1),
    /**
     * A booth staff created in /admin has no catalogue entry: this is its base entry as created
     * (name, programmeId or none, icon, paragraphs), which its edits overlay as the brochure's
     * entry is overlaid. Null for the brochure's booths.
     */
    entry: jsonb('entry'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('booths_kind', sql`${t.kind} in ('programme', 'enterprise')`),
    check('booths_status', sql`${t.status} in ('open', 'closed')`),
    index('booths_fair').on(t.fairId),
  ],
);

/**
 * One edited field of a booth (a dotted path into its catalogue entry, shared/venue/fieldPath.ts).
 * A field without a row follows the catalogue in the code.
 */
export const boothOverrides = pgTable(
  'booth_overrides',
  {
    boothId: text('booth_id')
      .notNull()
      .references(() => booths.id, { onDelete: 'cascade' }),
    path: text('path').notNull(),
    /** The field's value as JSON; NULL removes an optional field. */
    value: jsonb('value'),
    /** Who saved it (an account id once accounts exist; a script or test names itself). */
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.boothId, t.path] })],
);
