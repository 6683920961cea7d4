/**
 * A process's threads and their CPU time, from /proc/<pid>/task/<tid>/stat: bench:hall reads its
 * server's worker threads (the embedded database's, pglite/worker.ts, which the cpuset keeps on the
 * server's core with the halls' event loop; and the SFU's, live/sfuWorker.ts, which --with-live
 * moves to another core, as a machine with cores to spare would run it); bench:analytics prints where
 * its servers' CPU went, thread by thread.
 */
import { readdirSync, readFileSync } from 'node:fs';

const CLK_TCK = 100; // Linux USER_HZ, as tests/load/procs.ts

/** Node names each worker_threads thread this (the main thread is MainThread, V8's helpers V8Worker). */
export const NODE_WORKER_THREAD = 'WorkerThread';

/** Ids of the threads of `pid` named `name` (threads that ended are not listed). */
export function threadIds(pid: number, name: string): number[] {
  const ids: number[] = [];
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const stat = statOf(pid, Number(tid));
    if (stat && stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) === name) ids.push(Number(tid));
  }
  return ids;
}

/** User + system seconds of these threads of `pid` so far (a thread that ended counts 0). */
export function threadsCpuSeconds(pid: number, tids: readonly number[]): number {
  let sum = 0;
  for (const tid of tids) {
    const stat = statOf(pid, tid);
    if (stat) sum += cpuOf(stat);
  }
  return sum;
}

/** User + system seconds of the threads of `pid` named `name` so far. */
export const threadCpuSeconds = (pid: number, name: string): number => threadsCpuSeconds(pid, threadIds(pid, name));

/** User + system seconds from a /proc stat line (fields 14 and 15, after the parenthesised name). */
function cpuOf(stat: string): number {
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / CLK_TCK;
}

function statOf(pid: number, tid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
  } catch {
    return null; // ended between the listing and the read
  }
}

/** User + system seconds of every thread of `pid` so far, summed by thread name (main, V8's helpers, workers, libuv's pool). */
export function cpuSecondsByThreadName(pid: number): Map<string, number> {
  const byName = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const stat = statOf(pid, Number(tid));
    if (!stat) continue;
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    byName.set(name, (byName.get(name) ?? 0) + cpuOf(stat));
  }
  return byName;
}
