import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync } from 'node:zlib';

/**
 * bench:pages' baseline, measured in the same run as the pages: two control pages that say what this
 * machine scores before the app does anything. Lighthouse simulates the network but scales the wall
 * time of the main thread's tasks that it observes, so a machine whose browser threads wait on each
 * other (few cores, a virtual machine's costly context switches) reads slower for every page.
 * - `minimal`: one heading and one line of Korean, nothing else: the machine's floor.
 * - `list-html`: /list's own server-rendered HTML, inline styles and all, with its scripts removed:
 *   what the page costs before any JavaScript (no app, no web fonts, which start.ts declares).
 * Everything else is passed to the real server, so the control pages load the same images.
 */
export interface ControlPages {
  url: string;
  close(): Promise<void>;
}

export const CONTROL_PAGES = [
  { key: 'minimal', path: '/control/minimal', label: 'control: a one-heading page' },
  { key: 'list-html', path: '/control/list-html', label: 'control: `/list` without its scripts' },
] as const;

const MINIMAL = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>시웃월드</title><meta name="description" content="대조 페이지"></head><body><main><h1>시웃월드</h1><p>부천시사회적경제센터의 전시 목록입니다.</p></main></body></html>`;

/** /list's HTML without what would run: its module script and any module preloads. */
export function withoutScripts(html: string): string {
  return html.replace(/<script type="module"[^>]*><\/script>/g, '').replace(/<link rel="modulepreload"[^>]*>/g, '');
}

function send(req: IncomingMessage, res: ServerResponse, html: string): void {
  const body = Buffer.from(html);
  const br = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(br ? { 'content-encoding': 'br' } : {}) });
  res.end(br ? brotliCompressSync(body) : body);
}

export async function startControlPages(upstream: string, headers: Record<string, string>): Promise<ControlPages> {
  const listRes = await fetch(`${upstream}/list`, { headers });
  if (!listRes.ok) throw new Error(`control pages: /list answered ${listRes.status}`);
  const original = await listRes.text();
  const listHtml = withoutScripts(original);
  // A page whose markup moved on must not pass for "without scripts" while it still has them.
  if (listHtml === original || /<script(?![^>]*application\/json)/.test(listHtml)) throw new Error('control pages: could not take the scripts out of /list');
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/control/minimal') return send(req, res, MINIMAL);
    if (url === '/control/list-html') return send(req, res, listHtml);
    // The images and the manifest the control copy of /list refers to: from the real server.
    void fetch(upstream + url, { headers: { 'accept-encoding': 'identity' } }).then(
      async (r) => {
        const type = r.headers.get('content-type');
        res.writeHead(r.status, type ? { 'content-type': type } : {});
        res.end(Buffer.from(await r.arrayBuffer()));
      },
      () => {
        res.writeHead(502);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
