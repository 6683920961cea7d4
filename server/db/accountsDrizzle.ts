/** The accounts repository on a drizzle database (either driver's): the queries behind accountsRepo.ts. */
import { and, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Role } from '../../shared/api/account.ts';
import type {
  AccountCredentials,
  AccountRow,
  AccountsRepo,
  CreateAccountResult,
  LinkRefusal,
  LinkRow,
  NewAccount,
} from './accountsRepo.ts';
import type { Db } from './drizzleRepo.ts';
import { accountLinks, accounts, boothMembers, sessions, setupCode } from './schema/accounts.ts';
import { booths } from './schema/booths.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Conn = Db | Tx;

const accountColumns = {
  id: accounts.id,
  email: accounts.email,
  displayName: accounts.displayName,
  role: accounts.role,
  disabledAt: accounts.disabledAt,
};
type AccountSelect = { id: string; email: string; displayName: string; role: Role; disabledAt: Date | null };

async function boothsOf(db: Conn, ids: string[]): Promise<Map<string, string[]>> {
  const byAccount = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byAccount;
  const rows = await db
    .select({ accountId: boothMembers.accountId, boothId: boothMembers.boothId })
    .from(boothMembers)
    .where(inArray(boothMembers.accountId, ids))
    .orderBy(boothMembers.boothId);
  for (const r of rows) byAccount.get(r.accountId)?.push(r.boothId);
  return byAccount;
}

function toRow(a: AccountSelect, boothIds: string[]): AccountRow {
  return { id: a.id, email: a.email, displayName: a.displayName, role: a.role, boothIds, disabled: a.disabledAt !== null };
}

async function withBooths(db: Conn, a: AccountSelect | undefined): Promise<AccountRow | null> {
  if (!a) return null;
  return toRow(a, (await boothsOf(db, [a.id])).get(a.id) ?? []);
}

/** The unique email, checked inside the transaction that inserts (a racing twin still meets the constraint). */
async function insertAccount(tx: Tx, a: NewAccount): Promise<CreateAccountResult> {
  const [taken] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, a.email));
  if (taken) return { ok: false, reason: 'email_taken' };
  if (a.boothId !== undefined) {
    const [booth] = await tx.select({ id: booths.id }).from(booths).where(eq(booths.id, a.boothId));
    if (!booth) return { ok: false, reason: 'unknown_booth' };
  }
  await tx.insert(accounts).values({ id: a.id, email: a.email, displayName: a.displayName, role: a.role, passwordHash: a.passwordHash });
  if (a.boothId !== undefined) await tx.insert(boothMembers).values({ accountId: a.id, boothId: a.boothId });
  // An admin exists from now on: the first start's code has done its work.
  if (a.role === 'admin') await tx.delete(setupCode);
  return {
    ok: true,
    account: { id: a.id, email: a.email, displayName: a.displayName, role: a.role, boothIds: a.boothId !== undefined ? [a.boothId] : [], disabled: false },
  };
}

/** Why a link cannot be used, read after the atomic use found nothing. */
async function refusalOf(tx: Tx, tokenHash: string, kind: 'invite' | 'reset', now: Date): Promise<LinkRefusal> {
  const [link] = await tx
    .select({ usedAt: accountLinks.usedAt, expiresAt: accountLinks.expiresAt })
    .from(accountLinks)
    .where(and(eq(accountLinks.tokenHash, tokenHash), eq(accountLinks.kind, kind)));
  if (!link) return 'link_unknown';
  if (link.usedAt !== null) return 'link_used';
  return link.expiresAt <= now ? 'link_expired' : 'link_used';
}

/** Marks the link used, once: of two requests racing, exactly one gets the row back. */
function useLink(tx: Tx, tokenHash: string, kind: 'invite' | 'reset', now: Date) {
  return tx
    .update(accountLinks)
    .set({ usedAt: now })
    .where(and(eq(accountLinks.tokenHash, tokenHash), eq(accountLinks.kind, kind), isNull(accountLinks.usedAt), gt(accountLinks.expiresAt, now)))
    .returning({ role: accountLinks.role, boothId: accountLinks.boothId, accountId: accountLinks.accountId });
}

