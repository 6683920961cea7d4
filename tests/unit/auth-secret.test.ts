import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSessionSecret, SECRET_FILE, SecretError } from '../../server/auth/secret.ts';
import { useTempDirs } from '../helpers/tempDirs.ts';

const tempDir = useTempDirs('seeot-secret-');

describe('session secret resolution', () => {
  it('uses SESSION_SECRET when given', () => {
    const s = 'x'.repeat(32);
    expect(resolveSessionSecret({ SESSION_SECRET: s, REDIS_URL: 'redis://h' })).toEqual({ secret: s, source: 'env' });
  });

  it('creates one secret once in DATA_DIR (owner-only) and reuses it', () => {
    const dir = join(tempDir(), 'nested', 'data');
    const first = resolveSessionSecret({ DATA_DIR: dir });
    expect(first.source).toBe('generated');
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    const path = join(dir, SECRET_FILE);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8').trim()).toBe(first.secret);
    const second = resolveSessionSecret({ DATA_DIR: dir });
    expect(second).toEqual({ secret: first.secret, source: 'file', path });
  });

  it('refuses to run on a truncated secret file rather than silently replacing it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, SECRET_FILE), 'short\n');
    expect(() => resolveSessionSecret({ DATA_DIR: dir })).toThrow(SecretError);
  });

  it('refuses a file that is not a secret as the server writes it, naming the file and what to do', () => {
    const dir = tempDir();
    const path = join(dir, SECRET_FILE);
    for (const content of [randomBytes(64), 'a secret with spaces in it, long enough to pass\n', `${'x'.repeat(40)}\n${'y'.repeat(40)}\n`]) {
      writeFileSync(path, content);
      expect(() => resolveSessionSecret({ DATA_DIR: dir })).toThrow(`${path} is not a session secret`);
      expect(() => resolveSessionSecret({ DATA_DIR: dir })).toThrow(/delete it .*or set SESSION_SECRET/);
    }
  });

  it('reads a base64 secret as `openssl rand -base64 48` prints it', () => {
    const dir = tempDir();
    const secret = randomBytes(48).toString('base64');
    writeFileSync(join(dir, SECRET_FILE), `${secret}\n`);
    expect(resolveSessionSecret({ DATA_DIR: dir }).secret).toBe(secret);
  });

  it('requires SESSION_SECRET with REDIS_URL, naming it', () => {
    expect(() => resolveSessionSecret({ REDIS_URL: 'redis://127.0.0.1:6379', DATA_DIR: tempDir() })).toThrow(/SESSION_SECRET/);
  });
});
