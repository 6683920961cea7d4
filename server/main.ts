import { resolveSessionSecret, SecretError } from './auth/secret.ts';
import { DatabaseError } from './db/errors.ts';
import { checkDatabaseChoice } from './db/open.ts';
import { EnvError, parseEnv, type Env } from './env.ts';
import { ListenError } from './listen.ts';
import { createLogger } from './logger.ts';
import { RedisUnreachableError } from './presence/redisProbe.ts';
import { stopOnSignals } from './shutdown.ts';
import { openVenue } from './venue/openVenue.ts';

/** What an operator fixes (a variable, the secret file, Redis, the database, HOST/PORT): one line naming it, exit 1. */
function exitOnBootError(e: unknown): never {
  if (e instanceof EnvError || e instanceof SecretError || e instanceof RedisUnreachableError || e instanceof DatabaseError || e instanceof ListenError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}

// Boot: env first (a bad value stops here, naming the variable), then the app.
let env: Env;
try {
  env = parseEnv(process.env);
} catch (e) {
  exitOnBootError(e);
}
// The session secret next: with REDIS_URL it must be given (named in the error), else it is made once.
let secret;
try {
  secret = resolveSessionSecret(env);
  // REDIS_URL without DATABASE_URL: refused before anything is opened.
  checkDatabaseChoice(env);
} catch (e) {
  exitOnBootError(e);
}
env = { ...env, SESSION_SECRET: secret.secret };
const log = createLogger(env.LOG_LEVEL);
const stopper = stopOnSignals(log);
if (secret.source === 'generated') log.info({ path: secret.path }, 'generated a session secret (set SESSION_SECRET to choose one)');
if (env.SEEOT_FIXTURE_BOOTHS) log.warn({ booths: env.SEEOT_FIXTURE_BOOTHS }, 'serving a FIXTURE catalogue (benchmarks only)');
// The database opens (PGlite in its worker thread) while the rest of the app loads and sets up:
// app.ts is imported only now. createApp awaits the venue after probing Redis and reports its
// failure there, so it is not an unhandled rejection meanwhile.
const venue = openVenue(env, log);
venue.catch(() => {});
const { createApp } = await import('./app.ts');
let app;
try {
  app = await createApp({ env, log, venue });
} catch (e) {
  exitOnBootError(e);
}
stopper.serving(app.gameServer);
