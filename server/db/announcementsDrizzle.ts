/** The scheduled-announcements repository on a drizzle database: the queries both drivers run. */
import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { ScheduledAnnouncement } from '../../shared/api/announcements.ts';
import type { AnnouncementsRepo } from './announcementsRepo.ts';
import type { Db } from './drizzleRepo.ts';
import { fairs } from './schema/fairs.ts';
import { scheduledAnnouncements as sa } from './schema/staffSecurity.ts';

const pendingRow = and(isNull(sa.sentAt), isNull(sa.cancelledAt));

const view = (r: typeof sa.$inferSelect): ScheduledAnnouncement => ({ id: r.id, fairId: r.fairId, text: r.text, sendAt: r.sendAt.getTime(), by: r.createdByName });

export function createAnnouncementsRepo(db: Db): AnnouncementsRepo {
  return {
    async schedule(a) {
      const [fair] = await db.select({ id: fairs.id }).from(fairs).where(eq(fairs.id, a.fairId));
      if (!fair) return { ok: false, reason: 'not_found' };
      const [row] = await db.insert(sa).values(a).returning();
      return { ok: true, announcement: view(row!) };
    },
    async pending(fairId) {
      const rows = await db
        .select()
        .from(sa)
        .where(and(eq(sa.fairId, fairId), pendingRow))
        .orderBy(asc(sa.sendAt), asc(sa.id));
      return rows.map(view);
    },
    async cancel(fairId, id) {
      const rows = await db
        .update(sa)
        .set({ cancelledAt: sql`now()` })
        .where(and(eq(sa.id, id), eq(sa.fairId, fairId), pendingRow))
        .returning({ id: sa.id });
      return rows.length === 1;
    },
    async claimDue(now) {
      // On PostgreSQL a second process's update waits on the first's row locks, then re-checks
      // `sent_at is null` and skips the rows the first claimed: each row is returned once.
      const rows = await db
        .update(sa)
        .set({ sentAt: now })
        .where(and(pendingRow, lte(sa.sendAt, now)))
        .returning({ id: sa.id, text: sa.text, by: sa.createdByName, sendAt: sa.sendAt });
      return rows.map((r) => ({ id: r.id, text: r.text, by: r.by, sendAt: r.sendAt.getTime() })).sort((a, b) => a.sendAt - b.sendAt);
    },
  };
}
