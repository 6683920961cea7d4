/**
 * Cores and CPU quotas for the benches, through the cgroup v1 controllers (root only): a cpuset group
 * pins processes to one core, a `cpu` group caps them with a CFS quota. Groups are named
 * `seeot-bench-<pid>-<name>` and removed when the bench exits however it exits (normal end, thrown
 * error, Ctrl-C, SIGTERM); groups left by a bench that was SIGKILLed are swept at the next start.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CPU_ROOT = '/sys/fs/cgroup/cpu';
const CPUSET_ROOT = '/sys/fs/cgroup/cpuset';
const PREFIX = 'seeot-bench-';
/**
 * 10 ms: the default 100 ms period lets a capped process run its whole quota in one burst and then
 * stall for the rest of the period, which lands on whichever tick was running and inflates p95;
 * a short period spreads the same share evenly.
 */
export const DEFAULT_PERIOD_US = 10_000;
/**
 * cpu.shares of the benches' groups (a process outside any group weighs 1024): on a machine shared
 * with other work, a capped server still gets its whole quota and the bots their core when someone
 * else's tests are busy there too. The quota stays the cap; this only makes it a guarantee.
 */
const BENCH_SHARES = 8192;

const made: string[] = [];

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Blocks the thread for `ms` (exit handlers cannot await). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Moves every task out to the root group (a group with tasks cannot be removed), then removes it.
 * A process killed a moment ago is still exiting: its threads cannot be moved and keep the group
 * busy for a few milliseconds, so removal is retried for up to 3 s.
 */
function removeGroup(path: string, root: string): void {
  for (let tries = 0; existsSync(path); tries++) {
    for (const pid of readFileSync(join(path, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean)) {
      try {
        writeFileSync(join(root, 'cgroup.procs'), pid);
      } catch {
        // exiting or gone
      }
    }
    try {
      rmdirSync(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EBUSY' || tries >= 150) {
        console.error(`[bench] could not remove ${path}: ${(e as Error).message}`);
        return;
      }
      pause(20);
    }
  }
}

function removeAll(): void {
  for (const path of made.splice(0).reverse()) removeGroup(path, path.startsWith(CPUSET_ROOT) ? CPUSET_ROOT : CPU_ROOT);
}

/** Whether this machine lets us make groups (root and cgroup v1 `cpu` + `cpuset` mounted). */
export function cgroupsAvailable(): boolean {
  return existsSync(join(CPU_ROOT, 'cpu.cfs_quota_us')) && existsSync(join(CPUSET_ROOT, 'cpuset.cpus')) && process.getuid?.() === 0;
}

let armed = false;
/** Cleanup on every way out; the sweep removes groups of earlier benches whose process is gone. */
function arm(): void {
  if (armed) return;
  armed = true;
  for (const root of [CPU_ROOT, CPUSET_ROOT]) {
    for (const name of readdirSync(root)) {
      const owner = name.startsWith(PREFIX) ? Number(name.slice(PREFIX.length).split('-')[0]) : NaN;
      if (Number.isInteger(owner) && !pidAlive(owner)) removeGroup(join(root, name), root);
    }
  }
  process.on('exit', removeAll);
  // Without a handler these signals end the process without 'exit' handlers: turn them into an exit.
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => {
      console.error(`[bench] ${sig}: stopping, removing cgroups`);
      process.exit(130);
    });
  }
}

function makeGroup(root: string, name: string): string {
  arm();
  const path = join(root, `${PREFIX}${process.pid}-${name}`);
  mkdirSync(path);
  made.push(path);
  return path;
}

/** How processes and threads join the group at `path`: a process with all its threads, or one thread (cgroup v1 places threads one by one). */
function members(path: string): { add(pid: number): void; addThread(tid: number): void } {
  return {
    add: (pid) => writeFileSync(join(path, 'cgroup.procs'), String(pid)),
    addThread: (tid) => writeFileSync(join(path, 'tasks'), String(tid)),
  };
}

export interface CoreGroup {
  readonly core: number;
  /** Moves a process (all its threads) onto the core. */
  add(pid: number): void;
  /** Moves one thread of a process onto the core (cgroup v1 places threads one by one). */
  addThread(tid: number): void;
}

/** A cpuset group on one core. cpuset.cpus and cpuset.mems must be set before any task joins. */
export function coreGroup(name: string, core: number): CoreGroup {
  const path = makeGroup(CPUSET_ROOT, name);
  writeFileSync(join(path, 'cpuset.cpus'), String(core));
  writeFileSync(join(path, 'cpuset.mems'), readFileSync(join(CPUSET_ROOT, 'cpuset.mems'), 'utf8').trim().split(/[-,]/)[0]!);
  return { core, ...members(path) };
}

/** Lets a process (all its threads) run on any core again. */
export function leaveCoreGroups(pid: number): void {
  writeFileSync(join(CPUSET_ROOT, 'cgroup.procs'), String(pid));
}

export interface ThrottleStats {
  periods: number;
  throttled: number;
  throttledNs: number;
}

export interface QuotaGroup {
  /** The cap, % of one core. */
  readonly pct: number;
  setQuota(pct: number): void;
  add(pid: number): void;
  /** CFS counters so far: periods with runnable tasks, periods that hit the quota, time spent throttled. */
  stats(): ThrottleStats;
}

/**
 * The largest weight cgroup v1 takes: a group holding it runs ahead of nearly any number of other
 * tenants' busy processes (each weighs 1024), where BENCH_SHARES is worth about eight of them.
 */
export const MAX_SHARES = 262_144;

/**
 * A `cpu` group with no cap, weighted ahead of other work on its core (bots, Redis; with MAX_SHARES
 * a browser whose task durations are the measurement). Processes started from one inside it join it.
 */
export function priorityGroup(name: string, shares = BENCH_SHARES): ReturnType<typeof members> {
  const path = makeGroup(CPU_ROOT, name);
  writeFileSync(join(path, 'cpu.shares'), String(shares));
  return members(path);
}

/** A `cpu` group capped at `pct` % of one core, in periods of `periodUs`, weighted like priorityGroup. */
export function quotaGroup(name: string, pct: number, periodUs = DEFAULT_PERIOD_US): QuotaGroup {
  const path = makeGroup(CPU_ROOT, name);
  writeFileSync(join(path, 'cpu.shares'), String(BENCH_SHARES));
  writeFileSync(join(path, 'cpu.cfs_period_us'), String(periodUs));
  let current = pct;
  const setQuota = (p: number): void => {
    // The kernel refuses quotas under 1 ms.
    writeFileSync(join(path, 'cpu.cfs_quota_us'), String(Math.max(1000, Math.round((periodUs * p) / 100))));
    current = p;
  };
  setQuota(pct);
  return {
    get pct() {
      return current;
    },
    setQuota,
    add: members(path).add,
    stats: () => {
      const m = new Map(readFileSync(join(path, 'cpu.stat'), 'utf8').trim().split('\n').map((l) => l.split(' ') as [string, string]));
      return { periods: Number(m.get('nr_periods') ?? 0), throttled: Number(m.get('nr_throttled') ?? 0), throttledNs: Number(m.get('throttled_time') ?? 0) };
    },
  };
}
