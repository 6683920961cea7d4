/** The second-factor repository on a drizzle database: the queries both drivers run. */
import { and, count, eq, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from './drizzleRepo.ts';
import type { SecondFactorRepo } from './secondFactorRepo.ts';
import { accountRecoveryCodes, accountTotp } from './schema/staffSecurity.ts';

export function createSecondFactorRepo(db: Db): SecondFactorRepo {
  return {
    async totpOf(accountId) {
      const [row] = await db.select().from(accountTotp).where(eq(accountTotp.accountId, accountId));
      if (!row) return null;
      const [left] = await db
        .select({ n: count() })
        .from(accountRecoveryCodes)
        .where(and(eq(accountRecoveryCodes.accountId, accountId), isNull(accountRecoveryCodes.usedAt)));
      return { secretEnc: row.secretEnc, confirmed: row.confirmedAt !== null, lastStep: row.lastStep, recoveryCodesLeft: left?.n ?? 0 };
    },
    async beginTotp(accountId, secretEnc) {
      // A begun (unconfirmed) enrolment is replaced; a confirmed one stays until disabled with a code.
      const rows = await db
        .insert(accountTotp)
        .values({ accountId, secretEnc })
        .onConflictDoUpdate({ target: accountTotp.accountId, set: { secretEnc, lastStep: 0, createdAt: sql`now()` }, setWhere: isNull(accountTotp.confirmedAt) })
        .returning({ id: accountTotp.accountId });
      return rows.length === 1;
    },
    confirmTotp: (accountId, step, recoveryHashes) =>
      db.transaction(async (tx) => {
        const done = await tx
          .update(accountTotp)
          .set({ confirmedAt: sql`now()`, lastStep: step })
          .where(and(eq(accountTotp.accountId, accountId), isNull(accountTotp.confirmedAt)))
          .returning({ id: accountTotp.accountId });
        if (done.length === 0) return false;
        await tx.delete(accountRecoveryCodes).where(eq(accountRecoveryCodes.accountId, accountId));
        await tx.insert(accountRecoveryCodes).values(recoveryHashes.map((codeHash) => ({ accountId, codeHash })));
        return true;
      }),
    async useStep(accountId, step) {
      // The row lock orders two processes checking the same code: the second sees the first's step.
      const rows = await db
        .update(accountTotp)
        .set({ lastStep: step })
        .where(and(eq(accountTotp.accountId, accountId), isNotNull(accountTotp.confirmedAt), lt(accountTotp.lastStep, step)))
        .returning({ id: accountTotp.accountId });
      return rows.length === 1;
    },
    async useRecoveryCode(accountId, codeHash) {
      const rows = await db
        .update(accountRecoveryCodes)
        .set({ usedAt: sql`now()` })
        .where(and(eq(accountRecoveryCodes.accountId, accountId), eq(accountRecoveryCodes.codeHash, codeHash), isNull(accountRecoveryCodes.usedAt)))
        .returning({ id: accountRecoveryCodes.accountId });
      return rows.length === 1;
    },
    removeTotp: (accountId) =>
      db.transaction(async (tx) => {
        await tx.delete(accountRecoveryCodes).where(eq(accountRecoveryCodes.accountId, accountId));
        await tx.delete(accountTotp).where(eq(accountTotp.accountId, accountId));
      }),
    async accountsWithTotp() {
      const rows = await db.select({ id: accountTotp.accountId }).from(accountTotp).where(isNotNull(accountTotp.confirmedAt));
      return rows.map((r) => r.id);
    },
  };
}
