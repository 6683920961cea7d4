/** The booths repository (boothsRepo.ts) on a drizzle database: the queries both drivers run. */
import { asc, eq, sql } from 'drizzle-orm';
import { bumpVersion, readVersion, type Db } from './drizzleRepo.ts';
import type { BoothsRepo, PlaceBoothResult } from './boothsRepo.ts';
import { accounts, boothMembers } from './schema/accounts.ts';
import { booths } from './schema/booths.ts';
import { PERMANENT_FAIR_ID } from './schema/fairs.ts';


export function createBoothsRepo(db: Db): BoothsRepo {
  return {
    list: () =>
      db
        .select({ id: booths.id, kind: booths.kind, zoneId: booths.zoneId, status: booths.status, version: booths.version, entry: booths.entry, createdAt: booths.createdAt })
        .from(booths)
        .where(eq(booths.fairId, PERMANENT_FAIR_ID))
        .orderBy(asc(booths.createdAt), asc(booths.id)),

    create: (b) =>
      db.transaction(async (tx) => {
        const [made] = await tx
          .insert(booths)
          .values({ id: b.id, fairId: PERMANENT_FAIR_ID, zoneId: b.zoneId, kind: 'enterprise', status: 'closed', entry: b.entry })
          .onConflictDoNothing()
          .returning({ id: booths.id });
        if (!made) return { ok: false, reason: 'id_taken' } as const;
        return { ok: true, venueVersion: await bumpVersion(tx) } as const;
      }),

    place: (boothId, zoneId) =>
      db.transaction(async (tx): Promise<PlaceBoothResult> => {
        // The row lock orders a placement against a save or a status change of the same booth.
        const [row] = await tx.select({ kind: booths.kind, zoneId: booths.zoneId, version: booths.version }).from(booths).where(eq(booths.id, boothId)).for('update');
        if (!row) return { ok: false, reason: 'unknown_booth' };
        if (row.kind !== 'enterprise') return { ok: false, reason: 'not_enterprise' };
        if (row.zoneId === zoneId) {
          return { ok: true, boothVersion: row.version, venueVersion: await readVersion(tx) };
        }
        const [bumped] = await tx
          .update(booths)
          .set({ zoneId, version: sql`${booths.version} + 1`, updatedAt: sql`now()` })
          .where(eq(booths.id, boothId))
          .returning({ version: booths.version });
        return { ok: true, boothVersion: bumped!.version, venueVersion: await bumpVersion(tx) };
      }),

    addMember: (boothId, accountId) =>
      db.transaction(async (tx) => {
        const [booth] = await tx.select({ id: booths.id }).from(booths).where(eq(booths.id, boothId));
        if (!booth) return { ok: false, reason: 'unknown_booth' } as const;
        const [account] = await tx.select({ role: accounts.role }).from(accounts).where(eq(accounts.id, accountId));
        if (!account) return { ok: false, reason: 'unknown_account' } as const;
        // Staff reach every booth already; membership is what makes an enterprise account a booth's.
        if (account.role !== 'enterprise') return { ok: false, reason: 'not_enterprise_account' } as const;
        await tx.insert(boothMembers).values({ boothId, accountId }).onConflictDoNothing();
        return { ok: true } as const;
      }),
  };
}
