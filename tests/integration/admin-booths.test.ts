/**
 * The booths of /admin on both drivers (embedded PGlite in its worker, a private PostgreSQL): an
 * admin creates a booth, which visitors do not see while it is a draft; the preview shows it in the
 * layout before anything is published; publishing puts it in /api/catalogue and the world's layout;
 * staff move it to a stage's zone and close it; an enterprise account becomes its member and may
 * then edit it; moderators read but cannot change; every write needs the session's CSRF token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, SESSION_COOKIE, type Role } from '../../shared/api/account.ts';
import { AdminBoothListSchema, BoothPreviewSchema } from '../../shared/api/adminBooths.ts';
import { ENTERPRISE_ZONE_ID, findBooth } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { CatalogueSchema } from '../../shared/schemas/catalogue.ts';
import { layoutWorld } from '../../shared/world/layout.ts';
import { createApp } from '../../server/app.ts';
import { newAccountId, startSession } from '../../server/auth/accountSessions.ts';
import { parseEnv } from '../../server/env.ts';
import { createLogger } from '../../server/logger.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import type { VenueService } from '../../server/venue/venueService.ts';
import { dbBackends } from '../helpers/dbBackends.ts';
import { freePort } from '../helpers/serverProcess.ts';

const log = createLogger('silent');
const SECRET = 'admin-booths-test-secret-0123456789abcdef';
const STAGE = CATALOGUE.valueChain.activities[0]!.stages[0]!.id;
const NEW = {
  id: 'saessak-store',
  zoneId: ENTERPRISE_ZONE_ID,
  name: { ko: '새싹상회', en: 'Saessak Store' },
  icon: 'leaf',
  paragraphs: ['동네에서 키운 채소를 팝니다.'],
};

const backends = dbBackends('admin_booths');

interface Caller {
  get(path: string): Promise<Response>;
  send(method: string, path: string, body?: unknown, opts?: { csrf?: boolean }): Promise<Response>;
}

describe.each(backends)('admin booths on $name', { timeout: 90_000 }, (backend) => {
  let venue: VenueService;
  let shutdown: () => Promise<void>;
  let base: string;
  let memberId: string;
  const as: Record<'admin' | 'moderator' | 'member', Caller> = {} as never;

  async function account(role: Role): Promise<{ id: string; caller: Caller }> {
    const id = newAccountId();
    const made = await venue.repos.accounts.createAccount({ id, email: `${id}@example.kr`, displayName: `${role} ${id.slice(0, 4)}`, role, passwordHash: 'unused' });
    if (!made.ok) throw new Error(made.reason);
    const s = await startSession(venue.repos.accounts, { id });
    const headers = (csrf: boolean): Record<string, string> => ({ cookie: `${SESSION_COOKIE}=${s.token}`, ...(csrf ? { [CSRF_HEADER]: s.csrfToken } : {}) });
    return {
      id,
      caller: {
        get: (path) => fetch(base + path, { headers: headers(false) }),
        send: (method, path, body, { csrf = true } = {}) =>
          fetch(base + path, { method, headers: { ...headers(csrf), 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }),
      },
    };
  }

  const catalogue = async () => CatalogueSchema.parse(await (await fetch(`${base}/catalogue`)).json());
  const list = async () => AdminBoothListSchema.parse(await (await as.moderator.get('/admin/booths')).json());
  const row = async (id: string) => (await list()).booths.find((b) => b.id === id);

  beforeAll(async () => {
    const env = await backend.env();
    venue = await openVenue(env, log);
    const port = await freePort();
    const appEnv = parseEnv({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SESSION_SECRET: SECRET, ...env });
    const { gameServer } = await createApp({ env: appEnv, log, venue, distDir: '/nonexistent' });
    shutdown = () => gameServer.gracefullyShutdown(false);
    base = `http://127.0.0.1:${port}/api`;
    as.admin = (await account('admin')).caller;
    as.moderator = (await account('moderator')).caller;
    const member = await account('enterprise');
    memberId = member.id;
    as.member = member.caller;
  });

  afterAll(async () => {
    await shutdown?.();
    await backend.stop();
  });

  it('lists every booth with its zone and status to staff, and refuses a moderator’s or a member’s write', async () => {
    const l = await list();
    expect(l.booths.find((b) => b.id === CATALOGUE.enterprises[0]!.id)).toMatchObject({ kind: 'enterprise', zoneId: ENTERPRISE_ZONE_ID, status: 'open', created: false });
    expect(l.zones.map((z) => z.id)).toContain(STAGE);
    expect((await as.member.get('/admin/booths')).status).toBe(403);
    expect((await as.moderator.send('POST', '/admin/booths', NEW)).status).toBe(403);
    expect((await as.admin.send('POST', '/admin/booths', NEW, { csrf: false })).status).toBe(403);
    expect(await row(NEW.id)).toBeUndefined();
  });

  it('a created booth is a draft visitors do not see; the preview lays it out; publishing shows it in the catalogue and the layout', async () => {
    expect((await as.admin.send('POST', '/admin/booths', NEW)).status).toBe(201);
    expect(await row(NEW.id)).toMatchObject({ status: 'closed', created: true, title: NEW.name, zoneId: ENTERPRISE_ZONE_ID });
    expect(findBooth(await catalogue(), NEW.id)).toBeUndefined();
    expect(await (await as.admin.send('POST', '/admin/booths', NEW)).json()).toEqual({ error: 'id_taken' });

    const preview = BoothPreviewSchema.parse(await (await as.moderator.get(`/admin/booths/${NEW.id}/preview?status=open`)).json());
    expect(layoutWorld(preview.venue).booths.find((b) => b.id === NEW.id)?.areaId).toBe(ENTERPRISE_ZONE_ID);
    expect(findBooth(await catalogue(), NEW.id), 'a preview publishes nothing').toBeUndefined();

    expect((await as.admin.send('PATCH', `/admin/booths/${NEW.id}`, { status: 'open' })).status).toBe(200);
    const published = await catalogue();
    expect(findBooth(published, NEW.id)?.summary.title).toEqual(NEW.name);
    expect(layoutWorld(published).booths.find((b) => b.id === NEW.id)?.areaId).toBe(ENTERPRISE_ZONE_ID);
  });

  it('moved to a stage’s zone it stands there; closed it leaves the venue', async () => {
    expect((await as.admin.send('PATCH', `/admin/booths/${NEW.id}`, { zoneId: STAGE })).status).toBe(200);
    expect(layoutWorld(await catalogue()).booths.find((b) => b.id === NEW.id)?.areaId).toBe(STAGE);
    expect((await row(NEW.id))?.zoneId).toBe(STAGE);
    expect(await (await as.admin.send('PATCH', `/admin/booths/${NEW.id}`, { zoneId: 'no-such-zone' })).json()).toEqual({ error: 'unknown_zone' });
    const programme = CATALOGUE.valueChain.activities[0]!.stages[0]!.programmes[0]!.id;
    expect(await (await as.admin.send('PATCH', `/admin/booths/${programme}`, { zoneId: ENTERPRISE_ZONE_ID })).json()).toEqual({ error: 'not_enterprise' });

    expect((await as.admin.send('PATCH', `/admin/booths/${NEW.id}`, { status: 'closed' })).status).toBe(200);
    expect(findBooth(await catalogue(), NEW.id)).toBeUndefined();
    expect((await row(NEW.id))?.status).toBe('closed');
  });

  it('an enterprise account made a member is listed and may then edit the booth, reopened', async () => {
    expect((await as.admin.send('PATCH', `/admin/booths/${NEW.id}`, { status: 'open' })).status).toBe(200);
    expect(findBooth(await catalogue(), NEW.id)?.summary.zoneId).toBe(STAGE);
    expect((await as.member.get(`/studio/booths/${NEW.id}`)).status).toBe(403);
    expect((await as.admin.send('POST', `/admin/booths/${NEW.id}/members`, { accountId: memberId })).status).toBe(200);
    expect((await row(NEW.id))?.members.map((m) => m.id)).toEqual([memberId]);
    // The member's session reads its booths per request: no new sign-in needed.
    expect((await as.member.get(`/studio/booths/${NEW.id}`)).status).toBe(200);
    expect(await (await as.admin.send('POST', `/admin/booths/${NEW.id}/members`, { accountId: 'nobody' })).json()).toEqual({ error: 'unknown_account' });
  });

  it('a body that does not fit is refused naming its fields, and nothing is stored', async () => {
    const res = await as.admin.send('POST', '/admin/booths', { ...NEW, id: 'Bad Id', icon: 'unicorn' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid', fields: ['id', 'icon'] });
    expect(await (await as.admin.send('POST', '/admin/booths', { ...NEW, id: 'lost-booth', programmeId: 'no-such-programme' })).json()).toEqual({ error: 'invalid' });
    expect(await row('lost-booth')).toBeUndefined();
  });
});
