/**
 * The launcher (`node scripts/launch.mjs start`) as an operator runs it: its own process group, as
 * a terminal or a service manager gives it, so a test can signal the whole group as Ctrl-C does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dataDirFor, freePort, repoRoot } from './serverProcess.ts';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Watched {
  child: ChildProcess;
  output: () => string;
  exited: Promise<Exit>;
  /** Resolves once the output (stdout + stderr) matches; rejects if the process exits first, or after `ms`. */
  waitForOutput: (pattern: RegExp, ms?: number) => Promise<void>;
}

/** Collects a child's output and exit, for waits on what it says rather than on time. */
export function watch(child: ChildProcess): Watched {
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    out += d.toString();
    for (const l of listeners) l();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const waitForOutput = (pattern: RegExp, ms = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        listeners.delete(check);
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const check = () => {
        if (pattern.test(out)) done();
      };
      const timer = setTimeout(() => done(new Error(`no ${pattern} in ${ms} ms:\n${out}`)), ms);
      listeners.add(check);
      void exited.then((e) => {
        // Output still buffered in the pipes arrives before 'exit' resolves more often than not; check once more.
        check();
        done(new Error(`exited (${e.code ?? e.signal}) before ${pattern}:\n${out}`));
      });
      check();
    });
  return { child, output: () => out, exited, waitForOutput };
}

export interface LaunchedServer extends Watched {
  port: number;
  url: string;
  /** Sends `signal` to every process of the group: npm-less `npm start` under Ctrl-C or `kill -TERM -<pgid>`. */
  signalGroup: (signal: NodeJS.Signals) => void;
  /** The pid of the server the launcher runs (its one child, or its grandchild when it re-ran itself). */
  serverPid: () => number;
}

function childrenOf(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
}

/**
 * Starts `<node> scripts/launch.mjs start --no-build` in its own process group on a free loopback
 * port and resolves once the server logs "seeot-world listening". --no-build: the tests share
 * dist/client while sources change under them, and a rebuild here would be slow and racy.
 */
export async function startLauncher(testEnv: Record<string, string> = {}, node = process.execPath): Promise<LaunchedServer> {
  const port = await freePort();
  const { env, cleanup } = await dataDirFor(testEnv);
  const child = spawn(node, ['scripts/launch.mjs', 'start', '--no-build'], {
    cwd: repoRoot,
    detached: true,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const watched = watch(child);
  void watched.exited.then(cleanup);
  await watched.waitForOutput(/seeot-world listening/);
  const serverPid = (): number => {
    // Follow single children down to the process that runs server/main.ts.
    let pid = child.pid!;
    for (;;) {
      const [next] = childrenOf(pid);
      if (next === undefined) return pid;
      pid = next;
    }
  };
  return { ...watched, port, url: `http://127.0.0.1:${port}`, signalGroup: (signal) => process.kill(-child.pid!, signal), serverPid };
}
