/**
 * `npm run admin:create -- --email a@b.kr --name 운영팀`: an admin account made from a shell, against
 * the database the server uses (DATABASE_URL, else the embedded one under DATA_DIR), as /setup does
 * with the setup code. The password comes from SEEOT_ADMIN_PASSWORD (for scripts), else stdin: typed
 * at a prompt (not echoed), or piped. The embedded database belongs to one process: while a server
 * has it open this refuses, saying to stop it or to use /setup with the code in its log.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { DisplayNameSchema, EmailSchema, PasswordSchema } from '../shared/api/account.ts';
import { newAccountId } from '../server/auth/accountSessions.ts';
import { hashPassword } from '../server/auth/password.ts';
import { DatabaseError } from '../server/db/errors.ts';
import { openDatabase } from '../server/db/open.ts';
import { EnvError, parseEnv } from '../server/env.ts';
import { createLogger } from '../server/logger.ts';

/** A line typed at the terminal, not shown while typed. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    process.stderr.write(question);
    // Each keystroke would be echoed by readline: write nothing instead.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.replace(/\r?\n$/, '');
}

async function password(): Promise<string> {
  const fromEnv = process.env['SEEOT_ADMIN_PASSWORD'];
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) return readStdin();
  const first = await promptHidden('Password (10 characters or more): ');
  const again = await promptHidden('The same password again: ');
  if (first !== again) fail('the two passwords differ', 2);
  return first;
}

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } }, strict: true });
const email = EmailSchema.safeParse(values.email ?? '');
const name = DisplayNameSchema.safeParse(values.name ?? '');
if (!email.success || !name.success) fail('usage: npm run admin:create -- --email you@example.kr --name "Display name" (password from SEEOT_ADMIN_PASSWORD or stdin)', 2);
const pw = PasswordSchema.safeParse(await password());
if (!pw.success) fail('the password must be 10 to 200 characters', 2);

try {
  const env = parseEnv(process.env);
  const db = await openDatabase(env, createLogger('warn'));
  try {
    const made = await db.repos.accounts.createAccount({
      id: newAccountId(),
      email: email.data,
      displayName: name.data,
      role: 'admin',
      passwordHash: await hashPassword(pw.data),
    });
    if (!made.ok) fail(`${email.data} already has an account: sign in with it, or have an admin make a reset link in /admin`);
    console.log(`admin ${made.account.email} (${made.account.displayName}) created: sign in at /login`);
  } finally {
    await db.close();
  }
} catch (e) {
  if (e instanceof DatabaseError && /in use by process/.test(e.message)) {
    fail(`${e.message}.\nThe running server prints a setup code while no admin exists: open /setup and enter it there instead.`);
  }
  if (e instanceof DatabaseError || e instanceof EnvError) fail(e.message);
  throw e;
}
