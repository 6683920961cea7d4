import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/serverProcess.ts';

/**
 * Each layer is type-checked with its own tsconfig (`npm run typecheck`): shared/ without DOM or
 * Node, server/ without DOM, client/ without Node. These probes are compiled in memory with the
 * layer's real compiler options, as files of that folder, and must fail exactly where a global of
 * the other runtime is used.
 */
function diagnosticsPerProbe(layer: 'shared' | 'server' | 'client', probes: Record<string, string>): Record<string, string[]> {
  const configPath = join(repoRoot, layer, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  const files = new Map(Object.entries(probes).map(([name, code]) => [join(repoRoot, layer, `__layer_probe_${name}__.ts`), code]));
  const options = { ...parsed.options, incremental: false, noEmit: true };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => files.has(f) || fileExists.call(host, f);
  host.readFile = (f) => files.get(f) ?? readFile.call(host, f);
  host.getSourceFile = (f, lang, ...rest) => {
    const code = files.get(f);
    return code === undefined ? getSourceFile.call(host, f, lang, ...rest) : ts.createSourceFile(f, code, lang);
  };
  // The layer's own ambient declarations (shared/runtime.d.ts, client/vite-env.d.ts) come along.
  const ambient = parsed.fileNames.filter((f) => f.endsWith('.d.ts'));
  const program = ts.createProgram([...ambient, ...files.keys()], options, host);
  const out: Record<string, string[]> = {};
  for (const [path] of files) {
    const name = Object.keys(probes).find((n) => path.endsWith(`__layer_probe_${n}__.ts`))!;
    const source = program.getSourceFile(path)!;
    out[name] = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
  }
  return out;
}

describe('typecheck: each layer sees only its own runtime', () => {
  it('shared/ has neither DOM nor Node globals, only what both runtimes have', { timeout: 30_000 }, () => {
    const d = diagnosticsPerProbe('shared', {
      document: 'export const title = document.title;',
      window: 'export const w = window.innerWidth;',
      process: 'export const env = process.env.PORT;',
      buffer: "export const b = Buffer.from('x');",
      timer: 'export const t = setTimeout(() => {}, 1);',
      fine: "export const copy = structuredClone({ a: [1, 2] });\nexport const m = new Map<string, number>([['a', 1]]).get('a');",
    });
    expect(d.document!.join()).toMatch(/Cannot find name 'document'/);
    expect(d.window!.join()).toMatch(/Cannot find name 'window'/);
    expect(d.process!.join()).toMatch(/Cannot find name 'process'/);
    expect(d.buffer!.join()).toMatch(/Cannot find name 'Buffer'/);
    expect(d.timer!.join()).toMatch(/Cannot find name 'setTimeout'/);
    expect(d.fine).toEqual([]);
  });

  it('server/ has Node but no DOM', { timeout: 30_000 }, () => {
    const d = diagnosticsPerProbe('server', {
      document: "export const el = document.getElementById('x');",
      frame: 'export const id = requestAnimationFrame(() => {});',
      fine: "import { readFileSync } from 'node:fs';\nexport const env = process.env.PORT;\nexport const b = Buffer.from('x');\nexport const r = readFileSync;\nexport const t: NodeJS.Timeout = setTimeout(() => {}, 1);",
    });
    expect(d.document!.join()).toMatch(/Cannot find name 'document'/);
    expect(d.frame!.join()).toMatch(/Cannot find name 'requestAnimationFrame'/);
    expect(d.fine).toEqual([]);
  });

  it('client/ has the DOM and Vite but no Node', { timeout: 30_000 }, () => {
    const d = diagnosticsPerProbe('client', {
      process: 'export const env = process.env.NODE_ENV;',
      nodeTimer: 'export const t: NodeJS.Timeout | null = null;',
      nodeModule: "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;",
      fine: "export const title = document.title;\nexport const dev = import.meta.env.DEV;\nexport const t: ReturnType<typeof setTimeout> = setTimeout(() => {}, 1);",
    });
    expect(d.process!.join()).toMatch(/Cannot find name 'process'/);
    expect(d.nodeTimer!.join()).toMatch(/Cannot find namespace 'NodeJS'/);
    expect(d.nodeModule!.join()).toMatch(/Cannot find (module|name) 'node:fs'/);
    expect(d.fine).toEqual([]);
  });
});
