/**
 * Enterprises imported from a CSV at /admin/accounts, on both drivers (embedded PGlite in its worker,
 * a private PostgreSQL), through the real app with a local SMTP sink: the preview names each row's
 * problems and writes nothing, a broken file is refused whole; the import makes a closed booth and an invitation per ready row and
 * mails it; the same file again makes nothing; only admins may; the accounts export is admins' and
 * audited. An invitation from the import, accepted, gives a member of the booth it made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, SESSION_COOKIE, type Role } from '../../shared/api/account.ts';
import { ImportAnswerSchema, type ImportAnswer } from '../../shared/api/enterpriseImport.ts';
import { createApp } from '../../server/app.ts';
import { newAccountId, startSession } from '../../server/auth/accountSessions.ts';
import { parseEnv } from '../../server/env.ts';
import { createLogger } from '../../server/logger.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import type { VenueService } from '../../server/venue/venueService.ts';
import { dbBackends } from '../helpers/dbBackends.ts';
import { freePort } from '../helpers/serverProcess.ts';
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink.ts';
import { TEST_PASSWORD } from '../helpers/staffSession.ts';

const log = createLogger('silent');
const SECRET = 'enterprise-import-secret-0123456789abcdefg';

/** Two good rows (Korean headers, one with a phone in its contact cell), a bad one, and a duplicate. */
const CSV = [
  '\uFEFF기업명,연락처,인증',
  '새싹 협동조합,"sprout@example.kr 010-2222-3333",협동조합',
  '"마을빵집, 본점",bread@example.kr,마을기업;사회적기업',
  '우주상사,not-an-address,우주기업',
  '새싹 두번째,SPROUT@example.kr,',
].join('\r\n');

