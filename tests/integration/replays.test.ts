/**
 * Replays (issue 10 §5) on both drivers, through the real HTTP server: products pinned while the
 * booth is live become the replay's tags at their offsets, a pin with no live on makes none; the
 * recorder's file, registered, is listed at its booth and served with Range (206, the right bytes)
 * so a player seeks; unknown and path-like ids are 404; a guest (401) and another booth's member
 * (403) cannot delete it, the booth's member can (the file goes too).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, SESSION_COOKIE, type Role } from '../../shared/api/account.ts';
import { OpenLiveResponseSchema, type LiveView } from '../../shared/api/live.ts';
import { ListingSchema, type Listing } from '../../shared/api/orders.ts';
import { ReplaysResponseSchema, type ReplayView } from '../../shared/api/replays.ts';
import { createApp } from '../../server/app.ts';
import { newAccountId, startSession } from '../../server/auth/accountSessions.ts';
import { parseEnv } from '../../server/env.ts';
import { createLogger } from '../../server/logger.ts';
import { registerReplay } from '../../server/replays/register.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import type { VenueService } from '../../server/venue/venueService.ts';
import { dbBackends } from '../helpers/dbBackends.ts';
import { makeReplayMp4 } from '../helpers/replayVideo.ts';
import { freePort } from '../helpers/serverProcess.ts';

const log = createLogger('silent');
const SECRET = 'replays-test-secret-0123456789abcdefghijk';
const A = 'cut-the-trash';
const B = 'vq-studio';

interface Caller {
  send(method: string, path: string, body?: unknown): Promise<Response>;
}

describe.each(dbBackends('replays'))('replays on $name', { timeout: 120_000 }, (backend) => {
  let venue: VenueService;
  let shutdown: () => Promise<void>;
  let origin: string;
  let dir: string;
  let file: string;
  let live: LiveView;
  const pinned: { listing: Listing; before: number; after: number }[] = [];
  let replay: ReplayView;
  const as = {} as Record<'memberA' | 'memberB', Caller>;

  async function account(role: Role, boothId: string): Promise<Caller> {
    const id = newAccountId();
    const made = await venue.repos.accounts.createAccount({ id, email: `${id}@example.kr`, displayName: role, role, passwordHash: 'unused', boothId });
    if (!made.ok) throw new Error(made.reason);
    const s = await startSession(venue.repos.accounts, { id });
    return {
      send: (method, path, body) =>
        fetch(origin + path, {
          method,
          headers: { cookie: `${SESSION_COOKIE}=${s.token}`, [CSRF_HEADER]: s.csrfToken, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
    };
  }
  const listing = async (name: string): Promise<Listing> => {
    const r = await as.memberA.send('POST', `/api/studio/booths/${A}/listings`, { name, priceWon: 12_000, stockLeft: 10, transferInstructions: '농협 123-4567-8901-23' });
    expect(r.status).toBe(201);
    return ListingSchema.parse(await r.json());
  };
  const pin = async (l: Listing): Promise<{ before: number; after: number }> => {
    const before = Date.now();
    expect((await as.memberA.send('PUT', `/api/studio/booths/${A}/pin`, { listingId: l.id })).status).toBe(200);
    return { before, after: Date.now() };
  };
  const replaysOf = async (boothId: string) => ReplaysResponseSchema.parse(await (await fetch(`${origin}/api/booths/${boothId}/replays`)).json()).replays;

  beforeAll(async () => {
    const env = await backend.env();
    venue = await openVenue(env, log);
    const port = await freePort();
    const appEnv = parseEnv({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SESSION_SECRET: SECRET, ...env });
    const { gameServer } = await createApp({ env: appEnv, log, venue, distDir: '/nonexistent' });
    shutdown = () => gameServer.gracefullyShutdown(false);
    origin = `http://127.0.0.1:${port}`;
    dir = mkdtempSync(join(tmpdir(), 'seeot-replays-'));
    [as.memberA, as.memberB, file] = await Promise.all([account('enterprise', A), account('enterprise', B), makeReplayMp4(join(dir, 'lives', 'x', 'replay.mp4'))]);
  });

  afterAll(async () => {
    await shutdown?.();
    await backend.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('tags the products pinned while the booth is live at their offsets, and none pinned with no live on', async () => {
    const [bag, lamp, cup] = [await listing('업사이클 가방'), await listing('유리병 조명'), await listing('커피박 컵')];
    await pin(cup); // before the live: no tag
    const opened = await as.memberA.send('POST', `/api/studio/booths/${A}/live`, {});
    expect(opened.status).toBe(201);
    live = OpenLiveResponseSchema.parse(await opened.json()).live;
    pinned.push({ listing: lamp, ...(await pin(lamp)) });
    pinned.push({ listing: bag, ...(await pin(bag)) });
    expect((await as.memberA.send('POST', `/api/studio/lives/${live.liveId}/end`, {})).status).toBe(204);
    await pin(cup); // after the live: no tag

    const endedAt = new Date();
    const durationMs = Math.max(6_000, endedAt.getTime() - Date.parse(live.startedAt));
    const r = await registerReplay(venue.repos, { liveId: live.liveId, boothId: A, startedAt: live.startedAt, endedAt, durationMs, file });
    expect(r).toMatchObject({ ok: true, created: true });
    const listed = await replaysOf(A);
    expect(listed).toHaveLength(1);
    replay = listed[0]!;
    expect(replay).toMatchObject({ boothId: A, startedAt: live.startedAt, durationMs, src: expect.stringMatching(/^\/media\/replays\/[0-9a-f-]{36}\.mp4$/) });
    expect(replay.tags.map((t) => t.name)).toEqual(['유리병 조명', '업사이클 가방']);
    const start = Date.parse(live.startedAt);
    replay.tags.forEach((t, i) => {
      expect(t.listingId).toBe(pinned[i]!.listing.id);
      expect(t.offsetMs).toBeGreaterThanOrEqual(pinned[i]!.before - start - 5);
      expect(t.offsetMs).toBeLessThanOrEqual(pinned[i]!.after - start + 5);
    });
    expect(await replaysOf(B)).toEqual([]);
  });

  it('keeps one replay per live, refuses a booth that does not exist and a path that is not an absolute .mp4', async () => {
    const again = await registerReplay(venue.repos, { liveId: live.liveId, boothId: A, startedAt: live.startedAt, endedAt: new Date(), durationMs: 6_000, file });
    expect(again).toMatchObject({ ok: true, created: false, replay: { id: replay.id } });
    expect(await registerReplay(venue.repos, { liveId: 'someOtherLive1', boothId: 'no-such-booth', startedAt: live.startedAt, endedAt: new Date(), durationMs: 6_000, file })).toEqual({ ok: false, reason: 'unknown_booth' });
    const relative = await registerReplay(venue.repos, { liveId: 'someOtherLive2', boothId: A, startedAt: live.startedAt, endedAt: new Date(), durationMs: 6_000, file: 'lives/x/replay.mp4' });
    expect(relative).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await replaysOf(A)).toHaveLength(1);
  });

  it('serves the file whole and by Range (206 with the right bytes), so a player seeks', async () => {
    const bytes = readFileSync(file);
    const whole = await fetch(origin + replay.src);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toMatch(/^video\/mp4/);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await whole.arrayBuffer()).equals(bytes)).toBe(true);
    for (const [from, to] of [
      [0, 99],
      [1000, 4095],
      [bytes.length - 50, bytes.length - 1],
    ] as const) {
      const part = await fetch(origin + replay.src, { headers: { range: `bytes=${from}-${to}` } });
      expect(part.status).toBe(206);
      expect(part.headers.get('content-range')).toBe(`bytes ${from}-${to}/${bytes.length}`);
      expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(from, to + 1))).toBe(true);
    }
    const past = await fetch(origin + replay.src, { headers: { range: `bytes=${bytes.length + 10}-` } });
    expect(past.status).toBe(416);
  });

  it('answers 404 for an unknown replay and for ids that are paths', async () => {
    for (const path of [
      '/media/replays/00000000-0000-4000-8000-000000000000.mp4',
      '/media/replays/not-a-replay.mp4',
      '/media/replays/..%2F..%2F..%2Fpackage.json.mp4',
      '/media/replays/%2e%2e%2fetc%2fpasswd.mp4',
      `/media/replays/${replay.id}.mp4%00`,
      `/media/replays/${replay.id}`,
      '/api/booths/..%2Fsecrets/replays',
      '/api/booths/no-such-booth/replays',
    ]) {
      const r = await fetch(origin + path);
      expect(r.status, path).toBe(404);
      expect(r.headers.get('content-type'), path).toMatch(/json/);
    }
  });

  it('lets only the booth’s members (and staff) delete a replay: guest 401, another booth’s member 403; the file goes too', async () => {
    const path = `/api/studio/booths/${A}/replays/${replay.id}`;
    const guest = await fetch(origin + path, { method: 'DELETE' });
    expect(guest.status).toBe(401);
    const other = await as.memberB.send('DELETE', path);
    expect(other.status).toBe(403);
    expect(await other.json()).toEqual({ error: 'forbidden' });
    // Another booth's path for this replay finds nothing, even for staff of that booth.
    expect((await as.memberB.send('DELETE', `/api/studio/booths/${B}/replays/${replay.id}`)).status).toBe(404);
    expect(await replaysOf(A)).toHaveLength(1);
    expect((await as.memberA.send('DELETE', path)).status).toBe(204);
    expect(await replaysOf(A)).toEqual([]);
    expect(existsSync(file)).toBe(false);
    expect((await fetch(origin + replay.src)).status).toBe(404);
    expect((await as.memberA.send('DELETE', path)).status).toBe(404);
  });
});
