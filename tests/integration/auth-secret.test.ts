import { describe, expect, it } from 'vitest';
import { runServerExpectingExit } from '../helpers/serverProcess.ts';
import { useTempDirs } from '../helpers/tempDirs.ts';

// The session secret's rules as an operator meets them: a real server process that refuses to boot.
// (How the secret is resolved is unit-tested in tests/unit/auth-secret.test.ts.)
const tempDir = useTempDirs('seeot-secret-');

describe('session secret at boot', () => {
  it('stops the real server at boot with REDIS_URL and no SESSION_SECRET, naming the variable', async () => {
    const saved = process.env['SESSION_SECRET'];
    delete process.env['SESSION_SECRET']; // runServerExpectingExit passes process.env through
    try {
      const r = await runServerExpectingExit({ REDIS_URL: 'redis://127.0.0.1:1', DATA_DIR: tempDir(), LOG_LEVEL: 'silent' });
      expect(r.code).toBe(1);
      expect(r.output).toMatch(/SESSION_SECRET is required when REDIS_URL is set/);
    } finally {
      if (saved !== undefined) process.env['SESSION_SECRET'] = saved;
    }
  }, 30_000);

  it('stops the real server on a too-short SESSION_SECRET, naming the variable', async () => {
    const r = await runServerExpectingExit({ SESSION_SECRET: 'too-short', LOG_LEVEL: 'silent' });
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/SESSION_SECRET: must be at least 32 characters/);
  }, 30_000);
});
