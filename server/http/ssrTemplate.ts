/**
 * The built client/index.html as a template for server-rendered pages, read once at boot. Vite
 * writes the page's module script, its preloads and one stylesheet link into it; the stylesheet is
 * inlined here (a few KB: no render-blocking request before the first paint), and the parts that
 * differ per page become slots. A build that lacks one of them stops the boot, naming it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Slot = 'lang' | 'head' | 'noscript' | 'root';

export interface PageTemplate {
  /** The document with each slot filled. */
  fill(values: Record<Slot, string>): string;
  /** The world shell's <noscript> (the other pages leave it out). */
  noscript: string;
  /** CSP source for the inlined stylesheet: 'sha256-…'. */
  styleHash: string;
}

/** The CSP hash source ('sha256-<base64>') of an inline element's exact text. */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Where each slot is in Vite's output of client/index.html. */
const SLOT_PATTERNS: [Slot, RegExp][] = [
  ['lang', /(?<=<html lang=")ko(?=")/],
  ['head', /<title>[^<]*<\/title>/],
  ['noscript', /<noscript>[\s\S]*?<\/noscript>/],
  ['root', /<div id="root"><\/div>/],
];

const STYLESHEET = /<link rel="stylesheet"(?: crossorigin)? href="(\/assets\/[^"]+\.css)">/g;

export class TemplateError extends Error {}

export function loadPageTemplate(distDir: string): PageTemplate {
  let html = readFileSync(join(distDir, 'index.html'), 'utf8');
  let css = '';
  html = html.replace(STYLESHEET, (_link, href: string) => {
    css += readFileSync(join(distDir, href), 'utf8');
    return '\u0000style\u0000';
  });
  if (css === '' || css.includes('</style')) throw new TemplateError('dist/client/index.html: expected the built stylesheet link (rebuild with `npm run build`)');
  const style = `<style>${css}</style>`;
  html = html.replace('\u0000style\u0000', style).replaceAll('\u0000style\u0000', '');

  let noscript = '';
  for (const [slot, pattern] of SLOT_PATTERNS) {
    const match = pattern.exec(html);
    if (!match) throw new TemplateError(`dist/client/index.html has no ${slot} slot (${pattern.source}); rebuild with \`npm run build\``);
    if (slot === 'noscript') noscript = match[0];
    html = html.slice(0, match.index) + `\u0000${slot}\u0000` + html.slice(match.index + match[0].length);
  }
  // Alternating text and slot names: even indexes are text, odd ones the slot between them.
  const parts = html.split('\u0000');
  return {
    fill: (values) => parts.map((part, i) => (i % 2 === 0 ? part : values[part as Slot])).join(''),
    noscript,
    styleHash: cspHash(css),
  };
}
