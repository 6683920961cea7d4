import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/serverProcess.ts';

// The layering rule is what keeps shared/ runnable on both the server and the client: prove it bites.
describe('lint: shared/ imports nothing from client, server, three, React or Colyseus server packages', () => {
  const eslint = new ESLint({ cwd: repoRoot });
  const lint = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/shared/world/__layering_probe__.ts` });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };

  it.each([
    ["import { Vector3 } from 'three';\nexport const v = Vector3;", /three\.js or React/],
    ["import { useState } from 'react';\nexport const s = useState;", /three\.js or React/],
    ["import { Room } from '@colyseus/core';\nexport const r = Room;", /server packages/],
    ["import { createApp } from '../../server/app.ts';\nexport const a = createApp;", /client\/ or server\//],
    ["import { PALETTE } from '../../client/theme/palette.ts';\nexport const p = PALETTE;", /client\/ or server\//],
  ])('refuses %s', async (code, message) => {
    const messages = await lint(code);
    expect(messages.length).toBe(1);
    expect(messages[0]).toMatch(message);
  });

  it('allows shared code importing zod and other shared modules', async () => {
    expect(await lint("import { z } from 'zod';\nimport type { Vec2 } from './types.ts';\nexport const s = z.string();\nexport type V = Vec2;")).toEqual([]);
  });
});
