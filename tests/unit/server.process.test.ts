import { describe, expect, it } from 'vitest';
import { runServerExpectingExit, startServer } from '../helpers/serverProcess.ts';

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
});
