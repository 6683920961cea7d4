import { readdirSync, readlinkSync } from 'node:fs';

/** Processes whose working directory is `dir` (a live's ffmpeg runs in its live's directory). Linux /proc. */
export function processesIn(dir: string): number[] {
  const pids: number[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (readlinkSync(`/proc/${pid}/cwd`) === dir) pids.push(Number(pid));
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return pids;
}
