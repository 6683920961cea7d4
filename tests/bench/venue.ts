/**
 * `npm run bench:venue` (issue 9 §7): the venue in the database against today's in-memory catalogue.
 *
 * A server (tests/bench/lib/venueServer.ts: the real app) over a database holding 200 booths, each
 * with a logo and 4 images uploaded through the media service and saved on the booth, then:
 *   venue_rps        GET /api/catalogue over HTTP (keep-alive, Brotli as a browser asks, the body
 *                    counted and not decoded; CONNECTIONS loops each waiting for its answer's last
 *                    byte before the next request) in windows of WINDOW_S seconds, each after a
 *                    warm-up, while an edit lands every 200 ms (VenueService.editBooth in the
 *                    server: each one bumps the venue version, so the next read merges the venue
 *                    again; lib/venueReads.ts)
 *   venue_rps_ratio  that over the same loop against the same app over staticVenue(the same venue,
 *                    read from the first server), no database and no edits; same machine, same run,
 *                    both servers up and their windows in turn (READ_ROUNDS each), edits only in
 *                    the database's windows
 *   world_ready_ratio_200_images  navigation start → the world ready AND every picture within 20 m of
 *                    the spawn point drawn (the test hook), over the same for the default 15-booth
 *                    venue without pictures (ready alone); /world?quality=high&camera=overview,
 *                    Debian Chromium with SwiftShader (CPU WebGL2), 960×540, as bench:client. Each
 *                    sample in a browser of its own, as a visitor's first visit (a browser's first
 *                    world pays for starting its GPU process and compiling every shader: 2–3 s
 *                    more here), WORLD_SAMPLES of each venue taken in turn, medians compared
 *   draw_calls_200_images  renderer.info of a frame after that, shadow pass included (≤ 80)
 * plus the scene's texture memory then (the test hook's estimate). Prints a table, writes its section
 * of docs/performance.md, and ends with ONE JSON line.
 */
import { chromium, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogueSchema } from '../../shared/schemas/catalogue.ts';
import { layoutWorld } from '../../shared/world/layout.ts';
import config from '../../playwright.config.ts';
import { enableTestHook } from '../helpers/testHook.ts';
import { benchSection, writeSection } from './lib/perfDoc.ts';
import { freePort } from './lib/server.ts';
import { CONNECTIONS, readVenue, summarise, WINDOW_S, type ReadWindow, type Rps } from './lib/venueReads.ts';

/** Read windows per server, the two servers' windows in turn (so a busier minute of the machine falls on both). */
const READ_ROUNDS = 3;
const NEAR_M = 20;
const READY_TIMEOUT_MS = 240_000;
const WORLD_SAMPLES = 3;
const RUN_TIMEOUT_MS = 25 * 60_000;
const TARGET = { rpsRatio: 0.8, readyRatio: 1.5, drawCalls: 80, textureMb: 128 };
const WORLD_URL = '/world?quality=high&camera=overview';

interface Server {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

/** A server process on a free port with its own data folder; resolves once it printed `ready` (or /healthz answers). */
async function startProcess(args: string[], dataDir: string, readyLine: boolean): Promise<Server> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    // The load loops and the browser all come from loopback.
    ADDRESS_LIMITS_EXEMPT: 'loopback',
  };
  delete env.SEEOT_FIXTURE_BOOTHS;
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  live.add(child);
  child.once('exit', () => live.delete(child));
  let output = '';
  const keep = (d: Buffer) => (output = (output + d.toString()).slice(-6000));
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  await new Promise<void>((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 15 * 60_000);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    child.stdout!.on('data', (d: Buffer) => {
      keep(d);
      if (readyLine && /^ready /m.test(output)) {
        clearTimeout(deadline);
        resolve();
      }
    });
    if (!readyLine) {
      const poll = async (): Promise<void> => {
        for (;;) {
          try {
            if ((await fetch(`${url}/healthz`)).ok) break;
          } catch {
            // not listening yet
          }
          await new Promise((r) => setTimeout(r, 200));
        }
        clearTimeout(deadline);
        resolve();
      };
      void poll();
    }
  });
  return { url, child, stop };
}

