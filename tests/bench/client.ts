/**
 * `npm run bench:client`: the client budgets of issue 3 §8, measured in Debian Chromium (SwiftShader,
 * the same flags as playwright.config.ts, 960×540) against the real server (`node server/main.ts`):
 *   shell_js_gzip_kb   compressed JS fetched for `/` until the network is idle   (target ≤ 200)
 *   world_js_gzip_kb   compressed JS fetched for /world?quality=high&camera=overview until ready
 *   world_ready_ms     navigation start → window.__seeot.ready (fonts, every sign, one frame after)
 *   draw_calls, triangles   renderer.info of one frame, overview camera, default content (≤ 80)
 *   draw_calls_ratio_200_20 the same with 200-booth vs 20-booth fixture catalogues   (≤ 1.2)
 *   draw_calls_with_avatars  with `--avatars N`: N avatars DRAWN, overview camera, default content
 *                            (≤ 100). N bot visitors (tests/bench/lib/avatarBots.ts) join the page's
 *                            shard around the spawn plaza, but the server sends each visitor only its
 *                            nearest 32; the page's test hook tops up to N with synthetic avatars fed
 *                            through the same remote-avatar path (snapshot buffers → instanced bodies,
 *                            name tags, emotes), and the bench checks N were drawn in the measured
 *                            frame. Only in the JSON when --avatars is given.
 * Prints a table, writes docs/performance.md (its own marked section) and ends with ONE JSON line.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { layoutWorld } from '../../shared/world/layout.ts';
import { startAvatarBots } from './lib/avatarBots.ts';
import config from '../../playwright.config.ts';
import { enableTestHook } from '../helpers/testHook.ts';
import { countJsBytes } from './lib/jsBytes.ts';
import { benchSection, writeSection } from './lib/perfDoc.ts';
import { startServer, type RunningServer } from './lib/server.ts';

const WORLD_URL = '/world?quality=high&camera=overview';
const READY_TIMEOUT_MS = 180_000;
/** The whole run is bounded: a hung browser or server must not hang CI. */
const RUN_TIMEOUT_MS = 12 * 60_000;
const TARGET = { shell: 200, drawCalls: 80, ratio: 1.2, withAvatars: 100 };
const { values: args } = parseArgs({ options: { avatars: { type: 'string' } } });
const AVATARS = args.avatars === undefined ? 0 : Number(args.avatars);
if (!Number.isInteger(AVATARS) || AVATARS < 0 || AVATARS > 1000) throw new Error(`--avatars: 0–1000, got ${args.avatars}`);

interface WorldSample {
  readyMs: number;
  /** Avatars the measured frame drew: from the server / synthetic (test hook). */
  real: number;
  synthetic: number;
  jsBytes: number;
  drawCalls: number;
  triangles: number;
  booths: number;
}

const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 960, height: 540 } });
  return context.newPage();
}

async function measureShell(browser: Browser, url: string): Promise<number> {
  const page = await newPage(browser);
  const js = await countJsBytes(page);
  await page.goto(url + '/', { waitUntil: 'networkidle' });
  const bytes = js.total();
  await page.context().close();
  return bytes;
}

