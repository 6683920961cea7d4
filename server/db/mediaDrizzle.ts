/** The media repository on a drizzle database: the queries both drivers run. */
import { asc, count, eq, and } from 'drizzle-orm';
import type { Db } from './drizzleRepo.ts';
import type { MediaRepo, MediaWriteResult } from './mediaRepo.ts';
import { booths } from './schema/booths.ts';
import { media, mediaFiles } from './schema/media.ts';

/** pg sends a Buffer as bytea; a plain Uint8Array (what the worker's messages carry) it would not. */
const asBuffer = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

export function createMediaRepo(db: Db): MediaRepo {
  return {
    store: (m) =>
      db.transaction(async (tx): Promise<MediaWriteResult> => {
        // The booth's row lock orders two uploads to one booth, so both cannot pass the count at its limit.
        const [booth] = await tx.select({ id: booths.id }).from(booths).where(eq(booths.id, m.boothId)).for('update');
        if (!booth) return { ok: false, reason: 'unknown_booth' };
        const [known] = await tx.select({ id: media.id }).from(media).where(eq(media.id, m.id));
        if (known) return { ok: true, created: false };
        const [kept] = await tx.select({ n: count() }).from(media).where(eq(media.boothId, m.boothId));
        if ((kept?.n ?? 0) >= m.maxPerBooth) return { ok: false, reason: 'booth_full' };
        await tx.insert(media).values({ id: m.id, boothId: m.boothId, uploadedBy: m.uploadedBy, width: m.width, height: m.height });
        await tx.insert(mediaFiles).values(m.files.map((f) => ({ mediaId: m.id, variant: f.variant, contentType: f.contentType, width: f.width, height: f.height, bytes: asBuffer(f.bytes) })));
        return { ok: true, created: true };
      }),

    async file(id, variant) {
      const [row] = await db
        .select({ contentType: mediaFiles.contentType, bytes: mediaFiles.bytes })
        .from(mediaFiles)
        .where(and(eq(mediaFiles.mediaId, id), eq(mediaFiles.variant, variant)));
      return row ?? null;
    },

    async find(id) {
      const [row] = await db.select({ id: media.id, boothId: media.boothId, width: media.width, height: media.height, createdAt: media.createdAt }).from(media).where(eq(media.id, id));
      if (!row) return null;
      const variants = await db
        .select({ variant: mediaFiles.variant, width: mediaFiles.width, height: mediaFiles.height })
        .from(mediaFiles)
        .where(eq(mediaFiles.mediaId, id))
        .orderBy(asc(mediaFiles.width));
      return { ...row, variants };
    },

    async countForBooth(boothId) {
      const [row] = await db.select({ n: count() }).from(media).where(eq(media.boothId, boothId));
      return row?.n ?? 0;
    },
  };
}