describe.each(dbBackends('enterprise_import'))('enterprise import on $name', { timeout: 90_000 }, (backend) => {
  let venue: VenueService;
  let sink: SmtpSink;
  let shutdown: () => Promise<void>;
  let base: string;
  const as = {} as Record<'admin' | 'moderator' | 'member', (method: string, path: string, body?: unknown) => Promise<Response>>;

  async function caller(role: Role, boothId?: string) {
    const id = newAccountId();
    const made = await venue.repos.accounts.createAccount({ id, email: `${role}-${id.slice(0, 8)}@example.kr`, displayName: role, role, passwordHash: 'unused', ...(boothId ? { boothId } : {}) });
    if (!made.ok) throw new Error(made.reason);
    const s = await startSession(venue.repos.accounts, { id });
    return (method: string, path: string, body?: unknown) =>
      fetch(base + path, {
        method,
        headers: { cookie: `${SESSION_COOKIE}=${s.token}`, [CSRF_HEADER]: s.csrfToken, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
  }

  const answerOf = async (r: Response, status: number): Promise<ImportAnswer> => {
    expect(r.status, await r.clone().text()).toBe(status);
    return ImportAnswerSchema.parse(await r.json());
  };
  const boothIds = async () => new Set((await venue.boothRows()).map((b) => b.id));

  beforeAll(async () => {
    sink = await startSmtpSink();
    const env = await backend.env();
    venue = await openVenue(env, log);
    const port = await freePort();
    const appEnv = parseEnv({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SESSION_SECRET: SECRET, SMTP_URL: sink.url, MAIL_FROM: '시웃월드 <fair@example.kr>', PUBLIC_URL: 'https://fair.example.kr', ...env });
    const { gameServer } = await createApp({ env: appEnv, log, venue, distDir: '/nonexistent' });
    shutdown = () => gameServer.gracefullyShutdown(false);
    base = `http://127.0.0.1:${port}/api`;
    as.admin = await caller('admin');
    as.moderator = await caller('moderator');
    as.member = await caller('enterprise', 'cut-the-trash');
  });

  afterAll(async () => {
    await shutdown?.();
    await sink?.close();
    await backend.stop();
  });

  it('the preview names each row’s problems and writes nothing', async () => {
    const before = await boothIds();
    const preview = await answerOf(await as.admin('POST', '/admin/enterprise-import/preview', { csv: CSV }), 200);
    expect(preview.rows.map((r) => [r.row, r.status, r.issues])).toEqual([
      [2, 'ready', []],
      [3, 'ready', []],
      [4, 'error', ['email_invalid', 'certification_unknown']],
      [5, 'error', ['duplicate_in_file']],
    ]);
    expect(preview.rows[0]).toMatchObject({ name: '새싹 협동조합', email: 'sprout@example.kr', phone: '010-2222-3333', certifications: ['협동조합'] });
    expect(preview.rows[1]).toMatchObject({ name: '마을빵집, 본점', certifications: ['마을기업', '사회적기업'] });
    expect(preview).toMatchObject({ ready: 2, created: 0, skipped: 2 });
    expect(await boothIds()).toEqual(before);
    expect((await venue.repos.accounts.listInvitations()).length).toBe(0);
  });

  it('a broken file or one without the needed columns is refused whole, with its reason', async () => {
    const bad = async (csv: string) => (await answerOf(await as.admin('POST', '/admin/enterprise-import', { csv }), 200)).file;
    expect(await bad('기업명,연락처\n"열린 따옴표,a@b.kr\n')).toEqual({ error: 'unclosed_quote', line: 2 });
    expect(await bad('회사,인증\nx,마을기업\n')).toEqual({ error: 'missing_columns', fields: ['name', 'contact'] });
    expect((await venue.repos.accounts.listInvitations()).length).toBe(0);
    // Not a CSV string, or one past the size cap (the page says so before sending): the body is refused.
    for (const csv of [42, '가'.repeat(5200)]) expect(await (await as.admin('POST', '/admin/enterprise-import/preview', { csv })).json()).toEqual({ error: 'invalid', fields: ['csv'] });
  });

  it('the import makes a closed booth and a mailed invitation per ready row; the same file again makes nothing', async () => {
    const done = await answerOf(await as.admin('POST', '/admin/enterprise-import', { csv: CSV }), 201);
    expect(done).toMatchObject({ created: 2, skipped: 2 });
    const created = done.rows.filter((r) => r.status === 'created');
    expect(created.map((r) => r.email)).toEqual(['sprout@example.kr', 'bread@example.kr']);
    for (const r of created) expect(r).toMatchObject({ mailed: true, url: expect.stringMatching(/^https:\/\/fair\.example\.kr\/invite\/\S+$/) });

    const rows = await venue.boothRows();
    const sprout = rows.find((b) => b.id === created[0]!.boothId);
    expect(sprout).toMatchObject({ kind: 'enterprise', zoneId: 'enterprises', status: 'closed' });
    expect(sprout?.title.ko).toBe('새싹 협동조합');
    const invitations = await venue.repos.accounts.listInvitations();
    expect(invitations.map((i) => [i.role, i.boothId]).sort()).toEqual(created.map((r) => ['enterprise', r.boothId]).sort());
    expect(invitations.find((i) => i.boothId === created[0]!.boothId)?.note).toBe('새싹 협동조합 · sprout@example.kr · 010-2222-3333');

    const mails = await sink.waitFor(2);
    const toSprout = mails.find((m) => m.to.includes('sprout@example.kr'));
    expect(toSprout?.subject).toBe('[시웃월드] 새싹 협동조합 부스 초대');
    expect(toSprout?.text).toContain(created[0]!.url!);
    expect(toSprout?.text).toContain('Seeot World');

    const again = await answerOf(await as.admin('POST', '/admin/enterprise-import', { csv: CSV }), 200);
    expect(again).toMatchObject({ created: 0, ready: 0 });
    expect(again.rows.slice(0, 2).map((r) => [r.status, r.issues])).toEqual([
      ['skipped', ['already_imported']],
      ['skipped', ['already_imported']],
    ]);
    expect((await venue.repos.accounts.listInvitations()).length).toBe(2);
    expect((await venue.boothRows()).length).toBe(rows.length);
    expect(sink.mails.length).toBe(2);

    const audit = (await (await as.admin('GET', '/admin/moderation/audit?action=enterprisesImported')).json()) as { entries: { target: string }[] };
    expect(audit.entries.map((e) => e.target)).toEqual(['0 created, 4 skipped', '2 created, 2 skipped']);

    // The invitation, accepted, gives a member of the booth the import made; an account's address is then "taken".
    const token = created[1]!.url!.split('/').pop()!;
    const accepted = await fetch(`${base}/auth/links/${token}/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'owner@bread.example.kr', displayName: '빵집', password: TEST_PASSWORD }) });
    expect(accepted.status).toBe(201);
    expect((await accepted.json()).account.boothIds).toEqual([created[1]!.boothId]);
    const later = await answerOf(await as.admin('POST', '/admin/enterprise-import/preview', { csv: 'name,email\n다른 빵집,owner@bread.example.kr\n' }), 200);
    expect(later.rows[0]).toMatchObject({ status: 'skipped', issues: ['email_taken'] });
  });

  it('only admins import: moderators and enterprise members get 403, a guest 401', async () => {
    for (const path of ['/admin/enterprise-import/preview', '/admin/enterprise-import']) {
      expect((await as.moderator('POST', path, { csv: CSV })).status).toBe(403);
      expect((await as.member('POST', path, { csv: CSV })).status).toBe(403);
      expect((await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ csv: CSV }) })).status).toBe(401);
    }
  });

  it('admins export the accounts as CSV, audited; others may not', async () => {
    const r = await as.admin('GET', '/admin/accounts.csv?lang=en');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/csv');
    const text = await r.text();
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Email,Name,Role,Booths,State,Two-step sign-in');
    expect(text).toContain('owner@bread.example.kr,빵집,Enterprise member');
    expect((await as.moderator('GET', '/admin/accounts.csv')).status).toBe(403);
    expect((await fetch(`${base}/admin/accounts.csv`)).status).toBe(401);
    const audit = (await (await as.admin('GET', '/admin/moderation/audit?action=personalDataExported')).json()) as { entries: { target: string }[] };
    expect(audit.entries).toHaveLength(1);
  });
});
