/**
 * `npm run db:restore -- FILE`: makes the embedded database under DATA_DIR from a backup that
 * `npm run db:backup` wrote. The database it replaces is moved aside (DATA_DIR/db.before-restore-…),
 * never deleted. Stop the server first; start it again after: it applies any newer migrations.
 * With DATABASE_URL set, restore PostgreSQL with pg_restore instead (docs/operations.md, "Database").
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../server/auth/secret.ts';
import { DatabaseError } from '../server/db/errors.ts';
import { restoreDatabase } from '../server/db/pglite/dump.ts';
import { EnvError, parseEnv } from '../server/env.ts';

const { positionals } = parseArgs({ allowPositionals: true, strict: true });
if (positionals.length !== 1) {
  console.error('usage: npm run db:restore -- <backup.tgz>');
  process.exit(2);
}
try {
  const env = parseEnv(process.env);
  if (env.DATABASE_URL) {
    console.error('DATABASE_URL is set: the venue is in PostgreSQL, restore it with pg_restore (docs/operations.md, "Database")');
    process.exit(2);
  }
  const dataDir = env.DATA_DIR ?? DEFAULT_DATA_DIR;
  const file = resolve(positionals[0]!);
  const aside = await restoreDatabase(dataDir, new Uint8Array(readFileSync(file)));
  console.log(`restored ${join(dataDir, 'db')} from ${file}`);
  if (aside) console.log(`the database it replaced is kept in ${aside}`);
} catch (e) {
  if (e instanceof DatabaseError || e instanceof EnvError) {
    console.error(e.message);
    process.exit(1);
  }
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`no such backup file: ${positionals[0]}`);
    process.exit(1);
  }
  throw e;
}
