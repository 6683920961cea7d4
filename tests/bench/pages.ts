/**
 * `npm run bench:pages`: the pages that paint before their JavaScript (issue 8 §5), measured by
 * Lighthouse 13 (the npm package, Debian Chromium) with its mobile preset and simulated throttling
 * (slow 4G, 4× CPU), against the real server (`node server/main.ts`, what `npm start` runs after
 * building): `/` and `/list`, three runs each, in a fresh browser each, as a Korean visitor
 * (Accept-Language ko-KR) whose device has a Korean system font, as every phone does
 * (lib/koreanSystemFont.ts: Debian's Chromium has none, and would draw Hangul as boxes until the web
 * font arrives). Reported per page, median of the runs:
 *   performance score (target ≥ 0.95), LCP (≤ 1.5 s), CLS (≤ 0.02), accessibility score (1.0),
 *   and FCP, TBT, speed index for context.
 * The server's page cache is warmed first (one request per page): every visitor after the first
 * gets a cached page, and the first render also compresses it.
 * Lighthouse simulates the network but takes the main thread's task durations as it observes them
 * (times four): on this 2-core machine shared with other sessions' test runs, a task that needs
 * 18 ms of CPU was observed at 400 ms (load average 20–29; the page's main thread used 191 ms of CPU
 * in 2.2 s of task time). So where cgroups are writable (root, cgroup v1) the server and each
 * Lighthouse run (its Chromium is started from it, so it joins too) run in a `cpu` group weighted
 * ahead of other tenants' work (lib/cgroups.ts, MAX_SHARES): what a phone's CPU, not shared with
 * anyone's test suite, would give. Not pinned to a core: Chromium's processes need both.
 * Baseline in the same run: two control pages (lib/controlPages.ts), a one-heading page and /list's
 * HTML without its scripts, measured the same way: what this machine scores before the app runs.
 * Prints a table, writes docs/performance.md (its own marked section) and ends with ONE JSON line:
 *   {"bench":"pages","landing_lcp_ms":…,"landing_perf":…,"list_lcp_ms":…,"list_perf":…,"max_cls":…}
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { chromiumPath } from '../helpers/chromium.ts';
import { cgroupsAvailable, MAX_SHARES, priorityGroup } from './lib/cgroups.ts';
import { CONTROL_PAGES, startControlPages } from './lib/controlPages.ts';
import { koreanSystemFont, type SystemFont } from './lib/koreanSystemFont.ts';
import { benchSection, writeSection } from './lib/perfDoc.ts';
import { startServer } from './lib/server.ts';

const RUNS = 3;
const PAGES = [
  { key: 'landing', path: '/' },
  { key: 'list', path: '/list' },
] as const;
const TARGET = { perf: 0.95, lcpMs: 1500, cls: 0.02, a11y: 1 };
/** One Lighthouse run is about 20 s; a hung one must not hang the bench. */
const RUN_TIMEOUT_MS = 3 * 60_000;
const LIGHTHOUSE = join(import.meta.dirname, '..', '..', 'node_modules', 'lighthouse', 'cli', 'index.js');
/** The flags the browser tests use (playwright.config.ts) that apply here, headless. */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const HEADERS = { 'Accept-Language': 'ko-KR,ko;q=0.9' };

/** The parts of Lighthouse's report (LHR) read here, checked: a Lighthouse upgrade that moves them fails loudly. */
const Numeric = z.object({ numericValue: z.number() });
const ReportSchema = z.object({
  lighthouseVersion: z.string(),
  categories: z.object({ performance: z.object({ score: z.number() }), accessibility: z.object({ score: z.number() }) }),
  audits: z.object({
    'first-contentful-paint': Numeric,
    'largest-contentful-paint': Numeric,
    'total-blocking-time': Numeric,
    'cumulative-layout-shift': Numeric,
    'speed-index': Numeric,
    metrics: z.object({ details: z.object({ items: z.tuple([z.object({ observedFirstContentfulPaintTs: z.number() })]).rest(z.unknown()) }) }),
  }),
});

/** The parts of a Chrome trace read by cpuTbt. */
const TraceSchema = z.object({
  traceEvents: z.array(z.object({ name: z.string(), ph: z.string(), pid: z.number(), tid: z.number(), ts: z.number(), tdur: z.number().optional(), args: z.unknown().optional() })),
});
const NavStartArgs = z.object({ data: z.object({ isLoadingMainFrame: z.boolean(), documentLoaderURL: z.string() }) });

/**
 * Total blocking time computed as Lighthouse does (each main-thread task after the first contentful
 * paint, times 4 for the mobile preset's CPU, counts what it has over 50 ms) but from the task's CPU
 * time (the trace's thread duration) rather than its wall time, which on a shared machine includes
 * waiting for a core. Not the target (Lighthouse's own TBT is); it tells a busy machine's reading
 * from the page's cost.
 */
