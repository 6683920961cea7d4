/**
 * The browser tests' shared server (playwright.config.ts webServer): `node server/main.ts` on a
 * DATA_DIR whose embedded database starts as a copy of the migrated template the integration tests
 * made (tests/helpers/pgliteTemplate.ts), unless it has one from an earlier run. A fresh checkout
 * (CI) otherwise pays PGlite's initdb, 5-20 s, before the first spec can start.
 */
import { seedDataDir } from './pgliteTemplate.ts';

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error('e2eWebServer: DATA_DIR must be set (playwright.config.ts sets it)');
await seedDataDir(dataDir);
await import('../../server/main.ts');
