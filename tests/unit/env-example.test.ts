import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MissingDescriptionError, renderEnvExample } from '../../scripts/envExample.ts';
import { EnvSchema, parseEnv } from '../../server/env.ts';
import { repoRoot } from '../helpers/serverProcess.ts';

const committed = (): string => readFileSync(join(repoRoot, '.env.example'), 'utf8');

describe('.env.example', () => {
  it('is what server/env.ts generates: run `npm run env:example` after changing a variable', () => {
    expect(committed()).toBe(renderEnvExample());
  });

  it('names every variable of the schema once, commented out, with its description and default', () => {
    const text = committed();
    for (const name of Object.keys(EnvSchema.shape)) {
      const lines = text.split('\n').filter((l) => l.startsWith(`# ${name}=`));
      expect(lines, name).toHaveLength(1);
    }
    expect(text).toContain('# HTTP and WebSocket port\n# PORT=2567\n');
    expect(text).toContain('# HALL_SHARD_CAPACITY=1000\n');
    expect(text).toMatch(/# One of: fatal, error, warn, info, debug, trace, silent\.\n# LOG_LEVEL=info\n/);
    // Nothing is set: every line is a comment or blank.
    expect(text.split('\n').filter((l) => l !== '' && !l.startsWith('#'))).toEqual([]);
  });

  it('shows defaults the server itself would take for the variable left unset', () => {
    const defaults = parseEnv({});
    for (const line of committed().split('\n')) {
      const m = /^# ([A-Z_]+)=(.+)$/.exec(line);
      if (!m) continue;
      const [, name, value] = m as unknown as [string, keyof typeof defaults, string];
      expect(parseEnv({ [name]: value })[name], name).toEqual(defaults[name]);
    }
  });

  it('refuses a variable without a description, so a new one cannot reach it empty', () => {
    const schema = z.object({ PORT: z.coerce.number().default(1).describe('a port'), NEW_THING: z.string().optional() });
    expect(() => renderEnvExample(schema)).toThrow(MissingDescriptionError);
    expect(() => renderEnvExample(schema)).toThrow(/NEW_THING/);
  });

  it('is kept in git despite the .env.* rule, which still hides real env files', () => {
    const ignored = (path: string): boolean => spawnSync('git', ['check-ignore', '-q', '--no-index', path], { cwd: repoRoot }).status === 0;
    expect(ignored('.env.example')).toBe(false);
    expect(ignored('.env')).toBe(true);
    expect(ignored('.env.local')).toBe(true);
  });
});
