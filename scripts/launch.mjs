#!/usr/bin/env node
// Launcher for `npm start`, `npm test`, `npm run dev`, `npm run build` and benchmarks.
// The project runs on Node >= 22.18 (scripts/nodeFloor.mjs says why).
// Machines that still have Node 20 get Node 24 from the npm registry (the node-<platform>-<arch>
// package), cached in the git-ignored .tools/ folder, and this script re-runs itself under it.
// Plain JavaScript on purpose: it must run on the old Node before anything else does.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, constants } from 'node:os';
import { dirname, join, delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_FLOOR, nodeIsRecentEnough } from './nodeFloor.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FLOOR = NODE_FLOOR.join('.');

function ensureModernNode() {
  if (nodeIsRecentEnough(process.versions.node)) return null;
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  const pkg = `node-${platform}-${process.arch}`;
  if (platform === 'darwin' && process.arch === 'arm64') {
    console.error(`시웃월드 needs Node ${FLOOR} or newer. On Apple silicon please install it from https://nodejs.org.`);
    process.exit(1);
  }
  const prefix = join(root, '.tools', 'node');
  const binDir = join(prefix, 'node_modules', pkg, 'bin');
  const nodeBin = join(binDir, platform === 'win' ? 'node.exe' : 'node');
  if (!existsSync(nodeBin)) {
    console.error(`[launch] Node ${process.versions.node} is older than ${FLOOR}: fetching ${pkg}@24 into .tools/ (once)…`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `${pkg}@24`], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (r.status !== 0 || !existsSync(nodeBin)) {
      console.error(`[launch] Could not install ${pkg}@24. Please install Node ${FLOOR}+ yourself.`);
      process.exit(1);
    }
  }
  return binDir;
}

const binDir = ensureModernNode();
if (binDir) {
  // Re-run this very script under Node 24; npm (plain JS) then also runs on it through PATH.
  const env = { ...process.env, PATH: `${binDir}${delimiter}${process.env.PATH ?? ''}` };
  stayInFrontOf(
    spawn(join(binDir, process.platform === 'win32' ? 'node.exe' : 'node'), process.argv.slice(1), {
      stdio: 'inherit',
      env,
    }),
  );
} else {
  await run(process.argv[2], process.argv.slice(3));
}

function npmBin(name) {
  return join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
}

function seconds(since) {
  return `${Math.round((Date.now() - since) / 1000)} s`;
}

/** Runs a command to completion; exits this process on failure. */
function step(label, cmd, args, extraEnv = {}) {
  console.log(`\n[launch] ${label}`);
  const since = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...extraEnv }, shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`[launch] ${label} failed (exit ${r.status ?? r.signal}) after ${seconds(since)}.`);
    process.exit(r.status ?? 1);
  }
  console.log(`[launch] ${label}: done in ${seconds(since)}`);
}

/**
 * Steps that do not depend on each other (the type checks and the linter: each one CPU-bound, one
 * core apiece), as many at once as the machine has cores. Each one's output is held and printed
 * whole when it ends, so the log reads as if they ran one after another; the first failure is
 * reported after all have ended, and this process exits with it.
 */
async function stepsTogether(steps) {
  const since = Date.now();
  const queue = [...steps];
  const failures = [];
  const lane = async () => {
    for (let s = queue.shift(); s; s = queue.shift()) {
      const started = Date.now();
      const { label, cmd, args } = s;
      const code = await new Promise((resolve) => {
        const child = spawn(cmd, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '1' }, shell: process.platform === 'win32' });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('close', (c, signal) => {
          process.stdout.write(`\n[launch] ${label}\n${out}`);
          resolve(c ?? signal);
        });
      });
      if (code !== 0) {
        console.error(`[launch] ${label} failed (exit ${code}) after ${seconds(started)}.`);
        failures.push(code);
      } else console.log(`[launch] ${label}: done in ${seconds(started)}`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), steps.length)) }, lane));
  console.log(`[launch] ${steps.length} steps side by side: done in ${seconds(since)}`);
  if (failures.length > 0) process.exit(typeof failures[0] === 'number' ? failures[0] : 1);
}

/** Newest modification time of any file under the given folders. */
function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'node_modules') walk(join(p, e));
    } else newest = Math.max(newest, s.mtimeMs);
  };
  paths.forEach((p) => walk(join(root, p)));
  return newest;
}

/** The browser's bundle (dist/client), then the React server entry the server renders pages with (dist/server). */
function buildClient(label = 'building the client') {
  step(`${label} (vite build)`, npmBin('vite'), ['build']);
  step(`${label}: server entry (vite build --ssr)`, npmBin('vite'), ['build', '--ssr', 'entry-server.tsx']);
}

