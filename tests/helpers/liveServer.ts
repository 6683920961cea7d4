import { startServer, type RunningServer } from './serverProcess.ts';
import { invitedAccount, setupAdmin, type SignedInSession } from './staffSession.ts';

/** How the live tests begin: a server of their own, and a member of `boothId` whom its first admin invited. */
export async function serverWithMember(env: Record<string, string>, boothId: string, email: string): Promise<{ srv: RunningServer; member: SignedInSession }> {
  const srv = await startServer(env);
  const admin = await setupAdmin(srv.url, srv.output());
  return { srv, member: await invitedAccount(srv.url, admin, { role: 'enterprise', boothId, email }) };
}

/** Stops a test's server, if it started, and waits for it to exit. */
export async function stopServer(srv: RunningServer | undefined): Promise<void> {
  srv?.child.kill('SIGTERM');
  await srv?.exited;
}

/** A POST with a JSON body (or none), signed in as `who` or anonymous, as the live routes take it. */
export function postJson(base: string, path: string, body?: unknown, who?: SignedInSession): Promise<Response> {
  return fetch(base + path, { method: 'POST', headers: who ? who.headers() : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
}
