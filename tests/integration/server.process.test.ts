import { describe, expect, it } from 'vitest';
import { runServerExpectingExit, startServer } from '../helpers/serverProcess.ts';
import { joinOptions, TEST_SECRET, visit } from './room-boot.ts';

describe('server process', () => {
  it('stops at boot with a message naming a bad environment variable', async () => {
    const r = await runServerExpectingExit({ PORT: 'not-a-port' });
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/PORT/);
    expect(r.output).toMatch(/not-a-port/);
  });

  it('names LOG_LEVEL when it is not a known level', async () => {
    const r = await runServerExpectingExit({ PORT: '2567', LOG_LEVEL: 'loud' });
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/LOG_LEVEL/);
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const srv = await startServer();
    srv.child.kill('SIGTERM');
    const { code } = await srv.exited;
    expect(code).toBe(0);
    expect(srv.output()).toMatch(/seeot-world stopped/);
    await expect(fetch(`${srv.url}/healthz`)).rejects.toThrow();
  });

  it('finishes its shutdown when a second SIGTERM arrives during it (visitors get 4001, not 1006)', async () => {
    const srv = await startServer({ SESSION_SECRET: TEST_SECRET });
    const visitor = await visit(`ws://127.0.0.1:${srv.port}`, joinOptions());
    // The visitor is told to leave while the server is still closing its HTTP side: the repeat lands mid-shutdown.
    const left = new Promise<number>((resolve) =>
      visitor.room.onLeave((code: number) => {
        srv.child.kill('SIGTERM');
        resolve(code);
      }),
    );
    srv.child.kill('SIGTERM');
    const [exit, closeCode] = await Promise.all([srv.exited, left]);
    expect(exit, srv.output()).toEqual({ code: 0, signal: null });
    expect(closeCode).toBe(4001);
    expect(srv.output()).toMatch(/seeot-world stopped/);
  }, 30_000);
});
