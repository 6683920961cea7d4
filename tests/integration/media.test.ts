/**
 * Booth pictures, on both databases (the embedded PGlite in its worker thread, and a private
 * PostgreSQL): uploads turned upright and stripped of EXIF/GPS, refused by content with clear codes
 * and nothing stored, stored once per content, served with immutable headers by the HTTP routes
 * behind the session middleware, and acknowledged uploads surviving a SIGKILL whole. Then the
 * upload route's body limit on a real server process: 50 MB refused fast without the process growing.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, SESSION_COOKIE } from '../../shared/api/account.ts';
import { MEDIA_MAX_BYTES, MEDIA_MAX_PIXELS, UploadedMediaSchema, type UploadedMedia } from '../../shared/api/media.ts';
import { createApp } from '../../server/app.ts';
import { BODY_LIMIT_BYTES } from '../../server/http/bodyLimit.ts';
import { startSession } from '../../server/auth/accountSessions.ts';
import type { Db } from '../../server/db/drizzleRepo.ts';
import { openDatabase } from '../../server/db/open.ts';
import { openPglite } from '../../server/db/pglite/open.ts';
import type { Repos } from '../../server/db/repos.ts';
import { media, mediaFiles } from '../../server/db/schema/media.ts';
import { parseEnv } from '../../server/env.ts';
import { createLogger } from '../../server/logger.ts';
import { createMediaService, type MediaService } from '../../server/media/service.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import type { VenueService } from '../../server/venue/venueService.ts';
import { seedDataDir } from '../helpers/pgliteTemplate.ts';
import { startPostgres, type PrivatePostgres } from '../helpers/postgres.ts';
import { freePort, repoRoot, startServer } from '../helpers/serverProcess.ts';
import { animation, hasGpsPointer, heicHeader, HTML_NAMED_PNG, phoneJpeg, picture, pngBomb, SVG } from '../fixtures/media/images.ts';

const log = createLogger('silent');
const SECRET = 'media-test-secret-0123456789abcdefghijklmn';
const MB = 1024 * 1024;

interface Fresh {
  env: { DATA_DIR?: string; DATABASE_URL?: string };
  /** Reads the tables directly (the server's connection closed first: PGlite takes one process). */
  peek<T>(fn: (db: Db) => Promise<T>): Promise<T>;
}

interface Backend {
  name: string;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  fresh(): Promise<Fresh>;
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeot-media-'));
  dirs.push(dir);
  return dir;
}
// After the file, not each test: a backend's shared venue lives in one of them from beforeAll on.
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const pglite: Backend = {
  name: 'embedded PGlite (worker thread)',
  setup: async () => {},
  teardown: async () => {},
  async fresh() {
    const dataDir = join(tempDir(), 'data');
    await seedDataDir(dataDir);
    return {
      env: { DATA_DIR: dataDir },
      async peek(fn) {
        const db = await openPglite(dataDir);
        try {
          return await fn(db.db);
        } finally {
          await db.close();
        }
      },
    };
  },
};

let server: PrivatePostgres | undefined;
let databases = 0;
const postgres: Backend = {
  name: 'PostgreSQL (private server on loopback)',
  async setup() {
    server = await startPostgres();
  },
  async teardown() {
    await server?.stop();
  },
  async fresh() {
    const url = await server!.createDatabase(`media_${++databases}`);
    return {
      env: { DATABASE_URL: url },
      async peek(fn) {
        const pool = new pg.Pool({ connectionString: url });
        try {
          return await fn(drizzle({ client: pool }));
        } finally {
          await pool.end();
        }
      },
    };
  },
};

/** The RGB of one pixel of a picture. */
async function pixel(bytes: Uint8Array, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at]!, data[at + 1]!, data[at + 2]!];
}

async function filesOf(service: MediaService, m: UploadedMedia): Promise<Uint8Array[]> {
  return Promise.all(m.variants.map(async (v) => (await service.file(m.id, v.variant))!.bytes));
}

/** A signed-in member of `boothId` (or staff without one): the cookie and CSRF token a browser holds. */
async function signedIn(repos: Repos, boothId: string | null): Promise<{ cookie: string; csrf: string }> {
  const made = await repos.accounts.createAccount({
    id: randomUUID(),
    email: `${randomUUID()}@example.org`,
    displayName: boothId ?? 'staff',
    role: boothId ? 'enterprise' : 'admin',
    passwordHash: 'not-used-by-this-test',
    ...(boothId ? { boothId } : {}),
  });
  if (!made.ok) throw new Error(`account not made: ${made.reason}`);
  const s = await startSession(repos.accounts, made.account);
  return { cookie: `${SESSION_COOKIE}=${s.token}`, csrf: s.csrfToken };
}

