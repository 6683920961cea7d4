import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDataDir } from './pgliteTemplate.ts';

export const repoRoot = join(import.meta.dirname, '..', '..');

/** A free loopback port, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Each server gets a DATA_DIR of its own (its secret, its embedded database: one process per
 * database), removed when it exits, unless the test gives one; without DATABASE_URL that folder
 * starts with a migrated database copied in (tests/helpers/pgliteTemplate.ts).
 */
export async function dataDirFor(env: Record<string, string>): Promise<{ env: Record<string, string>; cleanup: () => void }> {
  const own = env.DATA_DIR === undefined;
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'seeot-data-'));
  if (env.DATABASE_URL === undefined) await seedDataDir(dataDir);
  return { env: { ...env, DATA_DIR: dataDir }, cleanup: () => own && rmSync(dataDir, { recursive: true, force: true }) };
}

export interface RunningServer {
  child: ChildProcess;
  port: number;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node server/main.ts` as a real process; resolves once /healthz answers. */
export async function startServer(testEnv: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const { env, cleanup } = await dataDirFor(testEnv);
  const child = spawn(process.execPath, ['server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      cleanup();
      resolve({ code, signal });
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  // Event-driven: the server logs "seeot-world listening" once the port is bound.
  await new Promise<void>((resolve, reject) => {
    // 60 s: on a loaded 2-core machine the embedded database alone took 24 s to open. A server that
    // never got up is killed, not left behind (the fixture that started it never reaches its stop).
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in 60 s:\n${out}`));
    }, 60_000);
    const check = () => {
      if (out.includes('seeot-world listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited before listening:\n${out}`));
    });
  });
  return { child, port, url, output: () => out, exited };
}

/** Runs `node server/main.ts` expecting it to exit; returns its code and output. */
export async function runServerExpectingExit(testEnv: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const { env, cleanup } = await dataDirFor(testEnv);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['server/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(killer);
      cleanup();
      resolve({ code, output: out });
    });
  });
}