/** Thrown inside a transaction to undo its writes and answer with a reason. */
class Refused<R extends string> extends Error {
  readonly reason: R;
  constructor(reason: R) {
    super(reason);
    this.reason = reason;
  }
}

/** Runs a transaction that may throw Refused: its reason becomes the answer, anything else stays an error. */
async function refusable<T, R extends string>(run: () => Promise<T>): Promise<T | { ok: false; reason: R }> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof Refused) return { ok: false, reason: e.reason as R };
    throw e;
  }
}

const linkColumns = {
  tokenHash: accountLinks.tokenHash,
  kind: accountLinks.kind,
  role: accountLinks.role,
  boothId: accountLinks.boothId,
  email: accounts.email,
  note: accountLinks.note,
  createdAt: accountLinks.createdAt,
  expiresAt: accountLinks.expiresAt,
  usedAt: accountLinks.usedAt,
};

function toLink({ tokenHash, ...rest }: { tokenHash: string } & Omit<LinkRow, 'id'>): LinkRow {
  // The hash's head names the link for staff; the token itself was shown once and is not stored.
  return { id: tokenHash.slice(0, 16), ...rest };
}

export function createAccountsRepo(db: Db): AccountsRepo {
  return {
    async accountByEmail(email): Promise<AccountCredentials | null> {
      const [a] = await db
        .select({ ...accountColumns, passwordHash: accounts.passwordHash })
        .from(accounts)
        .where(eq(accounts.email, email));
      if (!a) return null;
      const row = await withBooths(db, a);
      return row && { ...row, passwordHash: a.passwordHash };
    },

    async accountById(id) {
      const [a] = await db.select(accountColumns).from(accounts).where(eq(accounts.id, id));
      return withBooths(db, a);
    },

    async listAccounts() {
      const rows = await db.select(accountColumns).from(accounts).orderBy(accounts.createdAt, accounts.email);
      const booths = await boothsOf(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((a) => toRow(a, booths.get(a.id) ?? []));
    },

    createAccount: (a) => db.transaction((tx) => insertAccount(tx, a)),

    disableAccount: (id) =>
      db.transaction(async (tx) => {
        const [done] = await tx
          .update(accounts)
          .set({ disabledAt: sql`coalesce(${accounts.disabledAt}, now())` })
          .where(eq(accounts.id, id))
          .returning({ id: accounts.id });
        if (!done) return false;
        await tx.delete(sessions).where(eq(sessions.accountId, id));
        return true;
      }),

    async createSession(s) {
      await db.insert(sessions).values({ tokenHash: s.tokenHash, accountId: s.accountId, csrfToken: s.csrfToken, expiresAt: s.expiresAt });
    },

    async resolveSession({ tokenHash, now, touchAfterMs, ttlMs }) {
      const [row] = await db
        .select({ ...accountColumns, csrfToken: sessions.csrfToken, expiresAt: sessions.expiresAt, lastSeenAt: sessions.lastSeenAt })
        .from(sessions)
        .innerJoin(accounts, eq(accounts.id, sessions.accountId))
        .where(eq(sessions.tokenHash, tokenHash));
      if (!row) return { ok: false, reason: 'unknown' };
      if (row.expiresAt <= now || row.disabledAt !== null) {
        await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
        return { ok: false, reason: row.disabledAt !== null ? 'disabled' : 'expired' };
      }
      let expiresAt = row.expiresAt;
      // Sliding expiry, written at most once per touchAfterMs: a page's burst of requests costs one write.
      if (now.getTime() - row.lastSeenAt.getTime() >= touchAfterMs) {
        expiresAt = new Date(now.getTime() + ttlMs);
        await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
      }
      const account = toRow(row, (await boothsOf(db, [row.id])).get(row.id) ?? []);
      return { ok: true, session: { account, csrfToken: row.csrfToken, expiresAt } };
    },

    async deleteSession(tokenHash) {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },

    async hasAdmin() {
      const [a] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.role, 'admin')).limit(1);
      return a !== undefined;
    },

    createSetupCode: (codeHash, replaceBefore) =>
      db.transaction(async (tx) => {
        const [admin] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.role, 'admin')).limit(1);
        if (admin) return false;
        // The one-row key decides between processes starting together: one write wins, the others find it.
        const [made] = await tx
          .insert(setupCode)
          .values({ id: 1, codeHash, createdAt: sql`now()` })
          .onConflictDoUpdate({ target: setupCode.id, set: { codeHash, createdAt: sql`now()` }, setWhere: lt(setupCode.createdAt, replaceBefore) })
          .returning({ id: setupCode.id });
        return made !== undefined;
      }),

    completeSetup: (codeHash, admin) =>
      refusable<CreateAccountResult, 'setup_done' | 'bad_setup_code' | 'email_taken' | 'unknown_booth'>(() =>
        db.transaction(async (tx): Promise<CreateAccountResult> => {
          // Takes the row (and its lock): a second request with the same code waits, then finds none.
          const [code] = await tx.delete(setupCode).where(eq(setupCode.codeHash, codeHash)).returning({ id: setupCode.id });
          if (!code) {
            const [left] = await tx.select({ id: setupCode.id }).from(setupCode);
            throw new Refused(left ? 'bad_setup_code' : 'setup_done');
          }
          const made = await insertAccount(tx, { ...admin, role: 'admin' });
          if (!made.ok) throw new Refused(made.reason);
          return made;
        }),
      ),

    async createLink(l) {
      if (l.boothId !== undefined) {
        const [booth] = await db.select({ id: booths.id }).from(booths).where(eq(booths.id, l.boothId));
        if (!booth) return { ok: false, reason: 'unknown_booth' };
      }
      if (l.accountId !== undefined) {
        const [account] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, l.accountId));
        if (!account) return { ok: false, reason: 'not_found' };
      }
      await db.insert(accountLinks).values({
        tokenHash: l.tokenHash,
        kind: l.kind,
        role: l.role ?? null,
        boothId: l.boothId ?? null,
        accountId: l.accountId ?? null,
        note: l.note ?? null,
        createdBy: l.createdBy,
        expiresAt: l.expiresAt,
      });
      return { ok: true, id: l.tokenHash.slice(0, 16) };
    },

    async linkByToken(tokenHash) {
      const [row] = await db.select(linkColumns).from(accountLinks).leftJoin(accounts, eq(accounts.id, accountLinks.accountId)).where(eq(accountLinks.tokenHash, tokenHash));
      return row ? toLink({ ...row, email: row.kind === 'reset' ? row.email : null }) : null;
    },

    async listInvitations() {
      const rows = await db
        .select({ ...linkColumns, email: sql<null>`null` })
        .from(accountLinks)
        .where(eq(accountLinks.kind, 'invite'))
        .orderBy(sql`${accountLinks.createdAt} desc`);
      return rows.map(toLink);
    },

    acceptInvite: (tokenHash, now, account) =>
      refusable<CreateAccountResult, LinkRefusal | 'email_taken' | 'unknown_booth'>(() =>
        db.transaction(async (tx): Promise<CreateAccountResult> => {
          const [link] = await useLink(tx, tokenHash, 'invite', now);
          if (!link?.role) throw new Refused(await refusalOf(tx, tokenHash, 'invite', now));
          const made = await insertAccount(tx, { ...account, role: link.role, ...(link.boothId !== null ? { boothId: link.boothId } : {}) });
          // Refused inside the transaction: the link stays unused for another try with another email.
          if (!made.ok) throw new Refused(made.reason);
          await tx.update(accountLinks).set({ accountId: account.id }).where(eq(accountLinks.tokenHash, tokenHash));
          return made;
        }),
      ),

    resetPassword: (tokenHash, now, passwordHash) =>
      refusable<{ ok: true; account: AccountRow }, LinkRefusal>(() =>
        db.transaction(async (tx) => {
          const [link] = await useLink(tx, tokenHash, 'reset', now);
          if (!link?.accountId) throw new Refused(await refusalOf(tx, tokenHash, 'reset', now));
          await tx.update(accounts).set({ passwordHash }).where(eq(accounts.id, link.accountId));
          // A reset is what someone does when another may know the password: every session ends.
          await tx.delete(sessions).where(eq(sessions.accountId, link.accountId));
          const [a] = await tx.select(accountColumns).from(accounts).where(eq(accounts.id, link.accountId));
          const row = await withBooths(tx, a);
          if (!row) throw new Refused('link_unknown');
          return { ok: true as const, account: row };
        }),
      ),
  };
}
