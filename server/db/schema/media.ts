import { customType, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { booths } from './booths.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * An uploaded picture (a booth's logo or one of its images), re-encoded on the server. Its id is
 * the SHA-256 of its booth and its variants' bytes (server/media/mediaId.ts), so its URLs are
 * immutable and one upload stored twice for a booth is one row.
 */
export const media = pgTable(
  'media',
  {
    id: text('id').primaryKey(),
    boothId: text('booth_id')
      .notNull()
      .references(() => booths.id, { onDelete: 'cascade' }),
    uploadedBy: text('uploaded_by').references(() => accounts.id, { onDelete: 'set null' }),
    /** The upload's size after EXIF rotation. */
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('media_booth').on(t.boothId)],
);

/** One encoded size of a picture (the world's texture, a page's thumbnail …), served as a file. */
export const mediaFiles = pgTable(
  'media_files',
  {
    mediaId: text('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    /** The size's name (server/media/variants.ts). */
    variant: text('variant').notNull(),
    contentType: text('content_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.mediaId, t.variant] })],
);
