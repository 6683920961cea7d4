/** The replays repository on a drizzle database: the queries both drivers run. */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from './drizzleRepo.ts';
import type { ReplayRecord, ReplaysRepo } from './replaysRepo.ts';
import { booths } from './schema/booths.ts';
import { replays, replayTags } from './schema/replays.ts';

const record = (r: typeof replays.$inferSelect): ReplayRecord => ({
  id: r.id,
  liveId: r.liveId,
  boothId: r.boothId,
  startedAt: r.startedAt,
  durationMs: r.durationMs,
  file: r.file,
});

export function createReplaysRepo(db: Db): ReplaysRepo {
  return {
    async addTag(t) {
      await db.insert(replayTags).values(t);
    },

    addReplay: (r) =>
      db.transaction(async (tx) => {
        const [booth] = await tx.select({ id: booths.id }).from(booths).where(eq(booths.id, r.boothId));
        if (!booth) return { ok: false, reason: 'unknown_booth' } as const;
        // The live id is unique: a second call for the same live (a retry) finds the first's row.
        const [made] = await tx.insert(replays).values(r).onConflictDoNothing({ target: replays.liveId }).returning();
        if (made) return { ok: true, created: true, replay: record(made) } as const;
        const [had] = await tx.select().from(replays).where(eq(replays.liveId, r.liveId));
        return { ok: true, created: false, replay: record(had!) } as const;
      }),

    async listForBooth(boothId) {
      const [booth] = await db.select({ id: booths.id }).from(booths).where(eq(booths.id, boothId));
      if (!booth) return null;
      const rows = await db.select().from(replays).where(eq(replays.boothId, boothId)).orderBy(desc(replays.startedAt), asc(replays.id));
      if (rows.length === 0) return [];
      const tags = await db
        .select({ liveId: replayTags.liveId, listingId: replayTags.listingId, name: replayTags.name, pinnedAt: replayTags.pinnedAt })
        .from(replayTags)
        .where(inArray(replayTags.liveId, rows.map((r) => r.liveId)))
        .orderBy(asc(replayTags.pinnedAt), asc(replayTags.id));
      return rows.map((r) => ({
        replay: record(r),
        pins: tags.filter((t) => t.liveId === r.liveId).map((t) => ({ listingId: t.listingId, name: t.name, pinnedAt: t.pinnedAt.getTime() })),
      }));
    },

    async find(id) {
      const [row] = await db.select().from(replays).where(eq(replays.id, id));
      return row ? record(row) : null;
    },

    remove: (boothId, id) =>
      db.transaction(async (tx) => {
        const [gone] = await tx
          .delete(replays)
          .where(and(eq(replays.id, id), eq(replays.boothId, boothId)))
          .returning();
        if (!gone) return null;
        await tx.delete(replayTags).where(eq(replayTags.liveId, gone.liveId));
        return record(gone);
      }),
  };
}
