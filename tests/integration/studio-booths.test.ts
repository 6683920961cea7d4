/**
 * The booth editor's API on both drivers (embedded PGlite in its worker, a private PostgreSQL): a
 * member saves their booth and visitors see it; a save from an older version is refused with the
 * booth as it is now; a field that does not fit is refused naming its path; a member of one booth
 * cannot touch another; with approval on, edits wait for staff, who approve (visitors see it) or
 * reject with a reason (the member sees it), and an edit the booth has moved past is not forced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, SESSION_COOKIE, type Role } from '../../shared/api/account.ts';
import { BoothEditViewSchema, EditListSchema, StaleSchema } from '../../shared/api/studio.ts';
import { findBooth } from '../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import type { Enterprise } from '../../shared/schemas/enterprise.ts';
import { createApp } from '../../server/app.ts';
import { newAccountId, startSession } from '../../server/auth/accountSessions.ts';
import { parseEnv } from '../../server/env.ts';
import { createLogger } from '../../server/logger.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import type { VenueService } from '../../server/venue/venueService.ts';
import { dbBackends } from '../helpers/dbBackends.ts';
import { freePort } from '../helpers/serverProcess.ts';

const log = createLogger('silent');
const SECRET = 'studio-booths-test-secret-0123456789abcdef';
const A = 'cut-the-trash';
const B = 'vq-studio';

const backends = dbBackends('studio');

interface Caller {
  get(path: string): Promise<Response>;
  send(method: string, path: string, body?: unknown, opts?: { csrf?: boolean }): Promise<Response>;
}

describe.each(backends)('booth edits on $name', { timeout: 90_000 }, (backend) => {
  let venue: VenueService;
  let shutdown: () => Promise<void>;
  let base: string;
  const as: Record<'memberA' | 'memberB' | 'admin' | 'nobody', Caller> = {} as never;

  async function account(role: Role, boothId?: string): Promise<Caller> {
    const id = newAccountId();
    const made = await venue.repos.accounts.createAccount({ id, email: `${id}@example.kr`, displayName: `${role} ${boothId ?? ''}`.trim(), role, passwordHash: 'unused', ...(boothId ? { boothId } : {}) });
    if (!made.ok) throw new Error(made.reason);
    const s = await startSession(venue.repos.accounts, { id });
    return caller({ cookie: `${SESSION_COOKIE}=${s.token}`, csrf: s.csrfToken });
  }

  function caller(who?: { cookie: string; csrf: string }): Caller {
    const headers = (csrf: boolean): Record<string, string> => (who ? { cookie: who.cookie, ...(csrf ? { [CSRF_HEADER]: who.csrf } : {}) } : {});
    return {
      get: (path) => fetch(base + path, { headers: headers(false) }),
      send: (method, path, body, { csrf = true } = {}) =>
        fetch(base + path, { method, headers: { ...headers(csrf), 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }),
    };
  }

  const visible = async (id: string): Promise<Enterprise> => {
    const b = findBooth((await (await fetch(`${base}/catalogue`)).json()) as Catalogue, id);
    if (b?.kind !== 'enterprise') throw new Error(`no enterprise ${id}`);
    return b.enterprise;
  };
  const view = async (c: Caller, id: string) => BoothEditViewSchema.parse(await (await c.get(`/studio/booths/${id}`)).json());
  const setApproval = async (on: boolean) => expect((await as.admin.send('PATCH', '/admin/fairs/1', { editsNeedApproval: on })).status).toBe(200);

  beforeAll(async () => {
    const env = await backend.env();
    venue = await openVenue(env, log);
    const port = await freePort();
    const appEnv = parseEnv({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SESSION_SECRET: SECRET, ...env });
    const { gameServer } = await createApp({ env: appEnv, log, venue, distDir: '/nonexistent' });
    shutdown = () => gameServer.gracefullyShutdown(false);
    base = `http://127.0.0.1:${port}/api`;
    as.memberA = await account('enterprise', A);
    as.memberB = await account('enterprise', B);
    as.admin = await account('admin');
    as.nobody = caller();
  });

  afterAll(async () => {
    await shutdown?.();
    await backend.stop();
  });

  it('a member saves their booth’s tagline and visitors see it', async () => {
    const before = await view(as.memberA, A);
    expect(before).toMatchObject({ boothId: A, editsNeedApproval: false, pending: null, rejection: null, booth: { kind: 'enterprise' } });
    const r = await as.memberA.send('PUT', `/studio/booths/${A}`, { baseVersion: before.version, fields: [{ path: 'tagline', value: '바다를 지키는 패션' }] });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'saved', version: before.version + 1 });
    expect((await visible(A)).tagline).toBe('바다를 지키는 패션');
    expect((await view(as.memberA, A)).version).toBe(before.version + 1);
  });

  it('a save from an older version is refused with 409 and the booth as it is now; nothing is overwritten', async () => {
    const { version } = await view(as.memberA, A);
    const r = await as.memberA.send('PUT', `/studio/booths/${A}`, { baseVersion: version - 1, fields: [{ path: 'tagline', value: '덮어쓰기' }] });
    expect(r.status).toBe(409);
    const stale = StaleSchema.parse(await r.json());
    expect(stale.version).toBe(version);
    expect(stale.current).toMatchObject({ kind: 'enterprise', entry: { id: A, tagline: '바다를 지키는 패션' } });
    expect((await visible(A)).tagline).toBe('바다를 지키는 패션');
  });

  it('a field that does not fit is refused with 400 naming its path, and nothing of the save is stored', async () => {
    const { version } = await view(as.memberA, A);
    const r = await as.memberA.send('PUT', `/studio/booths/${A}`, {
      baseVersion: version,
      fields: [
        { path: 'colorIndex', value: 2 },
        { path: 'links', value: [{ label: '상점', href: 'http://shop.example.kr' }] },
      ],
    });
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ error: 'invalid', fields: ['links'] });
    const bad = await as.memberA.send('PUT', `/studio/booths/${A}`, { baseVersion: version, fields: [{ path: 'products', value: [{ name: '가방', priceWon: -1 }] }] });
    expect(await bad.json()).toEqual({ error: 'invalid', fields: ['products'] });
    const shapeless = await as.memberA.send('PUT', `/studio/booths/${A}`, { baseVersion: 'one', fields: [] });
    expect(shapeless.status).toBe(400);
    expect(((await shapeless.json()) as { fields: string[] }).fields).toEqual(expect.arrayContaining(['baseVersion', 'fields']));
    expect((await visible(A)).colorIndex).toBeUndefined();
    expect((await view(as.memberA, A)).version).toBe(version);
  });

  it('a member of booth A can neither read nor save booth B; no session is 401, a write without the CSRF token 403', async () => {
    const { version } = await view(as.memberB, B);
    expect((await as.memberA.get(`/studio/booths/${B}`)).status).toBe(403);
    const r = await as.memberA.send('PUT', `/studio/booths/${B}`, { baseVersion: version, fields: [{ path: 'tagline', value: '남의 부스' }] });
    expect(r.status).toBe(403);
    expect(await r.json()).toEqual({ error: 'forbidden' });
    expect((await as.nobody.get(`/studio/booths/${A}`)).status).toBe(401);
    expect((await as.memberB.send('PUT', `/studio/booths/${B}`, { baseVersion: version, fields: [{ path: 'tagline', value: 'x' }] }, { csrf: false })).status).toBe(403);
    expect((await visible(B)).tagline).toBeUndefined();
    // Staff tools stay staff's.
    expect((await as.memberA.get('/admin/edits')).status).toBe(403);
    expect((await as.memberA.send('PATCH', '/admin/fairs/1', { editsNeedApproval: false })).status).toBe(403);
  });

  it('with approval on: pending (202, not shown) → approved (shown); rejected with a reason the member sees', async () => {
    await setApproval(true);
    try {
      expect(await (await as.admin.get('/admin/fairs/1')).json()).toEqual({ id: 1, editsNeedApproval: true });
      const v = await view(as.memberB, B);
      expect(v.editsNeedApproval).toBe(true);
      const r = await as.memberB.send('PUT', `/studio/booths/${B}`, { baseVersion: v.version, fields: [{ path: 'tagline', value: '영상으로 잇는 사회적경제' }] });
      expect(r.status).toBe(202);
      const { editId } = (await r.json()) as { editId: number };
      expect((await visible(B)).tagline).toBeUndefined();
      expect((await view(as.memberB, B)).pending).toMatchObject({ id: editId, fields: [{ path: 'tagline', value: '영상으로 잇는 사회적경제' }] });

      const queue = EditListSchema.parse(await (await as.admin.get('/admin/edits?status=pending')).json());
      expect(queue.edits.find((e) => e.id === editId)).toMatchObject({ boothId: B, boothName: { ko: '브이큐스튜디오' }, status: 'pending' });

      // Two staff approving at once: it is applied once (one booth version), the other is told it was handled.
      const approvals = await Promise.all([as.admin.send('POST', `/admin/edits/${editId}/approve`), as.admin.send('POST', `/admin/edits/${editId}/approve`)]);
      expect(approvals.map((a) => a.status).sort()).toEqual([200, 409]);
      expect(await approvals.find((a) => a.status === 409)!.json()).toEqual({ error: 'not_pending' });
      expect((await visible(B)).tagline).toBe('영상으로 잇는 사회적경제');
      const afterApproval = await view(as.memberB, B);
      expect(afterApproval.pending).toBeNull();
      expect(afterApproval.version).toBe(v.version + 1);

      const next = await view(as.memberB, B);
      const second = await as.memberB.send('PUT', `/studio/booths/${B}`, { baseVersion: next.version, fields: [{ path: 'tagline', value: '광고 문구' }] });
      const { editId: rejectedId } = (await second.json()) as { editId: number };
      expect((await as.admin.send('POST', `/admin/edits/${rejectedId}/reject`, { reason: '' })).status).toBe(400);
      expect((await as.admin.send('POST', `/admin/edits/${rejectedId}/reject`, { reason: '과장된 표현입니다' })).status).toBe(200);
      const after = await view(as.memberB, B);
      expect(after.rejection?.reason).toBe('과장된 표현입니다');
      expect(after.pending).toBeNull();
      expect((await visible(B)).tagline).toBe('영상으로 잇는 사회적경제');
    } finally {
      await setApproval(false);
    }
  });

  it('approving an edit the booth has moved past is refused (409) and the edit stays pending', async () => {
    await setApproval(true);
    try {
      const v = await view(as.memberA, A);
      const r = await as.memberA.send('PUT', `/studio/booths/${A}`, { baseVersion: v.version, fields: [{ path: 'colorIndex', value: 6 }] });
      const { editId } = (await r.json()) as { editId: number };
      // Staff save directly (nobody above them approves): the booth moves on.
      const staffSave = await as.admin.send('PUT', `/studio/booths/${A}`, { baseVersion: v.version, fields: [{ path: 'tagline', value: '센터가 고친 한 줄' }] });
      expect(staffSave.status).toBe(200);
      const approve = await as.admin.send('POST', `/admin/edits/${editId}/approve`);
      expect(approve.status).toBe(409);
      expect(StaleSchema.parse(await approve.json()).current).toMatchObject({ entry: { tagline: '센터가 고친 한 줄' } });
      expect((await visible(A)).colorIndex).toBeUndefined();
      const queue = EditListSchema.parse(await (await as.admin.get('/admin/edits')).json());
      expect(queue.edits.map((e) => e.id)).toContain(editId);
    } finally {
      await setApproval(false);
    }
  });
});
