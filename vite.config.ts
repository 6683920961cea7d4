/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { domFonts } from './scripts/vite/domFonts.ts';
import { glyphCoverage } from './scripts/vite/glyphCoverage.ts';
import { precompress } from './scripts/vite/precompress.ts';

const serverPort = Number(process.env.PORT ?? 2567);

const THREE_MODULE = /[\\/]node_modules[\\/]three[\\/]/;
const chunkFileName = (chunk: { name: string; moduleIds: readonly string[] }): string =>
  chunk.moduleIds.some((id) => THREE_MODULE.test(id)) ? 'assets/three-[hash].js' : 'assets/[name]-[hash].js';

// The client lives in client/; the build goes to dist/client, which the server serves. The React
// server entry (`vite build --ssr entry-server.tsx`) goes to dist/server, which the server imports.
export default defineConfig(({ isSsrBuild }) => ({
  root: 'client',
  publicDir: false,
  plugins: [react(), glyphCoverage(), precompress(), domFonts()],
  build: {
    outDir: isSsrBuild ? '../dist/server' : '../dist/client',
    emptyOutDir: true,
    target: isSsrBuild ? 'node22' : 'es2022',
    chunkSizeWarningLimit: 1500,
    // zod with client/data/zodJitless.ts in one chunk of their own: every chunk that builds a schema imports
    // it, so zod is told not to compile (the CSP has no 'unsafe-eval') before any schema exists,
    // however the app's chunks are split (start.ts loads the app lazily, beside the world's chunks).
    // The chunk holding the 3D engine is named three: shared by the world and /studio's 3D preview,
    // it was named after whichever module of theirs came first (worldStore). Only the name: a
    // chunk group for three took React in (every page loaded 930 KB), and with
    // includeDependenciesRecursively off the booth pictures' texture lost its mip chain (world-media.spec).
    rollupOptions: isSsrBuild ? {} : { output: { chunkFileNames: chunkFileName, codeSplitting: { groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]client[\\/]data[\\/]zodJitless\.ts$/ }] } } },
    // One stylesheet for the whole client, which the server inlines into every page (34 KB, 7 KB
    // gzip): split per chunk, the world's and the chat's chunks would load the inlined part
    // again (Vite adds a <link> for every stylesheet a chunk depends on that the page has no link for).
    cssCodeSplit: false,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': `http://localhost:${serverPort}`,
      '/healthz': `http://localhost:${serverPort}`,
      '/readyz': `http://localhost:${serverPort}`,
      '/matchmake': `http://localhost:${serverPort}`,
      // A hall's WebSocket: the SDK connects to /<processId>/<roomId>?sessionId=… on the page's host.
      '^/[^/?]+/[^/?]+\\?sessionId=': { target: `ws://localhost:${serverPort}`, ws: true },
    },
  },
  // Two layers (docs/architecture.md, "Tests in layers"): `unit` runs in-process and stays fast;
  // `integration` boots real servers, processes, Redis or nginx. `npm test` runs both.
  test: {
    root: '.',
    environment: 'node',
    pool: 'threads',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'shared/**/*.test.ts', 'server/**/*.test.ts'] } },
      // globalSetup: the migrated PGlite database test servers start from (tests/helpers/pgliteTemplate.ts).
      // Its tests wait as long as a server may take to boot on a loaded 2-core machine (serverProcess.ts: 30 s).
      // Two files at a time (they spend most of their time waiting on the servers they start), each in
      // a process of its own: two PGlite (WebAssembly) files in threads of one process crashed V8.
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/helpers/integrationSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
          maxWorkers: 2,
        },
      },
    ],
  },
}));