/** Switches the server's edit loop on or off; off answers how many edits landed. */
function edits(server: Server, on: boolean): Promise<{ edited: number; failed: number } | null> {
  if (on) {
    server.child.send({ edits: true });
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    // Other modules talk over the same channel (Colyseus greets a PM2 parent): only the edit loop's answer counts.
    const answer = (m: unknown) => {
      const a = m as { bench?: string; edited: number; failed: number };
      if (a.bench !== 'edits') return;
      server.child.off('message', answer);
      resolve(a);
    };
    server.child.on('message', answer);
    server.child.send({ edits: false });
  });
}

interface WorldSample {
  readyMs: number;
  /** When the world itself was ready (fonts, signs, a frame), before the pictures were all drawn. */
  hookReadyMs: number;
  drawCalls: number;
  near: number;
  textureMb: number;
  poolMb: number;
}

/** Two measurements in the order of this round: each round reverses the last, so neither always goes first. */
function inTurn<T>(round: number, a: T, b: T): T[] {
  return round % 2 ? [b, a] : [a, b];
}

/** The sample with the median ready time (the middle one of an odd count). */
function medianSample(samples: readonly WorldSample[]): WorldSample {
  const sorted = [...samples].sort((a, b) => a.readyMs - b.readyMs);
  return sorted[(sorted.length - 1) >> 1]!;
}

/**
 * Navigation start → ready and, with `spawn`, every picture within NEAR_M of it drawn (a poll in the
 * page every 5 ms); then the renderer's counts of a frame after that, and the texture estimate.
 */
async function measureWorld(url: string, spawn: { x: number; z: number } | null): Promise<WorldSample> {
  const browser = await chromium.launch({ ...(config.use?.launchOptions ?? {}), headless: true });
  try {
    return await sampleWorld(browser, url, spawn);
  } finally {
    await browser.close();
  }
}

async function sampleWorld(browser: Browser, url: string, spawn: { x: number; z: number } | null): Promise<WorldSample> {
  const context = await browser.newContext({ viewport: { width: 960, height: 540 } });
  await enableTestHook(context);
  const page = await context.newPage();
  await page.addInitScript(() => {
    localStorage.setItem('seeot.world.helpSeen', '1');
    localStorage.setItem('seeot.identity', JSON.stringify({ nickname: '벤치', colorIndex: 0 }));
  });
  await page.addInitScript(
    ([s, near]) => {
      const w = window as unknown as { __seeot?: Window['__seeot']; __seeotReadyAt?: number; __seeotHookReadyAt?: number; __seeotNear?: number };
      const t = setInterval(() => {
        const hook = w.__seeot;
        if (!hook?.ready) return;
        w.__seeotHookReadyAt ??= performance.now();
        if (s) {
          const pictures = hook.pictures()?.pictures.filter((p) => Math.hypot(p.x - s.x, p.z - s.z) <= near) ?? [];
          if (pictures.length === 0 || !pictures.every((p) => p.drawn)) return;
          w.__seeotNear = pictures.length;
        }
        w.__seeotReadyAt = performance.now();
        clearInterval(t);
      }, 5);
    },
    [spawn, NEAR_M] as const,
  );
  await page.goto(url + WORLD_URL);
  await page.waitForFunction(() => (window as unknown as { __seeotReadyAt?: number }).__seeotReadyAt !== undefined, null, { timeout: READY_TIMEOUT_MS, polling: 50 });
  const f0 = await page.evaluate(() => window.__seeot!.frame);
  await page.waitForFunction((f) => window.__seeot!.frame >= f + 3, f0, { timeout: READY_TIMEOUT_MS });
  const s = await page.evaluate(() => {
    const w = window as unknown as { __seeotReadyAt: number; __seeotHookReadyAt: number; __seeotNear?: number };
    return { readyMs: w.__seeotReadyAt, hookReadyMs: w.__seeotHookReadyAt, near: w.__seeotNear ?? 0, ...window.__seeot!.renderer(), memory: window.__seeot!.textureMemory(), pictures: window.__seeot!.pictures() };
  });
  await context.close();
  const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;
  return { readyMs: Math.round(s.readyMs), hookReadyMs: Math.round(s.hookReadyMs), drawCalls: s.drawCalls, near: s.near, textureMb: mb(s.memory?.total ?? 0), poolMb: mb(s.pictures?.poolBytes ?? 0) };
}

