/**
 * CPU time of some of a process's threads, from /proc/<pid>/task/<tid>/stat: bench:hall reads its
 * server's worker threads (the embedded database's, pglite/worker.ts), which the cpuset puts on the
 * server's one core with the halls' event loop, where a machine with cores to spare would run them
 * beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';

const CLK_TCK = 100; // Linux USER_HZ, as tests/load/procs.ts

/** Node names each worker_threads thread this (the main thread is MainThread, V8's helpers V8Worker). */
export const NODE_WORKER_THREAD = 'WorkerThread';

/** User + system seconds of the threads of `pid` named `name` so far (threads that ended are not counted). */
export function threadCpuSeconds(pid: number, name: string): number {
  let sum = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // ended between the listing and the read
    }
    if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== name) continue;
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    sum += (Number(f[11]) + Number(f[12])) / CLK_TCK;
  }
  return sum;
}
