import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in a markdown file (creating
 * the file or appending the section when missing), so each benchmark owns its section of
 * docs/performance.md and re-runs never duplicate it.
 */
export function writeSection(path: string, name: string, body: string, title = '# Performance\n'): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const text = existsSync(path) ? readFileSync(path, 'utf8') : title;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  const next = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, next);
}

/**
 * A benchmark's section body: heading, the method sentence, the figures as a markdown table, and the
 * JSON line the bench printed, so every section of docs/performance.md reads the same way.
 */
export function benchSection(heading: string, method: string, header: string[], rows: string[][], result: unknown): string {
  return [
    heading,
    '',
    method,
    '',
    '| ' + header.join(' | ') + ' |',
    '|' + header.map(() => '---').join('|') + '|',
    ...rows.map((r) => '| ' + r.join(' | ') + ' |'),
    '',
    '```json',
    JSON.stringify(result),
    '```',
  ].join('\n');
}
