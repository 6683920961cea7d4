/** The timed fairs repository (fairsRepo.ts) on a drizzle database: the queries both drivers run. */
import { and, asc, desc, eq, gt, inArray, ne } from 'drizzle-orm';
import type { Db, Tx } from './drizzleRepo.ts';
import type { FairEventRow, FairSettings, FairsRepo, TimedFair } from './fairsRepo.ts';
import { booths } from './schema/booths.ts';
import { fairs } from './schema/fairs.ts';
import { fairBooths, fairEvents } from './schema/fairSchedule.ts';

type Conn = Db | Tx;
type FairSelect = typeof fairs.$inferSelect;

const timed = eq(fairs.permanent, false);

/** The rows with their booths and schedules (two queries for any number of fairs). */
async function withSchedule(db: Conn, rows: FairSelect[]): Promise<TimedFair[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [boothRows, eventRows] = await Promise.all([
    db.select().from(fairBooths).where(inArray(fairBooths.fairId, ids)).orderBy(asc(fairBooths.boothId)),
    db.select().from(fairEvents).where(inArray(fairEvents.fairId, ids)).orderBy(asc(fairEvents.startsAt), asc(fairEvents.id)),
  ]);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    // A timed fair always has these (the API's schema requires them); the permanent one is filtered out above.
    slug: r.slug!,
    startsAt: r.startsAt!,
    endsAt: r.endsAt!,
    shardCapacity: r.shardCapacity,
    editsNeedApproval: r.editsNeedApproval,
    published: r.published,
    boothIds: boothRows.filter((b) => b.fairId === r.id).map((b) => b.boothId),
    events: eventRows
      .filter((e) => e.fairId === r.id)
      .map((e): FairEventRow => ({ id: e.id, title: e.title, kind: e.kind, startsAt: e.startsAt, endsAt: e.endsAt, boothId: e.boothId, zoneId: e.zoneId })),
  }));
}

async function slugTaken(tx: Tx, slug: string, exceptId?: number): Promise<boolean> {
  const [row] = await tx
    .select({ id: fairs.id })
    .from(fairs)
    .where(exceptId === undefined ? eq(fairs.slug, slug) : and(eq(fairs.slug, slug), ne(fairs.id, exceptId)));
  return row !== undefined;
}

const values = (f: FairSettings) => ({
  title: f.title,
  slug: f.slug,
  startsAt: f.startsAt,
  endsAt: f.endsAt,
  shardCapacity: f.shardCapacity,
  editsNeedApproval: f.editsNeedApproval,
  published: f.published,
});

export function createFairsRepo(db: Db): FairsRepo {
  const one = async (where: ReturnType<typeof eq>) => (await withSchedule(db, await db.select().from(fairs).where(and(timed, where))))[0] ?? null;
  return {
    list: async () => withSchedule(db, await db.select().from(fairs).where(timed).orderBy(desc(fairs.startsAt), desc(fairs.id))),

    get: (id) => one(eq(fairs.id, id)),

    publishedBySlug: (slug) => one(and(eq(fairs.slug, slug), eq(fairs.published, true))!),

    publishedCurrent: async (now) =>
      withSchedule(db, await db.select().from(fairs).where(and(timed, eq(fairs.published, true), gt(fairs.endsAt, now))).orderBy(asc(fairs.startsAt), asc(fairs.id))),

    create: (f) =>
      db.transaction(async (tx) => {
        if (await slugTaken(tx, f.slug)) return { ok: false, reason: 'slug_taken' } as const;
        const [made] = await tx.insert(fairs).values(values(f)).onConflictDoNothing().returning({ id: fairs.id });
        return made ? ({ ok: true, id: made.id } as const) : ({ ok: false, reason: 'slug_taken' } as const);
      }),

    update: (id, f) =>
      db.transaction(async (tx) => {
        if (await slugTaken(tx, f.slug, id)) return { ok: false, reason: 'slug_taken' } as const;
        const [done] = await tx.update(fairs).set(values(f)).where(and(timed, eq(fairs.id, id))).returning({ id: fairs.id });
        return done ? ({ ok: true, id } as const) : ({ ok: false, reason: 'not_found' } as const);
      }),

    setBooths: (id, boothIds) =>
      db.transaction(async (tx) => {
        const [fair] = await tx.select({ id: fairs.id }).from(fairs).where(and(timed, eq(fairs.id, id))).for('update');
        if (!fair) return { ok: false, reason: 'not_found' } as const;
        const unique = [...new Set(boothIds)];
        if (unique.length > 0) {
          const known = await tx.select({ id: booths.id }).from(booths).where(inArray(booths.id, unique));
          if (known.length !== unique.length) return { ok: false, reason: 'unknown_booth' } as const;
        }
        await tx.delete(fairBooths).where(eq(fairBooths.fairId, id));
        if (unique.length > 0) await tx.insert(fairBooths).values(unique.map((boothId) => ({ fairId: id, boothId })));
        return { ok: true } as const;
      }),

    addEvent: (fairId, e) =>
      db.transaction(async (tx) => {
        const [fair] = await tx.select({ id: fairs.id }).from(fairs).where(and(timed, eq(fairs.id, fairId)));
        if (!fair) return { ok: false, reason: 'not_found' } as const;
        if (e.boothId !== null) {
          const [booth] = await tx.select({ id: booths.id }).from(booths).where(eq(booths.id, e.boothId));
          if (!booth) return { ok: false, reason: 'unknown_booth' } as const;
        }
        const [made] = await tx.insert(fairEvents).values({ fairId, ...e }).returning({ id: fairEvents.id });
        return { ok: true, id: made!.id } as const;
      }),

    removeEvent: async (fairId, eventId) =>
      (await db.delete(fairEvents).where(and(eq(fairEvents.fairId, fairId), eq(fairEvents.id, eventId))).returning({ id: fairEvents.id })).length > 0,
  };
}