describe.each([pglite, postgres])('booth pictures on $name', { timeout: 90_000 }, (backend) => {
  let venue: VenueService;
  let service: MediaService;
  beforeAll(async () => {
    await backend.setup();
    venue = await openVenue((await backend.fresh()).env, log);
    service = createMediaService({ repo: venue.repos.media, log });
  }, 90_000);
  afterAll(async () => {
    await venue?.close();
    await backend.teardown();
  });

  it('a photo shot sideways (EXIF orientation 6) is stored upright as WebP, with no EXIF or GPS left', async () => {
    const shot = await phoneJpeg({ width: 1600, height: 1200, orientation: 6 });
    const before = await sharp(shot).metadata();
    expect([before.width, before.height, before.orientation]).toEqual([1600, 1200, 6]);
    expect(hasGpsPointer(before.exif!)).toBe(true);

    const r = await service.upload({ boothId: 'nongnongi', kind: 'image', bytes: shot, by: null });
    if (!r.ok) throw new Error(r.error);
    expect(r.media).toMatchObject({ kind: 'image', width: 1200, height: 1600 });
    expect(r.media.variants.map((v) => [v.variant, v.width, v.height])).toEqual([
      ['panel', 768, 1024],
      ['thumb', 240, 320],
    ]);
    for (const [i, bytes] of (await filesOf(service, r.media)).entries()) {
      const v = r.media.variants[i]!;
      const m = await sharp(bytes).metadata();
      expect([m.format, m.width, m.height]).toEqual(['webp', v.width, v.height]);
      expect([m.exif, m.xmp, m.icc, m.orientation]).toEqual([undefined, undefined, undefined, undefined]);
      const text = Buffer.from(bytes).toString('latin1');
      for (const secret of ['SeeotTestPhone', 'booth-photo-secret', 'GPS']) expect(text).not.toContain(secret);
      // The red band on the sensor's top row is the picture's right side once upright.
      const [right] = await pixel(bytes, v.width - 2, v.height >> 1);
      const [left] = await pixel(bytes, 1, v.height >> 1);
      expect(right).toBeGreaterThan(200);
      expect(left).toBeLessThan(80);
    }
  });

  it('a logo becomes a 256 px and a 64 px square, fitted inside on transparency', async () => {
    const r = await service.upload({ boothId: 'cut-the-trash', kind: 'logo', bytes: await picture('png', 120, 80), by: null });
    if (!r.ok) throw new Error(r.error);
    expect(r.media.variants.map((v) => [v.variant, v.width, v.height])).toEqual([
      ['sign', 256, 256],
      ['icon', 64, 64],
    ]);
    const [sign] = await filesOf(service, r.media);
    const { data, info } = await sharp(sign!).raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(4);
    expect(data[3], 'the corner is transparent (the logo is wider than tall)').toBe(0);
    expect(data[(128 * 256 + 128) * 4 + 3], 'the middle is the logo').toBeGreaterThan(150);
  });

  it('takes PNG, WebP, GIF and AVIF; of an animated GIF or WebP, its first frame', async () => {
    for (const format of ['png', 'webp', 'gif', 'avif'] as const) {
      const r = await service.upload({ boothId: 'danbi', kind: 'image', bytes: await picture(format, 90, 60), by: null });
      expect(r.ok ? r.media.variants[0] : r.error, format).toMatchObject({ variant: 'panel', width: 90, height: 60 });
    }
    for (const format of ['gif', 'webp'] as const) {
      const r = await service.upload({ boothId: 'danbi', kind: 'image', bytes: await animation(format), by: null });
      if (!r.ok) throw new Error(`${format}: ${r.error}`);
      expect(r.media.variants[0], format).toMatchObject({ variant: 'panel', width: 90, height: 60 });
      const [panel] = await filesOf(service, r.media);
      const [red, green, blue] = await pixel(panel!, 45, 30);
      expect(red, format).toBeGreaterThan(200);
      expect(Math.max(green, blue), format).toBeLessThan(60);
    }
  });

  it('refuses by content with a clear code, and stores nothing: HTML named .png, SVG, HEIC, a 20000×20000 PNG bomb, a cut-off JPEG, over 10 MB', async () => {
    const jpeg = await phoneJpeg({ width: 800, height: 600 });
    const cases: [string, Uint8Array, string][] = [
      ['HTML named photo.png', HTML_NAMED_PNG, 'not_an_image'],
      ['SVG', SVG, 'not_an_image'],
      ['empty', new Uint8Array(0), 'not_an_image'],
      ['HEIC', heicHeader(), 'heic_unsupported'],
      ['PNG bomb', pngBomb(20000), 'too_many_pixels'],
      ['cut-off JPEG', jpeg.subarray(0, jpeg.length >> 1), 'unreadable'],
      ['11 MB', Buffer.concat([jpeg, Buffer.alloc(MEDIA_MAX_BYTES + MB - jpeg.length)]), 'too_large'],
    ];
    for (const [what, bytes, code] of cases) {
      const started = performance.now();
      const r = await service.upload({ boothId: 'seeot-school', kind: 'image', bytes, by: null });
      expect(r, what).toEqual({ ok: false, error: code });
      // The bomb's header says 400 MP: refused before a pixel is decoded.
      expect(performance.now() - started, what).toBeLessThan(2000);
    }
    expect(20000 * 20000).toBeGreaterThan(MEDIA_MAX_PIXELS);
    expect(await venue.repos.media.countForBooth('seeot-school')).toBe(0);
  });

  it('the same picture twice is one stored picture with one id; another booth keeps its own copy', async () => {
    const shot = await phoneJpeg({ width: 640, height: 480, rgb: [200, 180, 20] });
    const first = await service.upload({ boothId: 'policy', kind: 'image', bytes: shot, by: null });
    const again = await service.upload({ boothId: 'policy', kind: 'image', bytes: shot, by: null });
    const elsewhere = await service.upload({ boothId: 'governance', kind: 'image', bytes: shot, by: null });
    if (!first.ok || !again.ok || !elsewhere.ok) throw new Error('refused');
    expect([first.created, again.created]).toEqual([true, false]);
    expect(again.media).toEqual(first.media);
    expect(elsewhere.media.id).not.toBe(first.media.id);
    expect(await venue.repos.media.countForBooth('policy')).toBe(1);
    expect(await venue.repos.media.find(first.media.id)).toMatchObject({ boothId: 'policy', width: 640, height: 480, variants: [{ variant: 'thumb' }, { variant: 'panel' }] });
  });

  it('a booth keeps at most its limit of pictures; an unknown booth stores none', async () => {
    const small = createMediaService({ repo: venue.repos.media, log, maxPerBooth: 3 });
    const upload = async (n: number, boothId = 'networking') => small.upload({ boothId, kind: 'image', bytes: await phoneJpeg({ width: 64, height: 48, rgb: [n * 40, 0, 0] }), by: null });
    for (const n of [1, 2, 3]) expect((await upload(n)).ok).toBe(true);
    expect(await upload(4)).toEqual({ ok: false, error: 'booth_full' });
    expect(await small.hasRoom('networking')).toBe(false);
    expect(await venue.repos.media.countForBooth('networking')).toBe(3);
    expect(await upload(5, 'no-such-booth')).toEqual({ ok: false, error: 'unknown_booth' });
  });

  it('HTTP: a booth member uploads the bytes; the variants are served immutable; strangers, other booths and writes without CSRF are refused', async () => {
    const { env } = await backend.fresh();
    const own = await openVenue(env, log);
    const port = await freePort();
    const { gameServer } = await createApp({ env: parseEnv({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SESSION_SECRET: SECRET, ...env }), log, venue: own, distDir: '/nonexistent' });
    try {
      const base = `http://127.0.0.1:${port}`;
      const member = await signedIn(own.repos, 'nongnongi');
      const other = await signedIn(own.repos, 'vq-studio');
      // A photo's worth of bytes (~0.5 MB): far past the 16 KB every other route takes.
      const shot = await phoneJpeg({ width: 1200, height: 900, orientation: 6, grain: true });
      expect(shot.length).toBeGreaterThan(20 * BODY_LIMIT_BYTES);
      const post = (who: { cookie: string; csrf: string } | null, body: Uint8Array, { kind = 'image', type = 'image/jpeg', csrf = true } = {}) =>
        fetch(`${base}/api/studio/booths/nongnongi/media${kind ? `?kind=${kind}` : ''}`, {
          method: 'POST',
          headers: { 'content-type': type, ...(who ? { cookie: who.cookie, ...(csrf ? { [CSRF_HEADER]: who.csrf } : {}) } : {}) },
          body: new Uint8Array(body),
        });

      const refusals: [string, Response, number, string][] = [
        ['no session', await post(null, shot), 401, 'unauthorized'],
        ['a member of another booth', await post(other, shot), 403, 'forbidden'],
        ['no CSRF token', await post(member, shot, { csrf: false }), 403, 'csrf'],
        ['no kind', await post(member, shot, { kind: '' }), 400, 'invalid'],
        ['HTML named .png, sent as image/png', await post(member, HTML_NAMED_PNG, { type: 'image/png' }), 415, 'not_an_image'],
        ['a form, not a picture', await post(member, shot, { type: 'application/x-www-form-urlencoded' }), 415, 'not_an_image'],
        ['HEIC from an iPhone', await post(member, heicHeader(), { type: 'image/heic' }), 415, 'heic_unsupported'],
        ['PNG bomb', await post(member, pngBomb(20000), { type: 'image/png' }), 422, 'too_many_pixels'],
      ];
      for (const [what, res, status, error] of refusals) {
        expect([res.status, await res.json()], what).toEqual([status, { error }]);
      }
      expect(await own.repos.media.countForBooth('nongnongi')).toBe(0);

      const created = await post(member, shot);
      expect(created.status).toBe(201);
      const uploaded = UploadedMediaSchema.parse(await created.json());
      expect([uploaded.width, uploaded.height]).toEqual([900, 1200]);
      const again = await post(member, shot);
      expect([again.status, (UploadedMediaSchema.parse(await again.json())).id]).toEqual([200, uploaded.id]);

      for (const v of uploaded.variants) {
        expect(v.url).toBe(`/media/${uploaded.id}/${v.variant}.webp`);
        const res = await fetch(`${base}${v.url}`);
        expect(res.status).toBe(200);
        expect(Object.fromEntries(['content-type', 'cache-control', 'x-content-type-options'].map((h) => [h, res.headers.get(h)]))).toEqual({
          'content-type': 'image/webp',
          'cache-control': 'public, max-age=31536000, immutable',
          'x-content-type-options': 'nosniff',
        });
        const body = Buffer.from(await res.arrayBuffer());
        expect(Number(res.headers.get('content-length'))).toBe(body.length);
        const m = await sharp(body).metadata();
        expect([m.format, m.width, m.height]).toEqual(['webp', v.width, v.height]);
        const etag = res.headers.get('etag')!;
        const revalidated = await fetch(`${base}${v.url}`, { headers: { 'if-none-match': etag } });
        expect(revalidated.status).toBe(304);
      }
      for (const unknown of [`/media/${'A'.repeat(43)}/panel.webp`, `/media/${uploaded.id}/sign.webp`, `/media/${uploaded.id}/panel.png`, `/media/${uploaded.id}/panel`, '/media/x/y.webp', '/media/']) {
        const res = await fetch(`${base}${unknown}`);
        expect([res.status, res.headers.get('content-type'), await res.json()], unknown).toEqual([404, 'application/json; charset=utf-8', { error: 'not_found' }]);
      }
    } finally {
      // Closes the HTTP server, then the database (app.ts' shutdown).
      await gameServer.gracefullyShutdown(false);
    }
  });

  it('an uploader SIGKILLed mid-stream loses no acknowledged upload, and no picture shows with files missing', async () => {
    const { env, peek } = await backend.fresh();
    const child = spawn(process.execPath, ['tests/helpers/mediaUploader.ts'], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Killed the moment the third acknowledgement is read: the next upload may be committing right then.
    const acked = await new Promise<string[]>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const ids = [...out.matchAll(/^ack (\S+)$/gm)].map((m) => m[1]!);
        if (ids.length >= 3) {
          child.kill('SIGKILL');
          resolve(ids);
        }
      });
      void exited.then(() => reject(new Error(`the uploader exited before 3 uploads:\n${out}`)));
    });
    expect(await exited).toBe('SIGKILL');

    const reopened = await openVenue(env, log);
    for (const id of acked) expect((await reopened.repos.media.find(id))?.variants.map((v) => v.variant), id).toEqual(['thumb', 'panel']);
    await reopened.close();
    const perPicture = await peek((db) =>
      db
        .select({ id: media.id, files: count(mediaFiles.variant), bytes: sql<number>`coalesce(sum(length(${mediaFiles.bytes})), 0)::int` })
        .from(media)
        .leftJoin(mediaFiles, eq(mediaFiles.mediaId, media.id))
        .groupBy(media.id),
    );
    expect(perPicture.length).toBeGreaterThanOrEqual(acked.length);
    for (const p of perPicture) {
      expect(p.files, p.id).toBe(2);
      expect(p.bytes, p.id).toBeGreaterThan(0);
    }
  });
});

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
