// drizzle-kit reads this to generate SQL migrations from the schema (`npx drizzle-kit generate`);
// the server applies them at start (server/db/migrate.ts), on PGlite and PostgreSQL alike.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema',
  out: './server/db/migrations',
});
