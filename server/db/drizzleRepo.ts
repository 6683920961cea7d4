/** The repository on a drizzle database: the queries both drivers run. */
import { and, eq, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { boothOverrides, booths } from './schema/booths.ts';
import { PERMANENT_FAIR_ID } from './schema/fairs.ts';
import { catalogueImports, venueVersion } from './schema/venue.ts';
import type { BoothStatusResult, OverrideWrite, OverrideWriteResult, VenueRepo } from './venueRepo.ts';

/** Either driver's drizzle database (pglite or node-postgres). */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export async function readVersion(db: Db | Tx): Promise<number> {
  const [row] = await db.select({ version: venueVersion.version }).from(venueVersion).where(eq(venueVersion.id, 1));
  if (!row) throw new Error('venue_version has no row: the seed migration did not run');
  return row.version;
}

export async function bumpVersion(tx: Tx): Promise<number> {
  const [row] = await tx
    .update(venueVersion)
    .set({ version: sql`${venueVersion.version} + 1` })
    .where(eq(venueVersion.id, 1))
    .returning({ version: venueVersion.version });
  if (!row) throw new Error('venue_version has no row: the seed migration did not run');
  return row.version;
}

/**
 * Saves fields of one booth inside the caller's transaction: booth version +1 (only from
 * `expectedVersion` when given), the overrides, venue version +1. Writes nothing when it refuses.
 * Shared by a direct save and by approving a queued edit (boothEditsDrizzle.ts), which must mark the
 * edit approved in the same transaction.
 */
export async function writeOverridesIn(tx: Tx, w: OverrideWrite): Promise<OverrideWriteResult> {
  const sameBooth = eq(booths.id, w.boothId);
  // The row lock this update takes orders concurrent saves of one booth; the version check
  // makes the later of two saves made from the same version fail instead of overwrite.
  const [bumped] = await tx
    .update(booths)
    .set({ version: sql`${booths.version} + 1`, updatedAt: sql`now()` })
    .where(w.expectedVersion === undefined ? sameBooth : and(sameBooth, eq(booths.version, w.expectedVersion)))
    .returning({ version: booths.version });
  if (!bumped) {
    const [current] = await tx.select({ version: booths.version }).from(booths).where(sameBooth);
    return current ? { ok: false, reason: 'stale', boothVersion: current.version } : { ok: false, reason: 'unknown_booth' };
  }
  await tx
    .insert(boothOverrides)
    .values(w.fields.map((f) => ({ boothId: w.boothId, path: f.path, value: f.value, updatedBy: w.by })))
    .onConflictDoUpdate({
      target: [boothOverrides.boothId, boothOverrides.path],
      set: { value: sql`excluded.value`, updatedBy: sql`excluded.updated_by`, updatedAt: sql`now()` },
    });
  return { ok: true, boothVersion: bumped.version, venueVersion: await bumpVersion(tx) };
}

export function createVenueRepo(db: Db): VenueRepo {
  return {
    importCatalogue: (c) =>
      db.transaction(async (tx) => {
        // The unique hash decides: of two processes starting together on PostgreSQL, the second
        // waits on the first's row and then finds it there.
        const [done] = await tx
          .insert(catalogueImports)
          .values({ catalogueHash: c.hash, boothCount: c.booths.length, venueVersion: 0 })
          .onConflictDoNothing()
          .returning({ id: catalogueImports.id });
        if (!done) return { imported: false, venueVersion: await readVersion(tx) };
        // Booths already there keep their row (status, version, placement) as staff left it.
        if (c.booths.length > 0) {
          await tx
            .insert(booths)
            .values(c.booths.map((b) => ({ ...b, fairId: PERMANENT_FAIR_ID })))
            .onConflictDoNothing();
        }
        const version = await bumpVersion(tx);
        await tx.update(catalogueImports).set({ venueVersion: version }).where(eq(catalogueImports.id, done.id));
        return { imported: true, venueVersion: version };
      }),

    snapshot: () =>
      db.transaction(
        async (tx) => {
          const version = await readVersion(tx);
          const rows = await tx.select({ boothId: boothOverrides.boothId, path: boothOverrides.path, value: boothOverrides.value }).from(boothOverrides);
          const closed = await tx.select({ id: booths.id }).from(booths).where(eq(booths.status, 'closed'));
          return { venueVersion: version, overrides: rows, closedBoothIds: closed.map((b) => b.id) };
        },
        // One snapshot: a write committing between the two reads must not pair old version and new rows.
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      ),

    venueVersion: () => readVersion(db),

    writeOverrides: (w) => db.transaction((tx) => writeOverridesIn(tx, w)),

    setBoothStatus: (boothId, status) =>
      db.transaction(async (tx): Promise<BoothStatusResult> => {
        const [row] = await tx.select({ status: booths.status, version: booths.version }).from(booths).where(eq(booths.id, boothId));
        if (!row) return { ok: false, reason: 'unknown_booth' };
        if (row.status === status) return { ok: true, boothVersion: row.version, venueVersion: await readVersion(tx) };
        const [bumped] = await tx
          .update(booths)
          .set({ status, version: sql`${booths.version} + 1`, updatedAt: sql`now()` })
          .where(eq(booths.id, boothId))
          .returning({ version: booths.version });
        return { ok: true, boothVersion: bumped!.version, venueVersion: await bumpVersion(tx) };
      }),
  };
}
