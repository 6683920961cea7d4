/**
 * Booth pictures, on both databases (the embedded PGlite in its worker thread, and a private
 * PostgreSQL): uploads turned upright and stripped of EXIF/GPS, refused by content with clear codes
 * and nothing stored, stored once per content, served with immutable headers by the HTTP routes
 * behind the session middleware, and acknowledged uploads surviving a SIGKILL whole. The upload
 * route's body limit on a real server process is in media-edge.test.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../shared/api/account.ts';
import { MEDIA_MAX_BYTES, MEDIA_MAX_PIXELS, UploadedMediaSchema, type UploadedMedia } from '../../shared/api/media.ts';
import { createApp } from '../../server/app.ts';
import { BODY_LIMIT_BYTES } from '../../server/http/bodyLimit.ts';
import type { Db } from '../../server/db/drizzleRepo.ts';
import { openPglite } from '../../server/db/pglite/open.ts';
import { media, mediaFiles } from '../../server/db/schema/media.ts';
import { parseEnv } from '../../server/env.ts';
import { createLogger } from '../../server/logger.ts';
import { createMediaService, type MediaService } from '../../server/media/service.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import type { VenueService } from '../../server/venue/venueService.ts';
import { seedDataDir } from '../helpers/pgliteTemplate.ts';
import { startPostgres, type PrivatePostgres } from '../helpers/postgres.ts';
import { signedIn } from '../helpers/repoSession.ts';
import { freePort, repoRoot } from '../helpers/serverProcess.ts';
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
