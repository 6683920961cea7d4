/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { glyphCoverage } from './scripts/vite/glyphCoverage.ts';

const serverPort = Number(process.env.PORT ?? 2567);

// The client lives in client/; the build goes to dist/client, which the server serves.
export default defineConfig({
  root: 'client',
  publicDir: false,
  plugins: [react(), glyphCoverage()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': `http://localhost:${serverPort}`,
      '/healthz': `http://localhost:${serverPort}`,
      '/matchmake': `http://localhost:${serverPort}`,
    },
  },
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.ts', 'shared/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
  },
});
