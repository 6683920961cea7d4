/** The booth-edit repository (boothEditsRepo.ts) on a drizzle database: the queries both drivers run. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { BoothEditsRepo, StoredEdit } from './boothEditsRepo.ts';
import { writeOverridesIn, type Db } from './drizzleRepo.ts';
import { accounts } from './schema/accounts.ts';
import { boothEdits } from './schema/boothEdits.ts';
import { booths } from './schema/booths.ts';
import { fairs } from './schema/fairs.ts';
import type { FieldWrite } from './venueRepo.ts';

const editColumns = {
  id: boothEdits.id,
  boothId: boothEdits.boothId,
  fields: boothEdits.fields,
  baseVersion: boothEdits.baseVersion,
  status: boothEdits.status,
  submittedBy: boothEdits.submittedBy,
  submittedByName: accounts.displayName,
  submittedAt: boothEdits.submittedAt,
  reviewedAt: boothEdits.reviewedAt,
  reason: boothEdits.reason,
};

type EditRow = Omit<StoredEdit, 'fields' | 'submittedByName'> & { fields: unknown; submittedByName: string | null };

const toEdit = (r: EditRow): StoredEdit => ({ ...r, fields: r.fields as FieldWrite[], submittedByName: r.submittedByName ?? r.submittedBy });

export function createBoothEditsRepo(db: Db): BoothEditsRepo {
  const edits = () => db.select(editColumns).from(boothEdits).leftJoin(accounts, eq(accounts.id, boothEdits.submittedBy));
  return {
    async boothState(boothId) {
      const [row] = await db
        .select({ kind: booths.kind, version: booths.version, fairId: booths.fairId, editsNeedApproval: fairs.editsNeedApproval })
        .from(booths)
        .innerJoin(fairs, eq(fairs.id, booths.fairId))
        .where(eq(booths.id, boothId));
      return row ?? null;
    },

    submit: (e) =>
      db.transaction(async (tx) => {
        await tx
          .update(boothEdits)
          .set({ status: 'withdrawn' })
          .where(and(eq(boothEdits.boothId, e.boothId), eq(boothEdits.status, 'pending')));
        const [row] = await tx
          .insert(boothEdits)
          .values({ boothId: e.boothId, fields: e.fields, baseVersion: e.baseVersion, submittedBy: e.by })
          .returning({ id: boothEdits.id });
        if (!row) throw new Error('booth_edits insert returned no row');
        return row;
      }),

    async pendingOf(boothId) {
      const [row] = await edits()
        .where(and(eq(boothEdits.boothId, boothId), eq(boothEdits.status, 'pending')))
        .orderBy(desc(boothEdits.id))
        .limit(1);
      return row ? toEdit(row) : null;
    },

    async lastReviewed(boothId) {
      const [row] = await edits()
        .where(and(eq(boothEdits.boothId, boothId), inArray(boothEdits.status, ['approved', 'rejected'])))
        .orderBy(desc(boothEdits.reviewedAt), desc(boothEdits.id))
        .limit(1);
      return row ? toEdit(row) : null;
    },

    async get(id) {
      const [row] = await edits().where(eq(boothEdits.id, id));
      return row ? toEdit(row) : null;
    },

    async list(status) {
      const rows = await edits().where(eq(boothEdits.status, status)).orderBy(asc(boothEdits.submittedAt), asc(boothEdits.id)).limit(500);
      return rows.map(toEdit);
    },

    approve: (id, by) =>
      db.transaction(async (tx) => {
        // The row lock makes a second approver wait, then find it approved.
        const [edit] = await tx
          .select({ boothId: boothEdits.boothId, fields: boothEdits.fields, baseVersion: boothEdits.baseVersion, submittedBy: boothEdits.submittedBy })
          .from(boothEdits)
          .where(and(eq(boothEdits.id, id), eq(boothEdits.status, 'pending')))
          .for('update');
        if (!edit) return { ok: false, reason: 'not_pending' } as const;
        // The overrides name the member who wrote them; the review names the approver.
        const written = await writeOverridesIn(tx, { boothId: edit.boothId, fields: edit.fields as FieldWrite[], by: edit.submittedBy, expectedVersion: edit.baseVersion });
        if (written.ok) await tx.update(boothEdits).set({ status: 'approved', reviewedBy: by, reviewedAt: sql`now()` }).where(eq(boothEdits.id, id));
        return written;
      }),

    async reject(r) {
      const done = await db
        .update(boothEdits)
        .set({ status: 'rejected', reviewedBy: r.by, reviewedAt: sql`now()`, reason: r.reason })
        .where(and(eq(boothEdits.id, r.id), eq(boothEdits.status, 'pending')))
        .returning({ id: boothEdits.id });
      return done.length > 0;
    },

    async fairSettings(fairId) {
      const [row] = await db.select({ id: fairs.id, editsNeedApproval: fairs.editsNeedApproval }).from(fairs).where(eq(fairs.id, fairId));
      return row ?? null;
    },

    async setEditsNeedApproval(fairId, value) {
      const done = await db.update(fairs).set({ editsNeedApproval: value }).where(eq(fairs.id, fairId)).returning({ id: fairs.id });
      return done.length > 0;
    },
  };
}
