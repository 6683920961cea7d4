import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/serverProcess.ts';

/** The messages one rule gives for `code` linted as if it were the file at `path` (under the repo root). */
async function ruleMessages(eslint: ESLint, rule: string, code: string, path: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/${path}` });
  const messages = result?.messages ?? [];
  // A parse error (e.g. a file the type-aware parser cannot place) would otherwise pass as "no message".
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

// The import rules need no types: probe files that do not exist, with type-aware linting off.
const importsOnly = new ESLint({ cwd: repoRoot, overrideConfig: [tseslint.configs.disableTypeChecked] });
const importMessages = (code: string, path: string) => ruleMessages(importsOnly, 'no-restricted-imports', code, path);

// The layering rule is what keeps shared/ runnable on both the server and the client: prove it bites.
describe('lint: shared/ imports nothing from client, server, three, React or Colyseus server packages', () => {
  const probe = 'shared/world/__layering_probe__.ts';

  it.each([
    ["import { Vector3 } from 'three';\nexport const v = Vector3;", /three\.js or React/],
    ["import { useState } from 'react';\nexport const s = useState;", /three\.js or React/],
    ["import { Room } from '@colyseus/core';\nexport const r = Room;", /server packages/],
    ["import { createApp } from '../../server/app.ts';\nexport const a = createApp;", /client\/ or server\//],
    ["import { PALETTE } from '../../client/theme/palette.ts';\nexport const p = PALETTE;", /client\/ or server\//],
  ])('refuses %s', async (code, message) => {
    const messages = await importMessages(code, probe);
    expect(messages.length).toBe(1);
    expect(messages[0]).toMatch(message);
  });

  it('allows shared code importing zod and other shared modules', async () => {
    expect(await importMessages("import { z } from 'zod';\nimport type { Vec2 } from './types.ts';\nexport const s = z.string();\nexport type V = Vec2;", probe)).toEqual([]);
  });
});

// The browser and Node never load each other's code; a type both need lives in shared/.
describe('lint: client/ and server/ never import each other', () => {
  it.each([
    ['client/chat/__layering_probe__.ts', "import type { ChatSender } from '../../server/chat/types.ts';\nexport type S = ChatSender;"],
    ['client/world/net/__layering_probe__.ts', "import { createApp } from '../../../server/app.ts';\nexport const a = createApp;"],
    ['client/__layering_probe__.tsx', "import { logger } from '../server/logger.ts';\nexport const l = logger;"],
    ['server/hall/__layering_probe__.ts', "import { useHall } from '../../client/net/hallStore.ts';\nexport const h = useHall;"],
    ['server/__layering_probe__.ts', "import type { World } from '../client/world/state/worldStore.ts';\nexport type W = World;"],
  ])('refuses the import in %s', async (path, code) => {
    const messages = await importMessages(code, path);
    expect(messages.length).toBe(1);
    expect(messages[0]).toMatch(/must not import each other/);
  });

  it.each([
    ['client/chat/__layering_probe__.ts', "import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';\nimport { useHall } from '../net/hallStore.ts';\nexport const c = [CATALOGUE, useHall];"],
    ['server/hall/__layering_probe__.ts', "import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';\nimport { logger } from '../logger.ts';\nexport const c = [CATALOGUE, logger];"],
    // Packages whose subpath is named like a layer are not our folders.
    ['client/__layering_probe__.tsx', "import { createRoot } from 'react-dom/client';\nexport const r = createRoot;"],
  ])('allows shared/ and its own layer in %s', async (path, code) => {
    expect(await importMessages(code, path)).toEqual([]);
  });
});

// Type-aware: the parser places each file in its layer's tsconfig, so the rule knows what returns a
// promise. One layer is probed (loading a project costs seconds); a file no project places fails
// `eslint .` with a parse error, so every layer is linted with types.
describe('lint: no floating or misused promises', () => {
  const typed = new ESLint({ cwd: repoRoot });
  // A real file of the smallest project (the project service only places files that exist); only the text is probed.
  const path = 'shared/world/constants.ts';
  const typedMessages = (rule: string, code: string) => ruleMessages(typed, `@typescript-eslint/${rule}`, code, path);

  it('refuses an unawaited promise', { timeout: 30_000 }, async () => {
    const floating = "async function save(): Promise<void> {}\nexport function onClick(): void {\n  save();\n}\n";
    expect(await typedMessages('no-floating-promises', floating)).toHaveLength(1);
  });

  it('accepts it awaited, or marked void on purpose', { timeout: 30_000 }, async () => {
    const handled = "async function save(): Promise<void> {}\nexport async function a(): Promise<void> {\n  await save();\n}\nexport function b(): void {\n  void save().catch(() => {});\n}\n";
    expect(await typedMessages('no-floating-promises', handled)).toEqual([]);
  });

  it('refuses an async function where a callback must return nothing', { timeout: 30_000 }, async () => {
    const misused = "export function each(ids: string[]): void {\n  ids.forEach(async () => {});\n}\n";
    expect(await typedMessages('no-misused-promises', misused)).toHaveLength(1);
  });
});
