import { join } from 'node:path';

/** The SQL drizzle-kit generated from schema/ (`npx drizzle-kit generate`), committed, applied at every start. */
export const MIGRATIONS_FOLDER = join(import.meta.dirname, 'migrations');
