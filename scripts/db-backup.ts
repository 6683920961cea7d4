/**
 * `npm run db:backup [-- --out FILE]`: the embedded database under DATA_DIR as one .tgz file
 * (default DATA_DIR/backups/seeot-db-<time>.tgz: copy it off the machine too). Stop the server first: the database
 * belongs to one process, and this refuses, naming it, while a server has it open. With
 * DATABASE_URL set, back up PostgreSQL with pg_dump instead (docs/operations.md, "Database").
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../server/auth/secret.ts';
import { DatabaseError } from '../server/db/errors.ts';
import { dumpDatabase } from '../server/db/pglite/dump.ts';
import { EnvError, parseEnv } from '../server/env.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true });
try {
  const env = parseEnv(process.env);
  if (env.DATABASE_URL) {
    console.error('DATABASE_URL is set: the venue is in PostgreSQL, back it up with pg_dump (docs/operations.md, "Database")');
    process.exit(2);
  }
  const dataDir = env.DATA_DIR ?? DEFAULT_DATA_DIR;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const out = resolve(values.out ?? join(dataDir, 'backups', `seeot-db-${stamp}.tgz`));
  const tarball = await dumpDatabase(dataDir);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, tarball, { flag: 'wx' });
  console.log(`backed up ${join(dataDir, 'db')} to ${out} (${Math.round(tarball.byteLength / 1024)} KB)`);
} catch (e) {
  if (e instanceof DatabaseError || e instanceof EnvError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