async function measureWorld(browser: Browser, url: string, avatars = 0): Promise<WorldSample & { drawn: number }> {
  const page = await newPage(browser);
  // A remembered visitor, so the page joins the hall (and the bots' shard) without the entry dialog.
  await page.addInitScript(() => {
    localStorage.setItem('seeot.world.helpSeen', '1');
    localStorage.setItem('seeot.identity', JSON.stringify({ nickname: '벤치', colorIndex: 0 }));
  });
  // Timestamp the moment ready flips, relative to navigation start (performance.now()'s origin).
  await page.addInitScript(() => {
    const w = window as unknown as { __seeot?: { ready: boolean }; __seeotReadyAt?: number };
    const t = setInterval(() => {
      if (w.__seeot?.ready) {
        w.__seeotReadyAt = performance.now();
        clearInterval(t);
      }
    }, 5);
  });
  // The hook times readiness and adds avatars; its own chunk is no part of what a visitor downloads.
  await enableTestHook(page.context());
  const js = await countJsBytes(page);
  await page.goto(url + WORLD_URL);
  await page.waitForFunction(() => (window as unknown as { __seeotReadyAt?: number }).__seeotReadyAt !== undefined, null, { timeout: READY_TIMEOUT_MS, polling: 50 });
  const jsBytes = js
    .files()
    .filter((f) => !/\/testHook-[^/]*\.js$/.test(new URL(f.url).pathname))
    .reduce((n, f) => n + f.bytes, 0);
  if (avatars > 0) {
    // Everyone the server sends this page (its interest set: the nearest 32 within 20 m) is drawn.
    await page.waitForFunction(() => window.__seeot!.connected, null, { timeout: READY_TIMEOUT_MS });
    await page.waitForFunction((n) => window.__seeot!.remotes().length >= n, Math.min(avatars, 24), { timeout: READY_TIMEOUT_MS });
    await topUpAvatars(page, avatars);
  }
  // A few frames after ready, so the counts are of a settled frame with every sign drawn.
  const frame0 = await page.evaluate(() => window.__seeot!.frame);
  await page.waitForFunction((f) => window.__seeot!.frame >= f + 3, frame0, { timeout: READY_TIMEOUT_MS });
  // Renderer counts and the avatars drawn are both of the last frame: read them together.
  const s = await page.evaluate(() => ({
    readyMs: (window as unknown as { __seeotReadyAt: number }).__seeotReadyAt,
    ...window.__seeot!.renderer(),
    booths: window.__seeot!.booths().length,
    avatars: window.__seeot!.renderedAvatars(),
  }));
  await page.context().close();
  if (avatars > 0 && s.avatars.total !== avatars) throw new Error(`the measured frame drew ${s.avatars.total} avatars, not ${avatars}`);
  return {
    readyMs: Math.round(s.readyMs),
    jsBytes,
    drawCalls: s.drawCalls,
    triangles: s.triangles,
    booths: s.booths,
    drawn: s.avatars.total,
    real: s.avatars.real,
    synthetic: s.avatars.synthetic,
  };
}

/**
 * Tops the drawn avatars up to `n` with the hook's synthetic crowd (the real ones are the server's
 * interest set, which changes as bots stroll), until a frame draws exactly n.
 */
async function topUpAvatars(page: Page, n: number): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const drawn = await page.evaluate(() => window.__seeot!.renderedAvatars());
    if (drawn.total === n) return;
    await page.evaluate((k) => window.__seeot!.addSyntheticAvatars(k), n - drawn.total);
    const f = await page.evaluate(() => window.__seeot!.frame);
    await page.waitForFunction((t) => window.__seeot!.frame >= t, f + 3, { timeout: READY_TIMEOUT_MS });
  }
  throw new Error(`could not get ${n} avatars drawn`);
}

