/**
 * Server processes for the benches: `node server/main.ts` placed on a core and under a CPU quota
 * (tests/bench/lib/cgroups.ts) once it answers /healthz, CPU time from /proc, its metrics, and a
 * clean stop. Anything still running when the bench exits is killed, so no process outlives it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, repoRoot } from '../helpers/serverProcess.ts';
import { onLines } from '../bench/lib/lines.ts';

const CLK_TCK = 100; // Linux USER_HZ: /proc times are in 1/100 s on every mainstream kernel
const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

export function track<T extends ChildProcess>(child: T): T {
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / CLK_TCK;
}

export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').trim().split(' ').slice(0, 3).join(' ');
}

export interface BenchServer {
  pid: number;
  port: number;
  url: string;
  /** A gauge or counter from its /metrics (0 when absent); summed over label sets. */
  metric(name: string): Promise<number>;
  stop(): Promise<void>;
}

/** A core group, a quota group: anything a process can be put in once started. */
export interface Placement {
  add(pid: number): void;
}

/** /metrics answers only a scraper with this token (METRICS_TOKEN); every bench server gets it. */
const METRICS_TOKEN = randomBytes(18).toString('hex');

async function readMetric(url: string, name: string): Promise<number> {
  const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  if (!res.ok) throw new Error(`${url}/metrics answered ${res.status}`);
  const text = await res.text();
  let sum = 0;
  for (const m of text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+-]+)$`, 'gm'))) sum += Number(m[1]);
  return sum;
}

/**
 * Starts a server and, once it answers /healthz, puts it in `placements` (it starts unconstrained:
 * booting under a small quota would only be slow). `onLogLine` gets each line of its stdout log (a
 * bench that signs in reads the setup code there); without it the log is dropped. `bootS`: how long
 * /healthz may take to answer.
 */
export async function startBenchServer(env: Record<string, string>, placements: Placement[] = [], onLogLine?: (line: string) => void, bootS = 30): Promise<BenchServer> {
  const port = await freePort();
  // Every bot connects from loopback: exempt it from the per-address limits (a classroom's worth).
  const childEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', METRICS_TOKEN, ADDRESS_LIMITS_EXEMPT: 'loopback', ...env };
  const child = track(spawn(process.execPath, [join(repoRoot, 'server/main.ts')], { cwd: repoRoot, env: childEnv, stdio: ['ignore', onLogLine ? 'pipe' : 'ignore', 'inherit'] }));
  if (onLogLine) onLines(child.stdout!, onLogLine);
  const url = `http://127.0.0.1:${port}`;
  let stopping = false;
  let ready = false;
  // A server that dies under load leaves the bots measuring nothing: end the bench, loudly.
  child.once('exit', (code, signal) => {
    if (stopping || !ready) return;
    console.error(`[bench] server ${url} exited with ${signal ?? code} during the run: stopping`);
    process.exit(1);
  });
  const stop = async (): Promise<void> => {
    stopping = true;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  for (let i = 0; i < bootS * 10; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) {
        for (const p of placements) p.add(child.pid!);
        ready = true;
        return { pid: child.pid!, port, url, stop, metric: (name) => readMetric(url, name) };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`server did not answer /healthz in ${bootS} s`);
}

/** CPU seconds all cores have been busy so far (from /proc/stat): minus ours, what other tenants used. */
export function machineBusySeconds(): number {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = f;
  return (user + nice + system + irq + softirq + steal) / CLK_TCK;
}
