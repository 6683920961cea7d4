import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinHallFrom } from '../helpers/boundVisitor.ts';
import { freePort, repoRoot, startServer, type RunningServer } from '../helpers/serverProcess.ts';

// `npm run dev`: Vite's dev server in front of the game server, as a visitor on :5173 meets it.
// The real config file, a real server process; no browser (the manual check with one is in the
// commit that added the WebSocket rule).
describe('the dev server (vite.config.ts server.proxy)', () => {
  let server: RunningServer;
  let vite: ViteDevServer;
  let base: string;
  const cacheDir = mkdtempSync(join(tmpdir(), 'seeot-vite-'));
  beforeAll(async () => {
    server = await startServer({ NODE_ENV: 'development' });
    // The config reads the game server's port from PORT when it is loaded.
    process.env.PORT = String(server.port);
    const port = await freePort();
    vite = await createServer({
      configFile: join(repoRoot, 'vite.config.ts'),
      cacheDir,
      logLevel: 'silent',
      optimizeDeps: { noDiscovery: true, include: [] },
      server: { host: '127.0.0.1', port, strictPort: true, hmr: false, watch: null },
    });
    await vite.listen();
    base = `http://127.0.0.1:${port}`;
  }, 60_000);
  afterAll(async () => {
    await vite?.close();
    server?.child.kill('SIGTERM');
    await server?.exited;
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('lets a visitor on the dev port join the hall: session, matchmaking and the room WebSocket', async () => {
    const joined = await joinHallFrom(base, '127.0.0.1');
    expect(joined).toMatchObject({ ok: true });
    if (joined.ok) await joined.leave();
  });

  it('still serves client routes with a query itself, and liveness and readiness from the server', async () => {
    const page = await fetch(`${base}/booth/awareness?view=list`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true });
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ ready: true });
  });
});
