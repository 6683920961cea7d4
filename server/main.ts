import { CATALOGUE } from '../shared/catalogue/catalogue.ts';
import { createApp } from './app.ts';
import { EnvError, parseEnv } from './env.ts';
import { createLogger } from './logger.ts';

// Boot: env first (a bad value stops here with the variable's name), then the app.
let env;
try {
  env = parseEnv(process.env);
} catch (e) {
  if (e instanceof EnvError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
const log = createLogger(env.LOG_LEVEL);
await createApp({ env, log, catalogue: CATALOGUE });
// Colyseus handles SIGTERM/SIGINT: it stops accepting, disposes rooms, closes the HTTP server, exits.
