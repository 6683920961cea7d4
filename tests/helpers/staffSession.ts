/**
 * Signed-in accounts for tests, made the real way on a running server: the first admin from the
 * setup code the server printed (read from its log) through POST /api/auth/setup, and further
 * accounts through an invitation that admin makes. Each gives the session cookie and the CSRF
 * token writes carry.
 */
import { CSRF_HEADER, type Role } from '../../shared/api/account.ts';

export interface SignedInSession {
  /** `seeot_session=<token>`, for a Cookie header. */
  cookie: string;
  csrfToken: string;
  accountId: string;
  /** Headers for a JSON write of this session (cookie, CSRF token, content type). */
  headers(): Record<string, string>;
}

export const TEST_PASSWORD = 'correct horse battery';

function signedIn(cookie: string, csrfToken: string, accountId: string): SignedInSession {
  return { cookie, csrfToken, accountId, headers: () => ({ cookie, [CSRF_HEADER]: csrfToken, 'content-type': 'application/json' }) };
}

/** The session cookie a sign-in answer set. */
export function sessionCookieOf(r: Response): string {
  const cookie = r.headers.getSetCookie().find((c) => c.startsWith('seeot_session='));
  if (!cookie) throw new Error(`no session cookie in the answer (${r.status})`);
  return cookie.split(';')[0]!;
}

/** The setup code a server printed ("… enter the setup code XXXX-XXXX-XXXX …"), or null. */
export function setupCodeIn(log: string): string | null {
  return /setup code ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(log)?.[1] ?? null;
}

async function signedInFrom(r: Response): Promise<SignedInSession> {
  if (!r.ok) throw new Error(`sign-in failed: ${r.status} ${await r.text()}`);
  const body = (await r.json()) as { csrfToken: string; account: { id: string } };
  return signedIn(sessionCookieOf(r), body.csrfToken, body.account.id);
}

/** The first admin of a fresh server, made with the setup code in its log. */
export async function setupAdmin(base: string, log: string, who: { email?: string; displayName?: string } = {}): Promise<SignedInSession> {
  const code = setupCodeIn(log);
  if (!code) throw new Error(`no setup code in the server's log:\n${log}`);
  const r = await fetch(`${base}/api/auth/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, email: who.email ?? 'admin@example.kr', displayName: who.displayName ?? '운영팀', password: TEST_PASSWORD }),
  });
  return signedInFrom(r);
}

/** A further account on a server: an invitation `admin` makes, accepted. */
export async function invitedAccount(
  base: string,
  admin: SignedInSession,
  { role, boothId, email, displayName = '진행팀' }: { role: Role; boothId?: string; email: string; displayName?: string },
): Promise<SignedInSession> {
  const made = await fetch(`${base}/api/admin/invitations`, { method: 'POST', headers: admin.headers(), body: JSON.stringify({ role, boothId }) });
  if (made.status !== 201) throw new Error(`invitation: ${made.status} ${await made.text()}`);
  const { url } = (await made.json()) as { url: string };
  const token = url.split('/').pop()!;
  const r = await fetch(`${base}/api/auth/links/${token}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, displayName, password: TEST_PASSWORD }),
  });
  return signedInFrom(r);
}
