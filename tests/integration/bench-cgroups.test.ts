/**
 * The benches put processes in cgroups (a core each, CPU quotas) as root. However a bench ends —
 * finished, thrown error, Ctrl-C or SIGTERM — its groups are removed; groups of a bench that was
 * SIGKILLed are swept by the next one. A group left behind would keep its limits on the machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cgroupsAvailable } from '../bench/lib/cgroups.ts';
import { repoRoot } from '../helpers/serverProcess.ts';

const ROOTS = ['/sys/fs/cgroup/cpu', '/sys/fs/cgroup/cpuset'];
const groupsOf = (pid: number): string[] => ROOTS.flatMap((r) => readdirSync(r).filter((n) => n.startsWith(`seeot-bench-${pid}-`)).map((n) => join(r, n)));

/**
 * A stand-in bench: makes a core group and a quota group and puts its children in both — a `sleep`,
 * or three node processes holding 300 MB each that, like a bench's servers and bots, are SIGKILLed
 * by an exit handler registered first and are still exiting while the groups are removed — then
 * ends as told.
 */
const script = (end: 'throw' | 'wait', child: 'sleep' | 'node' = 'sleep') => `
import { spawn } from 'node:child_process';
const kids = ${child === 'sleep'
    ? "[spawn('sleep', ['30'], { stdio: 'ignore' })]"
    : "[0, 1, 2].map(() => spawn(process.execPath, ['-e', 'globalThis.held = Buffer.alloc(3e8, 1); setInterval(() => {}, 1000)'], { stdio: 'ignore' }))"};
process.on('exit', () => kids.forEach((k) => k.kill('SIGKILL')));
const { coreGroup, quotaGroup } = await import(${JSON.stringify(join(repoRoot, 'tests/bench/lib/cgroups.ts'))});
const core = coreGroup('servers', 0);
const quota = quotaGroup('server-0', 30);
for (const k of kids) {
  core.add(k.pid);
  quota.add(k.pid);
}
console.log('READY ' + kids.map((k) => k.pid).join(' '));
${end === 'throw' ? "setTimeout(() => { throw new Error('bench failed'); }, 50);" : 'setInterval(() => {}, 1000);'}
`;

const children: ChildProcess[] = [];
const sleepers: number[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const pid of sleepers.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone already
    }
  }
});

/** Runs the stand-in until it reports READY; resolves with it, its first child's pid and its exit. */
function start(end: 'throw' | 'wait', kind: 'sleep' | 'node' = 'sleep'): Promise<{ child: ChildProcess; sleeper: number; exited: Promise<unknown> }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', script(end, kind)], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const exited = new Promise((r) => child.once('exit', r));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      const m = /READY ([\d ]+)/.exec(d.toString());
      if (!m) return;
      const pids = m[1]!.trim().split(' ').map(Number);
      sleepers.push(...pids);
      resolve({ child, sleeper: pids[0]!, exited });
    });
    child.once('exit', (code) => reject(new Error(`stand-in exited with ${code} before READY: ${out}`)));
  });
}

describe.skipIf(!cgroupsAvailable())('bench cgroups', () => {
  it('puts a process on its core under its quota (weighted ahead of other work), and removes both groups when the bench throws', async () => {
    const { child, sleeper, exited } = await start('throw');
    const [cpu, cpuset] = groupsOf(child.pid!);
    expect(readFileSync(join(cpu!, 'cpu.cfs_quota_us'), 'utf8').trim()).toBe('3000');
    expect(readFileSync(join(cpu!, 'cpu.cfs_period_us'), 'utf8').trim()).toBe('10000');
    expect(Number(readFileSync(join(cpu!, 'cpu.shares'), 'utf8'))).toBeGreaterThan(1024); // ahead of other tenants' work
    expect(readFileSync(join(cpuset!, 'cgroup.procs'), 'utf8').trim()).toBe(String(sleeper));
    expect(readFileSync(`/proc/${sleeper}/status`, 'utf8')).toMatch(/Cpus_allowed_list:\s+0\n/);
    await exited;
    expect(groupsOf(child.pid!)).toEqual([]);
  });

  it('removes its groups on SIGTERM and SIGINT', async () => {
    for (const sig of ['SIGTERM', 'SIGINT'] as const) {
      const { child, exited } = await start('wait');
      expect(groupsOf(child.pid!)).toHaveLength(2);
      child.kill(sig);
      await exited;
      expect(groupsOf(child.pid!)).toEqual([]);
    }
  });

  it('removes its groups on SIGTERM while the server it killed on the way out is still exiting', async () => {
    const { child, exited } = await start('wait', 'node');
    // Let the child node start its threads: a running process takes longer to exit than a half-started one.
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGTERM');
    await exited;
    expect(groupsOf(child.pid!)).toEqual([]);
  });

  it('sweeps the groups of a bench that was SIGKILLed when the next one starts', async () => {
    const first = await start('wait');
    first.child.kill('SIGKILL');
    await first.exited;
    expect(groupsOf(first.child.pid!)).toHaveLength(2);
    const second = await start('throw');
    expect(groupsOf(first.child.pid!)).toEqual([]);
    expect(ROOTS.every((r) => existsSync(r))).toBe(true);
    await second.exited;
  });
});
