/**
 * The venue's database: PostgreSQL at DATABASE_URL when it is set, else the embedded PGlite under
 * DATA_DIR, in a worker thread. Each driver is loaded only when chosen: a PGlite server's main
 * thread loads neither pg nor drizzle, and its worker starts before the rest of the app loads.
 */
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../auth/secret.ts';
import type { Env } from '../env.ts';
import type { Logger } from '../logger.ts';
import { DatabaseError } from './errors.ts';
import type { Database } from './repos.ts';

/**
 * Several processes (REDIS_URL) must share one database, and the embedded one belongs to one
 * process: refused at boot, before anything is opened.
 */
export function checkDatabaseChoice(env: Pick<Env, 'REDIS_URL' | 'DATABASE_URL'>): void {
  if (env.REDIS_URL && !env.DATABASE_URL) {
    throw new DatabaseError(
      'REDIS_URL is set but DATABASE_URL is not: processes that share Redis must share one PostgreSQL database (the embedded one under DATA_DIR serves a single process). Set DATABASE_URL=postgres://user:password@host:5432/db, or unset REDIS_URL to run one process',
    );
  }
}

export async function openDatabase(env: Pick<Env, 'REDIS_URL' | 'DATABASE_URL' | 'DATA_DIR'>, log: Logger): Promise<Database> {
  checkDatabaseChoice(env);
  const started = performance.now();
  if (env.DATABASE_URL) {
    const { describeUrl, openPostgres } = await import('./postgres.ts');
    const db = await openPostgres(env.DATABASE_URL, log);
    log.info({ database: describeUrl(env.DATABASE_URL), ms: Math.round(performance.now() - started) }, 'database open (PostgreSQL)');
    return db;
  }
  const dataDir = env.DATA_DIR ?? DEFAULT_DATA_DIR;
  const { openPgliteWorker } = await import('./pglite/client.ts');
  const db = await openPgliteWorker(dataDir, log);
  log.info({ database: join(dataDir, 'db'), ms: Math.round(performance.now() - started) }, 'database open (embedded PGlite)');
  return db;
}
