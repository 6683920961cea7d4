import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueSchema } from '../../shared/schemas/catalogue.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';

// The real server process, as `npm start` runs it (minus the client build, which these don't need).
describe('HTTP API of the real server', () => {
  let srv: RunningServer;
  beforeAll(async () => {
    srv = await startServer();
  });
  afterAll(async () => {
    srv.child.kill('SIGTERM');
    await srv.exited;
  });

  it('answers /healthz', async () => {
    const r = await fetch(`${srv.url}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ ok: true });
  });

  it('holds idle connections open longer than a proxy in front does (60 s), as its Keep-Alive header tells clients', async () => {
    // Node's default 5 s: nginx, a load balancer or a Node client reuses a connection the server is
    // closing, and the visitor's next POST fails. The header is what those clients read.
    const r = await fetch(`${srv.url}/healthz`);
    await r.arrayBuffer();
    const timeout = Number(/timeout=(\d+)/.exec(r.headers.get('keep-alive') ?? '')?.[1]);
    expect(timeout).toBeGreaterThan(60);
  });

  it('serves the catalogue as JSON that passes the catalogue schema', async () => {
    const r = await fetch(`${srv.url}/api/catalogue`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    const parsed = CatalogueSchema.safeParse(await r.json());
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
    expect(parsed.data?.center.name.ko).toBe('부천시사회적경제센터');
  });

  it('serves one booth by id with its programme content', async () => {
    const r = await fetch(`${srv.url}/api/booths/seeot-school`);
    expect(r.status).toBe(200);
    const body = (await r.json()) as { kind: string; summary: { title: { ko: string } } };
    expect(body.kind).toBe('programme');
    expect(body.summary.title.ko).toContain('시웃스쿨');
  });

  it('answers unknown and malformed booth ids with a 404 JSON error', async () => {
    for (const id of ['no-such-booth', 'UPPER', '%2e%2e', 'a'.repeat(300)]) {
      const r = await fetch(`${srv.url}/api/booths/${id}`);
      expect(r.status, id).toBe(404);
      const body = (await r.json()) as { error: string; message: string };
      expect(body.error).toBe('not_found');
    }
  });

  it('answers unknown API routes with a 404 JSON error, not the client page', async () => {
    const r = await fetch(`${srv.url}/api/nothing-here`);
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('runs Colyseus matchmaking on the same port and refuses a join without a protocol version', async () => {
    const r = await fetch(`${srv.url}/matchmake/joinOrCreate/hall`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(r.status).toBe(426);
    expect(await r.json()).toMatchObject({ error: 'clientTooOld' });
  });
});