function buildClientIfNeeded() {
  const built = [join(root, 'dist', 'client', 'index.html'), join(root, 'dist', 'server', 'entry-server.js')];
  const sources = newestMtime(['client', 'shared', 'assets', 'vite.config.ts', 'package-lock.json']);
  if (built.every((f) => existsSync(f) && statSync(f).mtimeMs >= sources)) return;
  buildClient();
}

/**
 * This process stands in front of `child` until it ends. A stop signal is forwarded once and its
 * repeats ignored: Ctrl-C reaches the whole process group, npm forwards it again and a re-run
 * launcher once more, so the child already sees each stop several times; the server stops once
 * whatever it receives, and bounds its own shutdown (server/shutdown.ts), so a repeat here is never
 * turned into a forced kill. Then this process exits with the child's status, 128 + the signal
 * number when the child was killed, so a supervisor (systemd Restart=on-failure) sees a crash.
 */
function stayInFrontOf(child) {
  let forwarded = false;
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      if (forwarded) return;
      forwarded = true;
      child.kill(sig);
    });
  }
  child.on('exit', (code, signal) => process.exit(signal ? 128 + constants.signals[signal] : (code ?? 1)));
}

function exec(cmd, args) {
  stayInFrontOf(spawn(cmd, args, { stdio: 'inherit', cwd: root, env: process.env }));
}

/** One TypeScript project per layer (each with its own runtime's types), then tests and scripts. */
function typecheckSteps() {
  // The list lives in here: run() is called above, before a module-level const would exist.
  // TypeScript 7 (the native compiler, about five times faster here) checks the types; the `typescript`
  // package (6.x) stays for typescript-eslint's typed rules, which need its JavaScript API.
  const tsc = join(root, 'node_modules', 'typescript7', 'bin', 'tsc');
  return ['shared/tsconfig.json', 'server/tsconfig.json', 'client/tsconfig.json', 'tsconfig.json'].map((project) => ({
    label: `typecheck ${project} (tsc 7)`,
    cmd: process.execPath,
    args: [tsc, '-p', project],
  }));
}

async function run(task, args) {
  switch (task) {
    case 'start': {
      // --no-build serves dist/client as it is: for deployments that build once at install time,
      // and for tests that share one build while others edit the sources.
      if (!args.includes('--no-build')) buildClientIfNeeded();
      exec(process.execPath, ['server/main.ts', ...args.filter((a) => a !== '--no-build')]);
      return;
    }
    case 'build':
      buildClient();
      return;
    case 'dev':
      exec(process.execPath, ['scripts/dev.ts', ...args]);
      return;
    case 'admin:create':
      exec(process.execPath, ['scripts/admin-create.ts', ...args]);
      return;
    case 'env:example':
      exec(process.execPath, ['scripts/env-example.ts', ...args]);
      return;
    case 'db:backup':
      exec(process.execPath, ['scripts/db-backup.ts', ...args]);
      return;
    case 'db:restore':
      exec(process.execPath, ['scripts/db-restore.ts', ...args]);
      return;
    // The test runners run TypeScript (vitest 5 and the servers they start need Node >= the floor).
    case 'typecheck':
      await stepsTogether(typecheckSteps());
      return;
    case 'test:unit':
      exec(npmBin('vitest'), ['run', '--project', 'unit', ...args]);
      return;
    case 'test:integration':
      buildClientIfNeeded();
      exec(npmBin('vitest'), ['run', '--project', 'integration', ...args]);
      return;
    case 'test:e2e':
      exec(npmBin('playwright'), ['test', ...args]);
      return;
    case 'test':
      // The slowest first (type-aware lint), so the two cores stay busy until the end.
      await stepsTogether([{ label: 'lint (eslint)', cmd: npmBin('eslint'), args: ['.', '--max-warnings=0'] }, ...typecheckSteps()]);
      step('unit tests (vitest)', npmBin('vitest'), ['run', '--project', 'unit']);
      // Built before the integration tests: server-rendered pages (/f/:slug, /list) render with it.
      buildClient('build client for integration and browser tests');
      step('integration tests (vitest: servers, processes, Redis, nginx)', npmBin('vitest'), ['run', '--project', 'integration']);
      step('browser tests (playwright)', npmBin('playwright'), ['test', ...args]);
      return;
    default:
      if (task?.startsWith('bench:')) {
        const name = task.slice('bench:'.length);
        buildClientIfNeeded();
        exec(process.execPath, [`tests/bench/${name}.ts`, ...args]);
        return;
      }
      console.error(`[launch] unknown task "${task}". Use start, test, typecheck, test:unit, test:integration, test:e2e, dev, build, admin:create, env:example, db:backup, db:restore or bench:<name>.`);
      process.exit(2);
  }
}