function cpuTbt(trace: unknown, fcpTs: number): number {
  const events = TraceSchema.parse(trace).traceEvents;
  const isPage = (args: unknown): boolean => {
    const data = NavStartArgs.safeParse(args).data?.data;
    return data !== undefined && data.isLoadingMainFrame && data.documentLoaderURL.startsWith('http');
  };
  const nav = events.find((e) => e.name === 'navigationStart' && isPage(e.args));
  if (!nav) throw new Error('cpuTbt: no navigationStart for the page in the trace');
  let sum = 0;
  for (const e of events) {
    if (e.pid !== nav.pid || e.tid !== nav.tid || e.ph !== 'X' || e.ts < fcpTs) continue;
    if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
    sum += Math.max(0, ((e.tdur ?? 0) / 1000) * 4 - 50);
  }
  return sum;
}

interface Sample {
  /** TBT as the main thread's CPU time would give it (cpuTbt): what the page costs, whoever else is busy. */
  cpuTbtMs: number;
  perf: number;
  a11y: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  siMs: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

let lighthouseVersion = '';

/** The server and the browsers, ahead of other tenants' work (see above); null where cgroups are not writable. */
const priority = cgroupsAvailable() ? priorityGroup('pages', MAX_SHARES) : null;

/** One Lighthouse run in its own Chromium, as its CLI does it (chrome-launcher, fresh profile). */
function lighthouse(url: string, font: SystemFont): Promise<Sample> {
  const dir = mkdtempSync(join(tmpdir(), 'seeot-lighthouse-'));
  const out = join(dir, 'report.json');
  const args = [
    LIGHTHOUSE,
    url,
    '--output=json',
    `--output-path=${out}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    '--only-categories=performance,accessibility',
    `--extra-headers=${JSON.stringify(HEADERS)}`,
    '--quiet',
    // The trace too (report-0.trace.json beside the report), for cpuTbt.
    '--save-assets',
  ];
  return new Promise<Sample>((resolve, reject) => {
    const env = { ...process.env, ...font.env, CHROME_PATH: chromiumPath() };
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    // Before its Chromium starts (it launches it after loading, ~0.5 s), so the browser joins too.
    priority?.add(child.pid!);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      try {
        if (code !== 0) throw new Error(`lighthouse exited with ${code ?? signal}: ${stderr}`);
        const r = ReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
        lighthouseVersion = r.lighthouseVersion;
        const a = r.audits;
        resolve({
          cpuTbtMs: cpuTbt(JSON.parse(readFileSync(join(dir, 'report-0.trace.json'), 'utf8')), r.audits.metrics.details.items[0].observedFirstContentfulPaintTs),
          perf: r.categories.performance.score,
          a11y: r.categories.accessibility.score,
          fcpMs: a['first-contentful-paint'].numericValue,
          lcpMs: a['largest-contentful-paint'].numericValue,
          tbtMs: a['total-blocking-time'].numericValue,
          cls: a['cumulative-layout-shift'].numericValue,
          siMs: a['speed-index'].numericValue,
        });
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/**
 * Lighthouse sometimes loses a run's trace on a busy machine (NO_NAVSTART, NO_FCP): that run says
 * nothing about the page, so it is run again, up to twice, and said so.
 */
async function lighthouseWithRetry(url: string, font: SystemFont): Promise<Sample> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouse(url, font);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (attempt >= 3 || !/NO_NAVSTART|NO_FCP|NO_LCP|PROTOCOL_TIMEOUT/.test(message)) throw e;
      console.log(`${url}: Lighthouse lost the run (${/NO_\w+|PROTOCOL_TIMEOUT/.exec(message)?.[0]}), running it again`);
    }
  }
}

async function main(): Promise<void> {
  if (!chromiumPath()) throw new Error('bench:pages needs Chromium (/usr/bin/chromium or CHROMIUM_PATH)');
  const server = await startServer();
  priority?.add(server.pid);
  const font = koreanSystemFont();
  const results = new Map<string, Sample>();
  try {
    for (const { path } of PAGES) {
      const res = await fetch(server.url + path, { headers: { ...HEADERS, 'Accept-Encoding': 'br, gzip' } });
      if (!res.ok) throw new Error(`${path} answered ${res.status}`);
    }
    const control = await startControlPages(server.url, HEADERS);
    try {
      const targets = [...PAGES.map((p) => ({ key: p.key, label: p.path, url: server.url + p.path })), ...CONTROL_PAGES.map((p) => ({ key: p.key, label: p.label, url: control.url + p.path }))];
      for (const { key, label, url } of targets) {
        const samples: Sample[] = [];
        for (let i = 1; i <= RUNS; i++) {
          const s = await lighthouseWithRetry(url, font);
          console.log(
            `${label} run ${i}: performance ${s.perf}, LCP ${Math.round(s.lcpMs)} ms, CLS ${s.cls.toFixed(3)}, TBT ${Math.round(s.tbtMs)} ms (from CPU time ${Math.round(s.cpuTbtMs)} ms), FCP ${Math.round(s.fcpMs)} ms, accessibility ${s.a11y} (load average ${loadavg()[0]!.toFixed(1)})`,
          );
          samples.push(s);
        }
        const m = (f: (s: Sample) => number): number => median(samples.map(f));
        results.set(key, { cpuTbtMs: m((s) => s.cpuTbtMs), perf: m((s) => s.perf), a11y: m((s) => s.a11y), fcpMs: m((s) => s.fcpMs), lcpMs: m((s) => s.lcpMs), tbtMs: m((s) => s.tbtMs), cls: m((s) => s.cls), siMs: m((s) => s.siMs) });
      }
    } finally {
      await control.close();
    }
  } finally {
    font.remove();
    await server.stop();
  }

  const landing = results.get('landing')!;
  const list = results.get('list')!;
  const result = {
    bench: 'pages',
    landing_lcp_ms: Math.round(landing.lcpMs),
    landing_perf: landing.perf,
    list_lcp_ms: Math.round(list.lcpMs),
    list_perf: list.perf,
    max_cls: Math.round(Math.max(landing.cls, list.cls) * 1000) / 1000,
  };
  const ok = (pass: boolean): string => (pass ? 'ok' : 'MISSED');
  const header = ['page', 'performance', 'LCP', 'CLS', 'accessibility', 'FCP', 'TBT', 'TBT from CPU time', 'speed index'];
  const rows = [...PAGES.map(({ key, path }) => ({ key, label: `\`${path}\``, target: true })), ...CONTROL_PAGES.map(({ key, label }) => ({ key, label, target: false }))].map(({ key, label, target }) => {
    const s = results.get(key)!;
    // The control pages are the machine's baseline, not held to the targets.
    const cell = (value: string, goal: string, pass: boolean): string => (target ? `${value} (${goal} ${ok(pass)})` : value);
    return [
      label,
      cell(String(s.perf), `≥ ${TARGET.perf}`, s.perf >= TARGET.perf),
      cell(`${Math.round(s.lcpMs)} ms`, `≤ ${TARGET.lcpMs}`, s.lcpMs <= TARGET.lcpMs),
      cell(s.cls.toFixed(3), `≤ ${TARGET.cls}`, s.cls <= TARGET.cls),
      cell(String(s.a11y), String(TARGET.a11y), s.a11y >= TARGET.a11y),
      `${Math.round(s.fcpMs)} ms`,
      `${Math.round(s.tbtMs)} ms`,
      `${Math.round(s.cpuTbtMs)} ms`,
      `${Math.round(s.siMs)} ms`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]): string => r.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));
  const listHtml = results.get('list-html')!;
  const baseline = `\`/list\`'s TBT is ×${(list.tbtMs / Math.max(1, listHtml.tbtMs)).toFixed(2)} that of its own HTML without scripts (${Math.round(list.tbtMs)} against ${Math.round(listHtml.tbtMs)} ms), whose performance reads ${listHtml.perf} here; a one-heading page reads ${results.get('minimal')!.perf}.`;
  console.log(baseline);

  const md = benchSection(
    '## Pages (`npm run bench:pages`)',
    `Measured ${new Date().toISOString().slice(0, 10)} with Lighthouse ${lighthouseVersion} (mobile preset: simulated slow 4G, 4× CPU) in Debian Chromium against \`node server/main.ts\`, ` +
      `as a Korean visitor whose device has a Korean system font (as phones do; \`tests/bench/lib/koreanSystemFont.ts\`), median of ${RUNS} runs per page, each in a fresh browser; the page cache warmed by one request per page; ` +
      `${priority ? 'server and browsers weighted ahead of other tenants\' work (cgroup cpu.shares ' + MAX_SHARES + ')' : 'no cgroups (not root): server and browsers share the CPU with other work as it comes'}. ` +
      `Load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores at the end: Lighthouse simulates the network but scales the CPU time it observes, so a busy machine reads slower; "TBT from CPU time" counts each main-thread task's CPU time instead of its wall time (\`cpuTbt\` in tests/bench/pages.ts: a diagnostic of what the page costs, not the target). ` +
      `The two control rows are this machine's baseline, measured in the same run (\`tests/bench/lib/controlPages.ts\`): a page of one heading, and \`/list\`'s own HTML with its scripts removed (no app, no web fonts); they are not held to the targets. ${baseline}`,
    header,
    rows,
    result,
  );
  writeSection('docs/performance.md', 'bench:pages', md);
  console.log(JSON.stringify(result));
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
