/**
 * The picture upload route on a real server process: a 50 MB body, declared or streamed, is refused
 * fast without the process growing, and a member's real photo still goes through after.
 */
import { readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../shared/api/account.ts';
import { MEDIA_MAX_BYTES, UploadedMediaSchema } from '../../shared/api/media.ts';
import { BODY_LIMIT_BYTES } from '../../server/http/bodyLimit.ts';
import { openDatabase } from '../../server/db/open.ts';
import { createLogger } from '../../server/logger.ts';
import { startPostgres, type PrivatePostgres } from '../helpers/postgres.ts';
import { signedIn } from '../helpers/repoSession.ts';
import { startServer } from '../helpers/serverProcess.ts';
import { phoneJpeg } from '../fixtures/media/images.ts';

const log = createLogger('silent');
const SECRET = 'media-test-secret-0123456789abcdefghijklmn';
const MB = 1024 * 1024;

interface PostResult {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** Body bytes written before the answer came. */
  sent: number;
  ms: number;
}

/** POSTs up to `total` bytes, declared or chunked, and stops sending once the server answers. */
function hugeUpload(url: string, total: number, mode: 'declared' | 'chunked', headers: Record<string, string>): Promise<PostResult> {
  const started = Date.now();
  const chunk = Buffer.alloc(MB, 0xff);
  return new Promise((resolve, reject) => {
    let answered = false;
    let sent = 0;
    const req = request(url, { method: 'POST', headers: { ...headers, 'content-type': 'image/jpeg', ...(mode === 'declared' ? { 'content-length': String(total) } : { 'transfer-encoding': 'chunked' }) } });
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, sent, ms: Date.now() - started });
        req.destroy();
      });
    });
    // The server closing the connection under a body it refused is expected once it has answered.
    req.on('error', (e) => {
      if (!answered) reject(e);
    });
    const pump = (): void => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

function rssOf(pid: number): number {
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) * 1024;
}

/** Resolves once the process's memory holds still (two reads 500 ms apart within 2 MB). */
async function rssSettled(pid: number): Promise<void> {
  for (let last = rssOf(pid); ; ) {
    await new Promise((r) => setTimeout(r, 500));
    const now = rssOf(pid);
    if (Math.abs(now - last) < 2 * MB) return;
    last = now;
  }
}

describe('the upload route on a real server process', () => {
  let pgServer: PrivatePostgres;
  beforeAll(async () => {
    pgServer = await startPostgres();
  }, 60_000);
  afterAll(() => pgServer?.stop());

  it('refuses a 50 MB upload with 413 fast, declared or streamed, without the process growing; a signed-in member still uploads after', async () => {
    const env = { DATABASE_URL: await pgServer.createDatabase('media_edge'), SESSION_SECRET: SECRET };
    const srv = await startServer(env);
    try {
      const db = await openDatabase(env, log);
      const member = await signedIn(db.repos, 'nongnongi');
      await db.close();
      const url = `${srv.url}/api/studio/booths/nongnongi/media?kind=image`;
      const pid = srv.child.pid!;
      await rssSettled(pid);
      for (const mode of ['declared', 'chunked'] as const) {
        for (const who of ['stranger', 'member'] as const) {
          const headers: Record<string, string> = who === 'member' ? { cookie: member.cookie, [CSRF_HEADER]: member.csrf } : {};
          const before = rssOf(pid);
          const r = await hugeUpload(url, 50 * MB, mode, headers);
          const what = `${mode} 50 MB from a ${who}`;
          // A stranger's streamed body is refused before it is read; every other case is too large.
          const expected = mode === 'chunked' && who === 'stranger' ? [401, { error: 'unauthorized' }] : [413, { error: 'too_large' }];
          expect([r.status, JSON.parse(r.body)], what).toEqual(expected);
          expect(r.sent, `${what}: answered before the body was sent`).toBeLessThan(50 * MB);
          expect(r.ms, what).toBeLessThan(5000);
          // At most MEDIA_MAX_BYTES is held, and only for a member; buffering the body would add 50 MB.
          expect(rssOf(pid) - before, `${what}: RSS growth`).toBeLessThan(MEDIA_MAX_BYTES + 8 * MB);
        }
      }
      const photo = await phoneJpeg({ width: 1600, height: 1200, grain: true });
      expect(photo.length).toBeGreaterThan(20 * BODY_LIMIT_BYTES);
      const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'image/jpeg', cookie: member.cookie, [CSRF_HEADER]: member.csrf }, body: new Uint8Array(photo) });
      expect(ok.status).toBe(201);
      expect(UploadedMediaSchema.parse(await ok.json())).toMatchObject({ width: 1600, height: 1200 });
    } finally {
      srv.child.kill('SIGTERM');
      await srv.exited;
    }
  }, 90_000);
});
