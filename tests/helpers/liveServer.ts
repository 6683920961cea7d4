import { OpenLiveResponseSchema, PublishResponseSchema, type LiveView } from '../../shared/api/live.ts';
import { testPublisher, type TestPublisher } from './livePeers.ts';
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

/**
 * A booth's member opens a live and a werift peer publishes to it (open, offer, answer, media):
 * the live is on its way on air. Throws with the status if a step is refused.
 */
export async function goLive(base: string, boothId: string, member: SignedInSession): Promise<{ live: LiveView; publisher: TestPublisher }> {
  const opened = await postJson(base, `/api/studio/booths/${boothId}/live`, {}, member);
  if (opened.status !== 201) throw new Error(`opening the live answered ${opened.status}`);
  const { live } = OpenLiveResponseSchema.parse(await opened.json());
  const publisher = testPublisher();
  try {
    const published = await postJson(base, `/api/studio/lives/${live.liveId}/publish`, { sdp: await publisher.offer() }, member);
    if (published.status !== 200) throw new Error(`publishing answered ${published.status}`);
    await publisher.accept(PublishResponseSchema.parse(await published.json()).sdp);
    publisher.start();
    return { live, publisher };
  } catch (e) {
    await publisher.close();
    throw e;
  }
}
