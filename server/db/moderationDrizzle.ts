/** The moderation repository on a drizzle database: the queries both drivers run. */
import { and, asc, desc, eq, gt, isNull, ne, or } from 'drizzle-orm';
import type { Ban, Report } from '../../shared/api/moderation.ts';
import type { Db } from './drizzleRepo.ts';
import type { ModerationRepo } from './moderationRepo.ts';
import { auditLog, bannedWords, chatReports, moderationBans, moderationMutes } from './schema/moderation.ts';

const ms = (d: Date | null): number | null => (d ? d.getTime() : null);

function reportOf(r: typeof chatReports.$inferSelect): Report {
  return {
    id: r.id,
    at: r.at.getTime(),
    shard: r.shard,
    scope: r.scope as Report['scope'],
    boothId: r.boothId,
    reason: r.reason as Report['reason'],
    reporterGuestId: r.reporterGuestId,
    reporterNickname: r.reporterNickname,
    messageId: r.messageId,
    offenderGuestId: r.offenderGuestId,
    offenderNickname: r.offenderNickname,
    lines: r.lines,
    status: r.status,
    closedBy: r.closedBy,
    closedAt: ms(r.closedAt),
  };
}

const banOf = (b: typeof moderationBans.$inferSelect): Ban => ({ ...b, until: ms(b.until), at: b.at.getTime() });

export function createModerationRepo(db: Db): ModerationRepo {
  return {
    async addReport(r) {
      await db
        .insert(chatReports)
        .values({ ...r, at: new Date(r.at) })
        .onConflictDoNothing();
    },

    async listReports(which, limit) {
      const rows = await db
        .select()
        .from(chatReports)
        .where(which === 'open' ? eq(chatReports.status, 'open') : ne(chatReports.status, 'open'))
        .orderBy(desc(chatReports.at))
        .limit(limit);
      return rows.map(reportOf);
    },

    async closeReport(id, status, by, at) {
      const rows = await db
        .update(chatReports)
        .set({ status, closedBy: by, closedAt: new Date(at) })
        .where(and(eq(chatReports.id, id), eq(chatReports.status, 'open')))
        .returning({ id: chatReports.id });
      return rows.length > 0;
    },

    async activeBans(nowMs) {
      const rows = await db
        .select()
        .from(moderationBans)
        .where(or(isNull(moderationBans.until), gt(moderationBans.until, new Date(nowMs))))
        .orderBy(asc(moderationBans.at));
      return rows.map(banOf);
    },

    async saveBans(bans) {
      for (const b of bans) {
        const row = { ...b, until: b.until === null ? null : new Date(b.until), at: new Date(b.at) };
        await db.insert(moderationBans).values(row).onConflictDoUpdate({ target: moderationBans.key, set: row });
      }
    },

    async deleteBan(key) {
      const rows = await db.delete(moderationBans).where(eq(moderationBans.key, key)).returning({ key: moderationBans.key });
      return rows.length > 0;
    },

    async activeMutes(nowMs) {
      const rows = await db.select().from(moderationMutes).where(gt(moderationMutes.until, new Date(nowMs))).orderBy(asc(moderationMutes.at));
      return rows.map((m) => ({ ...m, until: m.until.getTime(), at: m.at.getTime() }));
    },

    async saveMute(m) {
      const row = { ...m, until: new Date(m.until), at: new Date(m.at) };
      await db.insert(moderationMutes).values(row).onConflictDoUpdate({ target: moderationMutes.guestId, set: row });
    },

    async deleteMute(guestId) {
      const rows = await db.delete(moderationMutes).where(eq(moderationMutes.guestId, guestId)).returning({ guestId: moderationMutes.guestId });
      return rows.length > 0;
    },

    async audit(e) {
      await db.insert(auditLog).values({ actorId: e.actorId, actorName: e.actorName, action: e.action, target: e.target, reason: e.reason, detail: e.detail ?? null });
    },

    async listAudit(action, limit) {
      const rows = await db
        .select({ id: auditLog.id, at: auditLog.at, actorName: auditLog.actorName, action: auditLog.action, target: auditLog.target, reason: auditLog.reason })
        .from(auditLog)
        .where(action === null ? undefined : eq(auditLog.action, action))
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(limit);
      return rows.map((r) => ({ ...r, at: r.at.getTime() }));
    },

    async listWords() {
      const rows = await db.select().from(bannedWords).orderBy(asc(bannedWords.addedAt), asc(bannedWords.word));
      return rows.map((r) => ({ word: r.word, addedBy: r.addedBy, addedAt: r.addedAt.getTime() }));
    },

    async addWord(word, by) {
      const rows = await db.insert(bannedWords).values({ word, addedBy: by }).onConflictDoNothing().returning({ word: bannedWords.word });
      return rows.length > 0;
    },

    async removeWord(word) {
      const rows = await db.delete(bannedWords).where(eq(bannedWords.word, word)).returning({ word: bannedWords.word });
      return rows.length > 0;
    },
  };
}
