import { defineConfig } from '@playwright/test';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from './tests/helpers/chromium.ts';

const PORT = Number(process.env.E2E_PORT ?? 2599);

/** Specs that never draw in 3D (no WebGL: not the world, not /studio's 3D preview): the `pages` lane. */
const PAGE_SPECS = ['a11y', 'accounts', 'admin-booths', 'admin-fairs', 'admin-moderation', 'booth-notice', 'inquiry', 'landing', 'list', 'live-sell', 'replays', 'ssr', 'staff-totp'].map((name) => `**/${name}.spec.ts`);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  // Two lanes, one spec file at a time in each (projects below): the DOM pages beside the 3D world.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 960, height: 540 },
    // A Korean visitor's browser (Accept-Language ko-KR): pages are in the language the browser asks
    // for (server/http/ssr.ts), and the specs read Korean unless they choose English themselves.
    locale: 'ko-KR',
    trace: 'retain-on-first-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS],
    },
  },
  // The world is drawn on the CPU (llvmpipe or SwiftShader), and a spec may hold two or three worlds: so
  // the specs that open /world keep one lane to themselves, one file after another as before, and
  // the specs that only use pages (the server-rendered ones, the forms, /admin and /studio) run in
  // a second lane beside it, mostly waiting on the server. A new spec lands in the `world` lane
  // unless it is listed in PAGE_SPECS.
  projects: [
    { name: 'pages', testMatch: PAGE_SPECS, workers: 1 },
    { name: 'world', testIgnore: PAGE_SPECS, workers: 1 },
  ],
  webServer: {
    command: `node tests/helpers/e2eWebServer.ts`,
    url: `http://127.0.0.1:${PORT}/healthz`,
    // A data folder of its own (session secret, embedded database), kept between runs: not the one
    // `npm start` has open, and one per E2E_PORT so parallel runs do not share a database. Its
    // first run copies the migrated template in (e2eWebServer.ts), or makes it (5-20 s) inside the timeout.
    env: { PORT: String(PORT), LOG_LEVEL: 'warn', DATA_DIR: join(import.meta.dirname, '.data', `e2e-${PORT}`) },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