async function withServer<T>(fixtureBooths: number | undefined, fn: (s: RunningServer) => Promise<T>): Promise<T> {
  const server = await startServer(fixtureBooths ? { fixtureBooths } : {});
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  if (!existsSync('dist/client/index.html')) throw new Error('dist/client is not built: run `npm run build` (npm run bench:client builds it).');
  const launch = config.use?.launchOptions ?? {};
  const browser = await chromium.launch({ ...launch, headless: true });
  let shellBytes: number;
  let world: WorldSample;
  let f20: WorldSample;
  let f200: WorldSample;
  let crowd: (WorldSample & { drawn: number }) | null = null;
  try {
    [shellBytes, world] = await withServer(undefined, async (s) => [await measureShell(browser, s.url), await measureWorld(browser, s.url)] as const);
    f20 = await withServer(20, (s) => measureWorld(browser, s.url));
    f200 = await withServer(200, (s) => measureWorld(browser, s.url));
    if (AVATARS > 0) {
      crowd = await withServer(undefined, async (s) => {
        const bots = await startAvatarBots(s.url, AVATARS, layoutWorld(CATALOGUE).spawn.position);
        try {
          return await measureWorld(browser, s.url, AVATARS);
        } finally {
          await bots.stop();
        }
      });
    }
  } finally {
    await browser.close();
  }
  const ratio = Math.round((f200.drawCalls / Math.max(1, f20.drawCalls)) * 100) / 100;
  const result = {
    bench: 'client',
    shell_js_gzip_kb: kb(shellBytes),
    world_js_gzip_kb: kb(world.jsBytes),
    world_ready_ms: world.readyMs,
    draw_calls: world.drawCalls,
    triangles: world.triangles,
    draw_calls_ratio_200_20: ratio,
    ...(crowd ? { draw_calls_with_avatars: crowd.drawCalls } : {}),
  };
  if (crowd) console.log(`avatars drawn in the measured frame: ${crowd.drawn} = ${crowd.real} real + ${crowd.synthetic} synthetic`);
  const ok = (pass: boolean): string => (pass ? 'ok' : 'OVER');
  const rows: [string, string, string, string][] = [
    ['shell JS (gzip, / until idle)', `${result.shell_js_gzip_kb} KB`, `≤ ${TARGET.shell} KB ${ok(result.shell_js_gzip_kb <= TARGET.shell)}`, 'first page, no three.js'],
    ['world JS (gzip, until ready)', `${result.world_js_gzip_kb} KB`, '—', `${(result.world_js_gzip_kb / Math.max(0.1, result.shell_js_gzip_kb)).toFixed(2)}× the shell (shell included)`],
    ['world ready', `${result.world_ready_ms} ms`, '—', 'nav start → fonts, signs, one frame (SwiftShader)'],
    [`draw calls (default, ${world.booths} booths)`, String(result.draw_calls), `≤ ${TARGET.drawCalls} ${ok(result.draw_calls <= TARGET.drawCalls)}`, 'overview camera, quality=high, shadows on'],
    ['triangles (default)', String(result.triangles), '—', ''],
    [`draw calls, ${f20.booths}-booth fixture`, String(f20.drawCalls), '—', `${f20.triangles} triangles, ready ${f20.readyMs} ms`],
    [`draw calls, ${f200.booths}-booth fixture`, String(f200.drawCalls), '—', `${f200.triangles} triangles, ready ${f200.readyMs} ms`],
    ['draw calls ratio 200/20', String(ratio), `≤ ${TARGET.ratio} ${ok(ratio <= TARGET.ratio)}`, `triangles ×${(f200.triangles / Math.max(1, f20.triangles)).toFixed(2)} for ×10 booths`],
  ];
  if (crowd) {
    rows.push([
      `draw calls, ${AVATARS} avatars drawn`,
      String(crowd.drawCalls),
      `≤ ${TARGET.withAvatars} ${ok(crowd.drawCalls <= TARGET.withAvatars)}`,
      `${crowd.real} real (${AVATARS} bots in the shard; the server sends the page its nearest 32) + ${crowd.synthetic} synthetic (test hook, same render path), ${crowd.triangles} triangles; instanced, so the count does not grow with the crowd`,
    ]);
  }
  const header = ['metric', 'value', 'target', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]): string => r.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));

  const md = benchSection(
    '## Client (`npm run bench:client`)',
    `Measured ${new Date().toISOString().slice(0, 10)} on Debian Chromium with SwiftShader (CPU WebGL2), 960×540, against \`node server/main.ts\`${AVATARS > 0 ? ` (\`--avatars ${AVATARS}\`)` : ''}.`,
    header,
    rows,
    result,
  );
  writeSection('docs/performance.md', 'bench:client', md);
  console.log(JSON.stringify(result));
}

const timer = setTimeout(() => {
  console.error(`bench:client: still running after ${RUN_TIMEOUT_MS / 1000} s, giving up`);
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
