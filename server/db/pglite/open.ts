/**
 * The embedded database under DATA_DIR (runs inside the worker, pglite/worker.ts): locked for this
 * process, created on first start, migrated at every start.
 */
import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseError } from '../errors.ts';
import { MIGRATIONS_FOLDER } from '../migrate.ts';
import type { Db } from '../drizzleRepo.ts';
import { lockDataDir } from './dataDirLock.ts';

/**
 * PGlite's default 128 MB of shared buffers made a server process about 400 MB; with 16 MB it is
 * about 225 MB (measured), and the venue's tables are a few MB.
 */
export const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** DATA_DIR/db: the database files. */
export function databaseDir(dataDir: string): string {
  return join(dataDir, 'db');
}

/** DATA_DIR/db.lock: the pid of the process that has it open. */
export function lockPath(dataDir: string): string {
  return join(dataDir, 'db.lock');
}

/**
 * A new database is made in a scratch folder and moved into place once complete: a first start
 * (initdb takes seconds) killed half-way must not leave a folder that looks like a database.
 */
async function createOnce(dataDir: string, dir: string): Promise<void> {
  if (existsSync(join(dir, 'PG_VERSION'))) return;
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new DatabaseError(`${dir} is not a database (no PG_VERSION): move it out of DATA_DIR, or restore a backup into it (npm run db:restore)`);
  }
  // What killed first starts left behind; the lock says nobody else is making one now.
  for (const entry of readdirSync(dataDir)) if (entry.startsWith('db.init-')) rmSync(join(dataDir, entry), { recursive: true, force: true });
  const scratch = join(dataDir, `db.init-${process.pid}`);
  const pg = await PGlite.create(scratch, { startParams: START_PARAMS });
  await pg.close();
  rmSync(dir, { recursive: true, force: true });
  renameSync(scratch, dir);
}

export interface OpenPglite {
  db: Db;
  close(): Promise<void>;
}

export async function openPglite(dataDir: string): Promise<OpenPglite> {
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(lockPath(dataDir), `the embedded database in ${dataDir}`);
  try {
    const dir = databaseDir(dataDir);
    await createOnce(dataDir, dir);
    // drizzle's modules load (half a second of parsing) while PGlite compiles its WebAssembly.
    const starting = PGlite.create(dir, { startParams: START_PARAMS });
    const [{ drizzle }, { migrate }, pg] = await Promise.all([import('drizzle-orm/pglite'), import('drizzle-orm/pglite/migrator'), starting]);
    const db = drizzle(pg);
    try {
      // In one transaction: a start killed mid-migration leaves the schema as it was.
      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } catch (e) {
      await pg.close();
      throw e;
    }
    return {
      db,
      async close() {
        await pg.close();
        unlock();
      },
    };
  } catch (e) {
    unlock();
    throw e;
  }
}
