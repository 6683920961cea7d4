/** The inquiries repository on a drizzle database: the queries both drivers run. */
import { and, count, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { PurchaseDetails } from '../../shared/api/inquiry.ts';
import type { Lang } from '../../shared/schemas/localized.ts';
import type { Db } from './drizzleRepo.ts';
import type { InquiriesRepo, InquiryRecord } from './inquiriesRepo.ts';
import { accounts, boothMembers } from './schema/accounts.ts';
import { booths } from './schema/booths.ts';
import { PERMANENT_FAIR_ID } from './schema/fairs.ts';
import { inquiries } from './schema/inquiries.ts';

/** PostgreSQL's unique_violation. */
const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(e: unknown): boolean {
  // drizzle wraps the driver's error; the SQLSTATE is on it or on its cause.
  for (let err: unknown = e; typeof err === 'object' && err !== null; err = (err as { cause?: unknown }).cause) {
    if ((err as { code?: unknown }).code === UNIQUE_VIOLATION) return true;
  }
  return false;
}

type Row = typeof inquiries.$inferSelect;

function record(r: Row): InquiryRecord {
  return {
    id: r.id,
    reference: r.reference,
    fairId: r.fairId,
    boothId: r.boothId,
    kind: r.kind,
    status: r.status,
    lang: r.lang as Lang,
    name: r.name,
    email: r.email,
    phone: r.phone,
    message: r.message,
    details: (r.details as PurchaseDetails | null) ?? null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    deleteAfter: r.deleteAfter,
    erasedAt: r.erasedAt,
  };
}

const notDisabled = isNull(accounts.disabledAt);

/** Every personal field emptied, and when. */
const erasure = (now: Date) => ({ name: null, email: null, phone: null, message: null, details: sql`null`, erasedAt: now, updatedAt: now });

export function createInquiriesRepo(db: Db): InquiriesRepo {
  return {
    async insert(row) {
      let fairId = PERMANENT_FAIR_ID;
      if (row.boothId !== null) {
        const [booth] = await db.select({ fairId: booths.fairId }).from(booths).where(eq(booths.id, row.boothId));
        if (!booth) return { ok: false, reason: 'unknown_booth' };
        fairId = booth.fairId;
      }
      try {
        await db.insert(inquiries).values({ ...row, fairId, updatedAt: row.createdAt });
      } catch (e) {
        if (isUniqueViolation(e)) return { ok: false, reason: 'reference_taken' };
        throw e;
      }
      return { ok: true, fairId };
    },

    async list(scope) {
      const where = 'boothId' in scope ? eq(inquiries.boothId, scope.boothId) : eq(inquiries.fairId, scope.fairId);
      const rows = await db.select().from(inquiries).where(where).orderBy(desc(inquiries.createdAt), desc(inquiries.id));
      return rows.map(record);
    },

    async get(id) {
      const [row] = await db.select().from(inquiries).where(eq(inquiries.id, id));
      return row ? record(row) : null;
    },

    async setStatus(id, status, at) {
      const [row] = await db.update(inquiries).set({ status, updatedAt: at }).where(eq(inquiries.id, id)).returning();
      return row ? record(row) : null;
    },

    async countNew(boothId) {
      const [row] = await db
        .select({ n: count() })
        .from(inquiries)
        .where(and(eq(inquiries.boothId, boothId), eq(inquiries.status, 'new')));
      return row?.n ?? 0;
    },

    async eraseExpired(now) {
      // One statement: a row is erased whole or not at all, and a crash mid-way leaves no half-erased row.
      const erased = await db
        .update(inquiries)
        .set(erasure(now))
        .where(and(lte(inquiries.deleteAfter, now), isNull(inquiries.erasedAt)))
        .returning({ id: inquiries.id });
      return erased.length;
    },

    async erase(id, now) {
      const [row] = await db.update(inquiries).set(erasure(now)).where(eq(inquiries.id, id)).returning();
      return row ? record(row) : null;
    },

    async memberEmails(boothId) {
      const rows = await db
        .select({ email: accounts.email })
        .from(boothMembers)
        .innerJoin(accounts, eq(accounts.id, boothMembers.accountId))
        .where(and(eq(boothMembers.boothId, boothId), notDisabled));
      return rows.map((r) => r.email);
    },

    async staffEmails() {
      const rows = await db
        .select({ email: accounts.email })
        .from(accounts)
        .where(and(inArray(accounts.role, ['admin', 'moderator']), notDisabled));
      return rows.map((r) => r.email);
    },
  };
}
