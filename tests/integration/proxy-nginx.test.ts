import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpFrom, joinHallFrom } from '../helpers/boundVisitor.ts';
import { startNginx, type PrivateNginx } from '../helpers/nginx.ts';
import { freePort, repoRoot, startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';

const SECRET = 'proxy-test-secret-0123456789abcdefghijklmnop';

/** The nginx block of docs/operations.md's "Behind a reverse proxy": the test runs what operators copy. */
function documentedSite(serverPort: number, listenPort: number): string {
  const doc = readFileSync(join(repoRoot, 'docs', 'operations.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Behind a reverse proxy'));
  const block = /```nginx\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('docs/operations.md: no nginx block under "Behind a reverse proxy"');
  const site = block.replace('server 127.0.0.1:2567;', `server 127.0.0.1:${serverPort};`).replace('listen 80;', `listen 127.0.0.1:${listenPort};`);
  if (!site.includes(`:${serverPort};`) || !site.includes(`:${listenPort};`)) throw new Error('docs nginx block: upstream or listen line changed');
  return site;
}

/**
 * The real server process with TRUST_PROXY=127.0.0.1 behind real nginx on loopback, configured as
 * docs/operations.md says. nginx sees every test client as its TCP peer, so each visitor's sockets
 * leave from its own loopback address (127.0.0.2, .3 …): the real addresses the bans are about.
 */
describe('behind nginx (TRUST_PROXY=127.0.0.1)', () => {
  let server: RunningServer | undefined;
  let nginx: PrivateNginx | undefined;
  let base = '';
  let staff: SignedInSession;
  beforeAll(async () => {
    server = await startServer({ TRUST_PROXY: '127.0.0.1', SESSION_SECRET: SECRET });
    staff = await setupAdmin(server.url, server.output());
    const port = await freePort();
    nginx = await startNginx(documentedSite(server.port, port));
    base = `http://127.0.0.1:${port}`;
    const health = await httpFrom('127.0.0.1', `${base}/healthz`);
    if (health.status !== 200) throw new Error(`/healthz through nginx: ${health.status}\n${nginx.errorLog()}`);
  }, 60_000);
  afterAll(async () => {
    await nginx?.stop();
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  const ban = async (address: string): Promise<void> => {
    const r = await httpFrom('127.0.0.9', `${base}/api/staff/bans`, {
      method: 'POST',
      headers: staff.headers(),
      body: { address, minutes: 10, reason: '프록시 시험' },
    });
    expect(r.status).toBe(201);
  };
  const forge = (address: string) => ({ 'x-forwarded-for': address, 'x-real-ip': address, 'x-client-ip': address });
  const joinsAndLeaves = async (from: string, headers: Record<string, string> = {}): Promise<boolean> => {
    const r = await joinHallFrom(base, from, headers);
    if (r.ok) await r.leave();
    return r.ok;
  };

  it("the visitor's address comes through the proxy: banning it refuses them, not the proxy's other visitors", async () => {
    expect(await joinsAndLeaves('127.0.0.2')).toBe(true); // session, matchmaking and the WebSocket, all through nginx
    await ban('127.0.0.2');
    expect(await joinHallFrom(base, '127.0.0.2')).toMatchObject({ ok: false, status: 403, error: 'banned' });
    expect(await joinsAndLeaves('127.0.0.3')).toBe(true);
  });

  it('a forged X-Forwarded-For / X-Real-IP sent through the proxy changes nothing', async () => {
    await ban('127.0.0.5');
    // The banned visitor claiming another address: still refused.
    expect(await joinHallFrom(base, '127.0.0.5', forge('9.9.9.9'))).toMatchObject({ ok: false, status: 403, error: 'banned' });
    expect(await joinHallFrom(base, '127.0.0.5', { 'x-forwarded-for': '9.9.9.9, 127.0.0.1' })).toMatchObject({ ok: false, error: 'banned' });
    // An innocent visitor claiming the banned address: still welcome.
    expect(await joinsAndLeaves('127.0.0.6', forge('127.0.0.5'))).toBe(true);
  });

  it('nginx refuses bodies over 64 KB before they reach the server', async () => {
    const r = await httpFrom('127.0.0.2', `${base}/api/staff/bans`, { method: 'POST', body: { reason: 'x'.repeat(70_000) } });
    expect(r.status).toBe(413);
  });
});
