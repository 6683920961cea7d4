/**
 * Timed fairs on both drivers (embedded PGlite in its worker, a private PostgreSQL), through the real
 * HTTP server with the built pages: an admin creates a fair, chooses its booths and schedules an
 * event; moderators and members cannot; a draft has no page; published, /f/:slug says when it
 * opens, then lists its booths and schedule while it runs, then that it has ended, as its dates are
 * moved around now; /api/fairs and the landing page list it until it ends.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, SESSION_COOKIE, type Role } from '../../shared/api/account.ts';
import { AdminFairListSchema, PublicFairListSchema, type FairBody } from '../../shared/api/fairs.ts';
import { fairsEn } from '../../shared/i18n/fairs-en.ts';
import { ENTERPRISE_ZONE_ID, listBooths } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { createApp } from '../../server/app.ts';
import { newAccountId, startSession } from '../../server/auth/accountSessions.ts';
import { parseEnv } from '../../server/env.ts';
import { createLogger } from '../../server/logger.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import type { VenueService } from '../../server/venue/venueService.ts';
import { dbBackends } from '../helpers/dbBackends.ts';
import { freePort } from '../helpers/serverProcess.ts';

const log = createLogger('silent');
const SECRET = 'fairs-test-secret-0123456789abcdefghijkl';
const DIST = join(import.meta.dirname, '..', '..', 'dist', 'client');
const [BOOTH_A, BOOTH_B] = listBooths(CATALOGUE);
const HOUR = 3_600_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

const FAIR: FairBody = {
  title: { ko: '가치온마켓 겨울장', en: 'Gachion Market, Winter' },
  slug: 'winter-market',
  startsAt: iso(3 * 24 * HOUR + HOUR),
  endsAt: iso(5 * 24 * HOUR),
  shardCapacity: 200,
  editsNeedApproval: true,
  published: false,
};
const EVENT = { title: { ko: '공정무역 이야기', en: 'Fair trade talk' }, kind: 'talk', startsAt: iso(3 * 24 * HOUR + 2 * HOUR), endsAt: iso(3 * 24 * HOUR + 3 * HOUR), boothId: BOOTH_A!.id, zoneId: null };

interface Caller {
  get(path: string): Promise<Response>;
  send(method: string, path: string, body?: unknown): Promise<Response>;
}

describe.each(dbBackends('fairs'))('timed fairs on $name', { timeout: 90_000 }, (backend) => {
  let venue: VenueService;
  let shutdown: () => Promise<void>;
  let origin: string;
  let fairId: number;
  const as: Record<'admin' | 'moderator' | 'member', Caller> = {} as never;

  async function account(role: Role): Promise<Caller> {
    const id = newAccountId();
    const made = await venue.repos.accounts.createAccount({ id, email: `${id}@example.kr`, displayName: `${role} ${id.slice(0, 4)}`, role, passwordHash: 'unused' });
    if (!made.ok) throw new Error(made.reason);
    const s = await startSession(venue.repos.accounts, { id });
    const cookie = `${SESSION_COOKIE}=${s.token}`;
    return {
      get: (path) => fetch(origin + path, { headers: { cookie } }),
      send: (method, path, body) =>
        fetch(origin + path, { method, headers: { cookie, [CSRF_HEADER]: s.csrfToken, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }),
    };
  }

  const fairs = async () => AdminFairListSchema.parse(await (await as.moderator.get('/api/admin/fairs')).json()).fairs;
  const page = async (path: string, lang = 'en') => {
    const r = await fetch(`${origin}${path}?lang=${lang}`);
    return { status: r.status, html: await r.text() };
  };
  /** The landing page's fairs section (its list is read at most every few seconds: polled, not slept on). */
  const landing = async () => {
    const html = await (await fetch(`${origin}/?lang=en`)).text();
    return /<section[^>]*landing-fairs[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  };
  const moveTo = async (startsAt: string, endsAt: string) => expect((await as.admin.send('PUT', `/api/admin/fairs/${fairId}`, { ...FAIR, published: true, startsAt, endsAt })).status).toBe(200);

  beforeAll(async () => {
    const env = await backend.env();
    venue = await openVenue(env, log);
    const port = await freePort();
    const appEnv = parseEnv({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SESSION_SECRET: SECRET, ...env });
    const { gameServer } = await createApp({ env: appEnv, log, venue, distDir: DIST });
    shutdown = () => gameServer.gracefullyShutdown(false);
    origin = `http://127.0.0.1:${port}`;
    as.admin = await account('admin');
    as.moderator = await account('moderator');
    as.member = await account('enterprise');
  });

  afterAll(async () => {
    await shutdown?.();
    await backend.stop();
  });

  it('an admin creates a fair, its booths and an event; a moderator or a member cannot', async () => {
    expect((await as.moderator.send('POST', '/api/admin/fairs', FAIR)).status).toBe(403);
    expect((await as.member.get('/api/admin/fairs')).status).toBe(403);
    const made = await as.admin.send('POST', '/api/admin/fairs', FAIR);
    expect(made.status).toBe(201);
    fairId = ((await made.json()) as { id: number }).id;
    expect(await (await as.admin.send('POST', '/api/admin/fairs', FAIR)).json()).toEqual({ error: 'slug_taken' });

    expect(await (await as.admin.send('PUT', `/api/admin/fairs/${fairId}/booths`, { boothIds: [BOOTH_A!.id, 'no-such-booth'] })).json()).toEqual({ error: 'unknown_booth' });
    expect((await as.admin.send('PUT', `/api/admin/fairs/${fairId}/booths`, { boothIds: [BOOTH_A!.id, BOOTH_B!.id] })).status).toBe(200);
    expect((await as.moderator.send('POST', `/api/admin/fairs/${fairId}/events`, EVENT)).status).toBe(403);
    expect(await (await as.admin.send('POST', `/api/admin/fairs/${fairId}/events`, { ...EVENT, boothId: null, zoneId: 'no-such-zone' })).json()).toEqual({ error: 'unknown_zone' });
    expect((await as.admin.send('POST', `/api/admin/fairs/${fairId}/events`, EVENT)).status).toBe(201);
    expect((await as.admin.send('POST', `/api/admin/fairs/${fairId}/events`, { ...EVENT, title: { ko: '장터', en: 'Market' }, kind: 'market', boothId: null, zoneId: ENTERPRISE_ZONE_ID })).status).toBe(201);

    const [fair] = await fairs();
    expect(fair).toMatchObject({ id: fairId, slug: FAIR.slug, title: FAIR.title, shardCapacity: 200, editsNeedApproval: true, published: false });
    expect(fair!.boothIds.sort()).toEqual([BOOTH_A!.id, BOOTH_B!.id].sort());
    expect(fair!.events.map((e) => [e.kind, e.boothId, e.zoneId])).toEqual([
      ['talk', BOOTH_A!.id, null],
      ['market', null, ENTERPRISE_ZONE_ID],
    ]);
    expect(Date.parse(fair!.startsAt)).toBe(Date.parse(FAIR.startsAt));
  });

  it('refuses a fair that ends before it starts, naming the field', async () => {
    const r = await as.admin.send('POST', '/api/admin/fairs', { ...FAIR, slug: 'backwards', endsAt: FAIR.startsAt, startsAt: FAIR.endsAt });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { fields: string[] }).fields).toContain('endsAt');
  });

  it('a draft has no page and is not listed; published, its page says when it opens', async () => {
    expect((await page(`/f/${FAIR.slug}`)).status).toBe(404);
    expect(PublicFairListSchema.parse(await (await fetch(`${origin}/api/fairs`)).json()).fairs).toEqual([]);
    await moveTo(FAIR.startsAt, FAIR.endsAt);
    const before = await page(`/f/${FAIR.slug}`);
    expect(before.status).toBe(200);
    expect(before.html).toContain('data-status="upcoming"');
    expect(before.html).toContain('in 3 days');
    expect(before.html).not.toContain('href="/world');
    expect(PublicFairListSchema.parse(await (await fetch(`${origin}/api/fairs`)).json()).fairs.map((f) => f.slug)).toEqual([FAIR.slug]);
    await expect.poll(landing, { timeout: 15_000 }).toContain(`href="/f/${FAIR.slug}"`);
    expect(await landing()).toContain(fairsEn.fairComing);
  });

  it('while it runs, its page lists its booths and schedule and links into the world and the list', async () => {
    await moveTo(iso(-HOUR), iso(24 * HOUR));
    const during = await page(`/f/${FAIR.slug}`, 'ko');
    expect(during.status).toBe(200);
    expect(during.html).toContain('data-status="open"');
    expect(during.html).toContain(`href="/booth/${BOOTH_B!.id}?view=list&amp;fair=${FAIR.slug}"`);
    expect(during.html).toContain('공정무역 이야기');
    expect(during.html).toContain(`href="/world?fair=${FAIR.slug}"`);
    // Each event has its calendar file, linked from the page.
    const [talk] = (await fairs())[0]!.events;
    const ics = await fetch(`${origin}/f/${FAIR.slug}/events/${talk!.id}.ics?lang=en`);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await ics.text()).toContain(`DTSTART:${talk!.startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    expect(during.html).toContain(`/f/${FAIR.slug}/events/${talk!.id}.ics`);
    expect((await fetch(`${origin}/f/${FAIR.slug}/events/999999.ics`)).status).toBe(404);
    await expect.poll(landing, { timeout: 15_000 }).toContain(fairsEn.fairOpenNow);
    expect(await landing()).toContain('Fair trade talk');
  });

  it('after it ends, its page says so and the list no longer has it; an unknown address is the not-found page', async () => {
    await moveTo(iso(-48 * HOUR), iso(-HOUR));
    const after = await page(`/f/${FAIR.slug}`);
    expect(after.html).toContain('data-status="ended"');
    expect(PublicFairListSchema.parse(await (await fetch(`${origin}/api/fairs`)).json()).fairs).toEqual([]);
    await expect.poll(landing, { timeout: 15_000 }).toBe('');
    for (const unknown of ['/f/no-such-fair', '/f/Not%20A%20Slug']) expect((await page(unknown)).status).toBe(404);
  });

  it('an event is removed from the schedule', async () => {
    const [fair] = await fairs();
    const first = fair!.events[0]!.id;
    expect((await as.admin.send('DELETE', `/api/admin/fairs/${fairId}/events/${first}`)).status).toBe(200);
    expect((await fairs())[0]!.events.map((e) => e.id)).not.toContain(first);
    expect((await as.admin.send('DELETE', `/api/admin/fairs/${fairId}/events/${first}`)).status).toBe(404);
  });
});
