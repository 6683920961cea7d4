/**
 * The two databases a test server runs on, for `describe.each(dbBackends('…'))`: the embedded PGlite
 * (a DATA_DIR copied from the migrated template) and a private PostgreSQL on loopback. Each `env()`
 * makes a fresh database and returns the env variables that point a server at it; `stop()` removes
 * it. Call `env()` once per backend (beforeAll), `stop()` after (afterAll).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDataDir } from './pgliteTemplate.ts';
import { startPostgres, type PrivatePostgres } from './postgres.ts';

export interface DbBackend {
  name: string;
  env(): Promise<{ DATA_DIR?: string; DATABASE_URL?: string }>;
  stop(): Promise<void>;
}

/** `label` names the temporary folder and the PostgreSQL database (letters, digits and `_`). */
export function dbBackends(label: string): DbBackend[] {
  let dataRoot: string | undefined;
  let pgServer: PrivatePostgres | undefined;
  return [
    {
      name: 'embedded PGlite (worker thread)',
      async env() {
        dataRoot = mkdtempSync(join(tmpdir(), `seeot-${label}-`));
        const dataDir = join(dataRoot, 'data');
        await seedDataDir(dataDir);
        return { DATA_DIR: dataDir };
      },
      stop: async () => {
        if (dataRoot) rmSync(dataRoot, { recursive: true, force: true });
      },
    },
    {
      name: 'PostgreSQL (private server on loopback)',
      async env() {
        pgServer = await startPostgres();
        return { DATABASE_URL: await pgServer.createDatabase(label) };
      },
      stop: async () => {
        await pgServer?.stop();
      },
    },
  ];
}
