/**
 * Where SESSION_SECRET comes from. One process can invent its own and keep it on disk, so guest
 * cookies survive restarts; several processes (REDIS_URL set) must all verify each
 * other's tokens, so there the secret has to be given explicitly — a generated one per process would
 * make every cross-process join fail in a way that is hard to trace back.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MIN_SECRET_LENGTH = 32;
export const SECRET_FILE = 'session-secret';
/** `.data/` under the repo root (git-ignored), whatever the working directory. */
export const DEFAULT_DATA_DIR = join(import.meta.dirname, '..', '..', '.data');

/**
 * What a secret file must hold: what resolveSessionSecret writes (base64url), or base64 as
 * `openssl rand -base64 48` prints it. Anything else there (random bytes, a truncated or a foreign
 * file) says the file is not what the server left, so boot stops, naming it, rather than sign
 * cookies and tokens with whatever it holds.
 */
const SECRET_FILE_FORMAT = new RegExp(`^[A-Za-z0-9+/_=-]{${MIN_SECRET_LENGTH},}$`);

export class SecretError extends Error {}

export interface SecretSource {
  SESSION_SECRET?: string | undefined;
  REDIS_URL?: string | undefined;
  DATA_DIR?: string | undefined;
}

export interface ResolvedSecret {
  secret: string;
  /** env: given; file: read from DATA_DIR; generated: created now and written to DATA_DIR. */
  source: 'env' | 'file' | 'generated';
  path?: string;
}

export function resolveSessionSecret(env: SecretSource): ResolvedSecret {
  if (env.SESSION_SECRET !== undefined) {
    if (env.SESSION_SECRET.length < MIN_SECRET_LENGTH) {
      throw new SecretError(`SESSION_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
    }
    return { secret: env.SESSION_SECRET, source: 'env' };
  }
  if (env.REDIS_URL) {
    throw new SecretError(
      'SESSION_SECRET is required when REDIS_URL is set: every process must share it (at least 32 characters, e.g. `openssl rand -base64 48`)',
    );
  }
  const dir = env.DATA_DIR ?? DEFAULT_DATA_DIR;
  const path = join(dir, SECRET_FILE);
  const existing = readIfPresent(path);
  if (existing !== null) return { secret: existing, source: 'file', path };
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  try {
    // 'wx' fails if another process created the file in between: then theirs wins and both agree.
    writeFileSync(path, secret + '\n', { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const raced = readIfPresent(path);
    if (raced !== null) return { secret: raced, source: 'file', path };
    throw e;
  }
  return { secret, source: 'generated', path };
}

function readIfPresent(path: string): string | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const secret = text.trim();
  // Never silently replace it: that would give every visitor a new guest id.
  if (!SECRET_FILE_FORMAT.test(secret)) {
    throw new SecretError(
      `${path} is not a session secret as this server writes it (one line of at least ${MIN_SECRET_LENGTH} base64 characters): ` +
        'delete it to have a new one generated (every guest cookie then ends), or set SESSION_SECRET',
    );
  }
  return secret;
}

/** The resolved secret from an env whose SESSION_SECRET was filled in at boot (main.ts). */
export function sessionSecretOf(env: { SESSION_SECRET?: string | undefined }): string {
  if (!env.SESSION_SECRET) throw new SecretError('SESSION_SECRET was not resolved at boot (call resolveSessionSecret first)');
  return env.SESSION_SECRET;
}
