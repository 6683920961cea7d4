/** A session made straight in the database, for tests that need a signed-in browser without the sign-in pages. */
import { randomUUID } from 'node:crypto';
import { SESSION_COOKIE } from '../../shared/api/account.ts';
import { startSession } from '../../server/auth/accountSessions.ts';
import type { Repos } from '../../server/db/repos.ts';

/** A signed-in member of `boothId` (or staff without one): the cookie and CSRF token a browser holds. */
export async function signedIn(repos: Repos, boothId: string | null): Promise<{ cookie: string; csrf: string }> {
  const made = await repos.accounts.createAccount({
    id: randomUUID(),
    email: `${randomUUID()}@example.org`,
    displayName: boothId ?? 'staff',
    role: boothId ? 'enterprise' : 'admin',
    passwordHash: 'not-used-by-this-test',
    ...(boothId ? { boothId } : {}),
  });
  if (!made.ok) throw new Error(`account not made: ${made.reason}`);
  const s = await startSession(repos.accounts, made.account);
  return { cookie: `${SESSION_COOKIE}=${s.token}`, csrf: s.csrfToken };
}
