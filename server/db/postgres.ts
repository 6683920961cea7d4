/**
 * PostgreSQL at DATABASE_URL, for several processes (REDIS_URL) or an operator's own server: the
 * same migrations and repository as the embedded database, in-process (pg's I/O is asynchronous,
 * so nothing here holds the halls' event loop).
 */
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Logger } from '../logger.ts';
import { DatabaseError } from './errors.ts';
import { MIGRATIONS_FOLDER } from './migrate.ts';
import { createRepos } from './createRepos.ts';
import type { Database } from './repos.ts';

/** Any fixed number: processes starting together take turns at migrating under this advisory lock. */
const MIGRATION_LOCK = 7_385_201;

/** host:port/database of the URL, never its password. */
export function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

export async function openPostgres(url: string, log: Logger): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle connection the server drops (restart, failover) emits here; unhandled it would end the process.
  pool.on('error', (err) => log.error({ err }, 'PostgreSQL connection lost (the pool opens a new one)'));
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (e) {
    await pool.end();
    // A network failure by its code (ECONNREFUSED), PostgreSQL's refusals by their sentence (a wrong password, no such database).
    const err = e as NodeJS.ErrnoException;
    const why = err.code && /^E[A-Z]+$/.test(err.code) ? err.code : err.message;
    throw new DatabaseError(`DATABASE_URL (${describeUrl(url)}): cannot connect (${why})`);
  }
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    client.release();
  } catch (e) {
    // A session lock ends with its connection: destroyed, not returned to the pool.
    client.release(true);
    await pool.end();
    throw e;
  }
  return { repos: createRepos(drizzle({ client: pool })), close: () => pool.end() };
}
