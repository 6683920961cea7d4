import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/serverProcess.ts';

/**
 * Folders of client/ must depend on each other one way only: a cycle between two folders means
 * neither can be understood, tested or moved without the other (issue 8). A folder here is a
 * top-level folder under client/ (chat, net, ui …) or a folder under client/world/ (world/hud,
 * world/scene …); files directly in client/world/ are the node `world` (the composition root), files
 * directly in client/ the node `.`. Every relative import counts: static, dynamic, type-only, CSS.
 */

const CLIENT = join(repoRoot, 'client');

interface Edge {
  from: string;
  to: string;
  /** One import that makes this edge, for the failure message. */
  example: string;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The folder node of a path relative to client/ (forward slashes). */
export function folderOf(rel: string): string {
  const parts = rel.split('/');
  if (parts.length === 1) return '.';
  if (parts[0] !== 'world') return parts[0]!;
  return parts.length === 2 ? 'world' : `world/${parts[1]}`;
}

function folderEdges(): Edge[] {
  const edges = new Map<string, Edge>();
  for (const file of sources(CLIENT)) {
    const text = readFileSync(file, 'utf8');
    const from = folderOf(relative(CLIENT, file).split('\\').join('/'));
    for (const { fileName } of ts.preProcessFile(text, true, false).importedFiles) {
      if (!fileName.startsWith('.')) continue; // packages and virtual modules
      const target = relative(CLIENT, resolve(dirname(file), fileName)).split('\\').join('/');
      if (target.startsWith('..')) continue; // shared/ and server/ are outside the client's graph
      const to = folderOf(target);
      if (to === from || edges.has(`${from}>${to}`)) continue;
      edges.set(`${from}>${to}`, { from, to, example: `client/${relative(CLIENT, file)} imports ${fileName}` });
    }
  }
  return [...edges.values()];
}

/** Strongly connected groups of two or more folders (Tarjan): each is at least one cycle. */
export function folderCycles(edges: readonly Edge[]): Edge[][] {
  const out = new Map<string, Edge[]>();
  for (const e of edges) {
    if (!out.has(e.from)) out.set(e.from, []);
    if (!out.has(e.to)) out.set(e.to, []);
    out.get(e.from)!.push(e);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const { to } of out.get(v)!) {
      if (!index.has(to)) {
        visit(to);
        low.set(v, Math.min(low.get(v)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(v, Math.min(low.get(v)!, index.get(to)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1) groups.push(group);
  };
  for (const v of out.keys()) if (!index.has(v)) visit(v);
  return groups.map((g) => edges.filter((e) => g.includes(e.from) && g.includes(e.to)));
}

describe('client folders import each other one way only', () => {
  it('finds a cycle when there is one (the check itself works)', () => {
    const e = (from: string, to: string): Edge => ({ from, to, example: `${from}→${to}` });
    expect(folderCycles([e('a', 'b'), e('b', 'c')])).toEqual([]);
    const cycles = folderCycles([e('a', 'b'), e('b', 'c'), e('c', 'a'), e('c', 'd')]);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.map((x) => x.example).sort()).toEqual(['a→b', 'b→c', 'c→a']);
  });

  it('names folders as the graph sees them', () => {
    expect(folderOf('main.tsx')).toBe('.');
    expect(folderOf('chat/ChatPanel.tsx')).toBe('chat');
    expect(folderOf('world/WorldApp.tsx')).toBe('world');
    expect(folderOf('world/hud/presence/KickedScreen.tsx')).toBe('world/hud');
  });

  it('has no cycle between folders of client/', () => {
    const edges = folderEdges();
    expect(edges.length).toBeGreaterThan(10); // the parser did find the imports
    const report = folderCycles(edges).map((cycle) => cycle.map((e) => `${e.from} → ${e.to} (${e.example})`).join('\n'));
    expect(report, `folder cycles:\n${report.join('\n\n')}`).toEqual([]);
  });
});
