/**
 * `npm run staff:token [-- --hours N --name X]`: prints a staff token signed with the same session
 * secret the server resolves (SESSION_SECRET, else the one kept in DATA_DIR), so it works against a
 * server started from this checkout. Open /world?staff=<token> to get the moderation overlay.
 */
import { parseArgs } from 'node:util';
import { resolveSessionSecret, SecretError } from '../server/auth/secret.ts';
import { signStaffToken } from '../server/auth/tokens.ts';
import { EnvError, parseEnv } from '../server/env.ts';

const { values } = parseArgs({
  options: { hours: { type: 'string', default: '12' }, name: { type: 'string', default: 'staff' } },
  strict: true,
});
const hours = Number(values.hours);
if (!(hours > 0 && hours <= 24 * 30)) {
  console.error('--hours must be a number between 0 and 720');
  process.exit(2);
}
const name = values.name.trim();
if (name.length < 1 || name.length > 64) {
  console.error('--name must be 1 to 64 characters');
  process.exit(2);
}
try {
  const { secret } = resolveSessionSecret(parseEnv(process.env));
  const nowMs = Date.now();
  const token = signStaffToken(secret, { name, hours, nowMs });
  console.error(`staff token for "${name}", valid ${hours} h (until ${new Date(nowMs + hours * 3600_000).toISOString()})`);
  console.log(token);
} catch (e) {
  if (e instanceof SecretError || e instanceof EnvError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