const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

async function main(): Promise<void> {
  if (!existsSync('dist/client/index.html')) throw new Error('dist/client is not built: run `npm run build`.');
  const tmp = mkdtempSync(join(tmpdir(), 'seeot-bench-venue-'));
  const loadBefore = load();
  try {
    console.log('seeding 200 booths with a logo and 4 images each (uploads through the media service) …');
    const seedStart = performance.now();
    const db = await startProcess(['tests/bench/lib/venueServer.ts', 'db'], join(tmp, 'db'), true);
    const seedS = Math.round((performance.now() - seedStart) / 100) / 10;
    let dbRps: Rps;
    let staticRps: Rps;
    const edited = { edited: 0, failed: 0 };
    let world: WorldSample;
    let base: WorldSample;
    let samples: string;
    const venueFile = join(tmp, 'venue.json');
    let booths: number;
    let pictures: number;
    try {
      const venue = CatalogueSchema.parse(await (await fetch(`${db.url}/api/catalogue`)).json());
      writeFileSync(venueFile, JSON.stringify(venue));
      const layout = layoutWorld(venue);
      booths = layout.booths.length;
      const entries = [...venue.valueChain.activities.flatMap((a) => a.stages.flatMap((st) => st.programmes)), ...venue.enterprises];
      pictures = entries.reduce((n, e) => n + (e.logo ? 1 : 0) + (e.images?.length ?? 0), 0);
      console.log(`${booths} booths, ${pictures} pictures in the database (seeded in ${seedS} s); worlds, ${WORLD_SAMPLES} of each in turn …`);
      const plain = await startProcess(['server/main.ts'], join(tmp, 'plain'), false);
      const big: WorldSample[] = [];
      const small: WorldSample[] = [];
      try {
        const onDb = async (): Promise<void> => void big.push(await measureWorld(db.url, layout.spawn.position));
        const onPlain = async (): Promise<void> => void small.push(await measureWorld(plain.url, null));
        for (let i = 0; i < WORLD_SAMPLES; i++) for (const take of inTurn(i, onDb, onPlain)) await take();
      } finally {
        await plain.stop();
      }
      world = medianSample(big);
      base = medianSample(small);
      samples = `200 booths ${big.map((w) => w.readyMs).join(', ')} ms; 15 booths ${small.map((w) => w.readyMs).join(', ')} ms`;
      console.log(`venue reads: the database with an edit every 200 ms, and the in-memory catalogue, ${READ_ROUNDS} windows each in turn …`);
      const fixed = await startProcess(['tests/bench/lib/venueServer.ts', 'static', venueFile], join(tmp, 'static'), true);
      try {
        const dbWindows: ReadWindow[] = [];
        const staticWindows: ReadWindow[] = [];
        const onDb = async (): Promise<void> => {
          await edits(db, true);
          dbWindows.push(await readVenue(db.url));
          const e = await edits(db, false);
          edited.edited += e?.edited ?? 0;
          edited.failed += e?.failed ?? 0;
        };
        const onStatic = async (): Promise<void> => void staticWindows.push(await readVenue(fixed.url));
        for (let i = 0; i < READ_ROUNDS; i++) for (const take of inTurn(i, onDb, onStatic)) await take();
        dbRps = summarise(dbWindows);
        staticRps = summarise(staticWindows);
      } finally {
        await fixed.stop();
      }
    } finally {
      await db.stop();
    }
    const loadAfter = load();

    const ratio = (a: number, b: number) => Math.round((a / Math.max(1e-9, b)) * 100) / 100;
    const result = {
      bench: 'venue',
      venue_rps: dbRps.rps,
      venue_rps_ratio: ratio(dbRps.rps, staticRps.rps),
      world_ready_ratio_200_images: ratio(world.readyMs, base.readyMs),
      draw_calls_200_images: world.drawCalls,
    };
    const ok = (pass: boolean): string => (pass ? 'ok' : 'OVER');
    const rows: string[][] = [
      ['venue reads/s, database + an edit every 200 ms', String(dbRps.rps), '—', `${CONNECTIONS} keep-alive connections, ${READ_ROUNDS} × ${WINDOW_S} s, in turn with the in-memory server's windows; ${dbRps.requests} answers of ${Math.round(dbRps.bytesPerAnswer / 1024)} KB (Brotli, not decoded), ${dbRps.errors} errors, p50/p99 ${dbRps.p50}/${dbRps.p99} ms; ${edited.edited} edits landed (${edited.failed} failed)`],
      ['venue reads/s, in-memory catalogue', String(staticRps.rps), '—', `same app over staticVenue(the same venue); ${staticRps.requests} answers, ${staticRps.errors} errors, p50/p99 ${staticRps.p50}/${staticRps.p99} ms`],
      ['reads ratio database / in-memory', String(result.venue_rps_ratio), `≥ ${TARGET.rpsRatio} ${ok(result.venue_rps_ratio >= TARGET.rpsRatio)}`, ''],
      [`world ready, ${booths} booths, ${pictures} pictures`, `${world.readyMs} ms`, '—', `until the ${world.near} pictures within ${NEAR_M} m of the spawn point are drawn (the world itself ready at ${world.hookReadyMs} ms)`],
      ['world ready, 15 booths, no pictures', `${base.readyMs} ms`, '—', 'ready (fonts, signs, a frame)'],
      ['world ready samples', `${WORLD_SAMPLES} + ${WORLD_SAMPLES}`, '—', `medians above; each in a fresh browser, taken in turn: ${samples}`],
      ['world ready ratio', String(result.world_ready_ratio_200_images), `≤ ${TARGET.readyRatio} ${ok(result.world_ready_ratio_200_images <= TARGET.readyRatio)}`, ''],
      ['draw calls, 200 booths with pictures', String(world.drawCalls), `≤ ${TARGET.drawCalls} ${ok(world.drawCalls <= TARGET.drawCalls)}`, `quality=high, overview camera, shadows on (15 booths, no pictures: ${base.drawCalls})`],
      ['texture memory, 200 booths with pictures', `${world.textureMb} MB`, `≤ ${TARGET.textureMb} MB ${ok(world.textureMb <= TARGET.textureMb)}`, `estimate from the scene's textures; the picture pool ${world.poolMb} MB of it (15 booths, no pictures: ${base.textureMb} MB)`],
    ];
    const header = ['metric', 'value', 'target', 'note'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (r: readonly string[]): string => r.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
    for (const r of rows) console.log(line(r));
    console.log(`load average before ${loadBefore}, after ${loadAfter} (2 cores, shared)`);
    const md = benchSection(
      '## Venue in the database (`npm run bench:venue`)',
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: the load loops, the servers (both venues' side by side while the worlds are measured, their read windows in turn) and Debian Chromium with SwiftShader (960×540, a fresh browser per world) on one machine; load average before \`${loadBefore}\`, after \`${loadAfter}\` (2 cores, shared with other work). The database is the embedded PGlite; the reads compare the same app over the database venue (edits landing) and over the in-memory catalogue, in alternating windows of the same run.`,
      header,
      rows,
      result,
    );
    writeSection('docs/performance.md', 'bench:venue', md);
    console.log(JSON.stringify(result));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const timer = setTimeout(() => {
  console.error(`bench:venue: still running after ${RUN_TIMEOUT_MS / 1000} s, giving up`);
  process.exit(1);
}, RUN_TIMEOUT_MS);
timer.unref();
main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
