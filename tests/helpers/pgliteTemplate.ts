/**
 * Test servers on the embedded database start from a copy of one migrated database, made once per
 * checkout under node_modules/.cache: PGlite's initdb takes 5-20 s on these machines, a copy a
 * fraction of a second. A server given the copy finds its migrations applied and imports the
 * brochure as on any first start. The integration project makes it before any test runs
 * (globalSetup in vite.config.ts), so no test's timeout pays for it.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { MIGRATIONS_FOLDER } from '../../server/db/migrate.ts';
import { databaseDir, openPglite } from '../../server/db/pglite/open.ts';

const repoRoot = join(import.meta.dirname, '..', '..');

/** A new PGlite or a new migration makes a new template. */
function templateKey(): string {
  const h = createHash('sha256').update(readFileSync(join(repoRoot, 'node_modules', '@electric-sql', 'pglite', 'package.json')));
  for (const f of readdirSync(MIGRATIONS_FOLDER, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(MIGRATIONS_FOLDER, f);
    if (statSync(path).isFile()) h.update(f).update(readFileSync(path));
  }
  return h.digest('hex').slice(0, 16);
}

/** The template's DATA_DIR, made first if this checkout has none for this PGlite and these migrations. */
export async function pgliteTemplate(): Promise<string> {
  const dir = join(repoRoot, 'node_modules', '.cache', 'seeot-pglite', templateKey());
  if (existsSync(join(databaseDir(dir), 'PG_VERSION'))) return dir;
  // Test threads starting together may each make one; the first to move it into place wins.
  const scratch = `${dir}.tmp-${process.pid}-${threadId}`;
  rmSync(scratch, { recursive: true, force: true });
  const db = await openPglite(scratch);
  await db.close();
  try {
    renameSync(scratch, dir);
  } catch {
    rmSync(scratch, { recursive: true, force: true });
  }
  return dir;
}

let template: Promise<string> | undefined;

/** Gives `dataDir` a migrated embedded database, unless it has one already. */
export async function seedDataDir(dataDir: string): Promise<void> {
  if (existsSync(databaseDir(dataDir))) return;
  template ??= pgliteTemplate();
  const from = databaseDir(await template);
  mkdirSync(dataDir, { recursive: true });
  cpSync(from, databaseDir(dataDir), { recursive: true });
}
