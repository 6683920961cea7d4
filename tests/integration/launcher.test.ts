/**
 * scripts/launch.mjs as operators meet it: the Node floor it enforces, and `start` under a terminal's
 * Ctrl-C or a supervisor's stop (the signal reaches the whole process group) and when the server dies.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NODE_FLOOR, nodeIsRecentEnough } from '../../scripts/nodeFloor.mjs';
import { startLauncher, type LaunchedServer } from '../helpers/launcherProcess.ts';
import { repoRoot } from '../helpers/serverProcess.ts';
import { joinOptions, TEST_SECRET, visit } from './room-boot.ts';

/** The machine's own Node when it is older than the floor (Node 20 here and in CI): `start` then runs as launcher → launcher on .tools' Node → server. */
function oldSystemNode(): string | null {
  const r = spawnSync('/usr/bin/node', ['--version'], { encoding: 'utf8' });
  return r.status === 0 && !nodeIsRecentEnough(r.stdout.trim()) ? '/usr/bin/node' : null;
}

describe('the Node floor', () => {
  it('is 22.18, the first Node that strips TypeScript types by default', () => {
    expect(nodeIsRecentEnough('v22.17.1')).toBe(false);
    expect(nodeIsRecentEnough('v22.12.0')).toBe(false);
    expect(nodeIsRecentEnough('v20.20.2')).toBe(false);
    expect(nodeIsRecentEnough('v22.18.0')).toBe(true);
    expect(nodeIsRecentEnough('v23.0.0')).toBe(true);
    expect(nodeIsRecentEnough('24.11.1')).toBe(true);
  });

  it('is what package.json engines and the README say', () => {
    const floor = NODE_FLOOR.join('.');
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${floor}`);
    expect(readFileSync(join(repoRoot, 'README.md'), 'utf8')).toContain(`older than ${floor}`);
  });
});

describe('npm start (the launcher)', () => {
  // A failed expectation must not leave a detached server group behind.
  const launched: LaunchedServer[] = [];
  const start = async (...args: Parameters<typeof startLauncher>) => {
    const srv = await startLauncher(...args);
    launched.push(srv);
    return srv;
  };
  afterEach(() => {
    for (const srv of launched.splice(0)) if (srv.child.exitCode === null && srv.child.signalCode === null) srv.signalGroup('SIGKILL');
  });

  it('exits non-zero when the server is killed, so a supervisor restarts it', async () => {
    const srv = await start();
    process.kill(srv.serverPid(), 'SIGKILL');
    const exit = await srv.exited;
    expect(exit).toEqual({ code: 128 + 9, signal: null });
  }, 30_000);

  it('stops cleanly every time the whole process group gets SIGTERM or SIGINT (8 fresh servers)', async () => {
    const old = oldSystemNode();
    const stopOnce = async (run: number) => {
      // Every other run through the machine's old Node when it has one: one more launcher in the group.
      const node = run % 2 === 1 && old ? old : process.execPath;
      const signal = run % 4 < 2 ? 'SIGTERM' : 'SIGINT';
      const srv = await start({ SESSION_SECRET: TEST_SECRET }, node);
      const visitor = await visit(`ws://127.0.0.1:${srv.port}`, joinOptions());
      const left = new Promise<number>((resolve) => visitor.room.onLeave((code: number) => resolve(code)));
      srv.signalGroup(signal);
      const [exit, closeCode] = await Promise.all([srv.exited, left]);
      const what = `run ${run} (${signal}, ${node}):\n${srv.output()}`;
      expect(exit, what).toEqual({ code: 0, signal: null });
      expect(srv.output(), what).toMatch(/seeot-world stopped/);
      expect(srv.output(), what).not.toMatch(/building the client/);
      expect(closeCode, what).not.toBe(1006);
    };
    // Each of the four cases (SIGTERM or SIGINT, through the machine's old Node or not) twice: two
    // lanes of four runs in a row, each server booting alone in its lane (boot is most of a run).
    // Every lane ends before the test does, so afterEach sees every server a failing lane left.
    const lanes = await Promise.allSettled(
      [0, 1].map(async (lane) => {
        for (let i = 0; i < 4; i++) await stopOnce(lane * 4 + i);
      }),
    );
    for (const lane of lanes) if (lane.status === 'rejected') throw lane.reason;
    // Each boot opens its embedded database too (about a second more, several under load).
  }, 180_000);
});
