/**
 * Backup and restore of the embedded database (scripts/db-backup.ts, db-restore.ts): PGlite's own
 * dump of its data directory as a gzipped tarball, and a database made from one. Both take the
 * DATA_DIR lock, so they refuse while a server has the database open.
 */
import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseError } from '../errors.ts';
import { lockDataDir } from './dataDirLock.ts';
import { databaseDir, lockPath, START_PARAMS } from './open.ts';

function hasDatabase(dir: string): boolean {
  return existsSync(join(dir, 'PG_VERSION'));
}

/** The database in `dataDir` as a .tgz, read while no server has it open. */
export async function dumpDatabase(dataDir: string): Promise<Uint8Array> {
  const dir = databaseDir(dataDir);
  if (!hasDatabase(dir)) throw new DatabaseError(`no embedded database in ${dataDir} (${dir} has no PG_VERSION): nothing to back up`);
  const unlock = lockDataDir(lockPath(dataDir), `the embedded database in ${dataDir}`);
  try {
    const pg = await PGlite.create(dir, { startParams: START_PARAMS });
    try {
      return new Uint8Array(await (await pg.dumpDataDir('gzip')).arrayBuffer());
    } finally {
      await pg.close();
    }
  } finally {
    unlock();
  }
}

/**
 * Makes the database in `dataDir` from a dump. The database it replaces is moved aside, never
 * deleted: its folder is returned (undefined when there was none).
 */
export async function restoreDatabase(dataDir: string, tarball: Uint8Array<ArrayBuffer>, now = new Date()): Promise<string | undefined> {
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(lockPath(dataDir), `the embedded database in ${dataDir}`);
  try {
    // Made in a scratch folder first: a dump PGlite cannot open leaves the current database as it was.
    const scratch = join(dataDir, `db.restore-${process.pid}`);
    rmSync(scratch, { recursive: true, force: true });
    try {
      const pg = await PGlite.create(scratch, { startParams: START_PARAMS, loadDataDir: new Blob([tarball]) });
      await pg.close();
    } catch (e) {
      rmSync(scratch, { recursive: true, force: true });
      throw new DatabaseError(`the backup could not be opened as a database (${e instanceof Error ? e.message : String(e)}); ${dataDir} is unchanged`);
    }
    const dir = databaseDir(dataDir);
    let aside: string | undefined;
    if (existsSync(dir)) {
      aside = join(dataDir, `db.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`);
      renameSync(dir, aside);
    }
    renameSync(scratch, dir);
    return aside;
  } finally {
    unlock();
  }
}
