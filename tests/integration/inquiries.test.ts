/**
 * Consultations and purchase inquiries on both drivers (embedded PGlite in its worker, a private
 * PostgreSQL), through the real app with a local SMTP sink: a visitor's inquiry is stored and
 * receipted, the booth's members and the visitor are mailed, nothing is stored without consent or
 * with a bad contact, SOS goes to staff, inboxes are each booth's own, the CSV opens safely in
 * Excel, the retention job (and a deletion request) erases personal data, and a failing mail server neither blocks
 * a request nor loses the mail. A server SIGKILLed while inquiries arrive loses none it acknowledged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, SESSION_COOKIE, type Role } from '../../shared/api/account.ts';
import { InquiryBodySchema, InquiryListSchema, InquiryReceiptSchema, type InquiryBodyInput, type InquiryReceipt } from '../../shared/api/inquiry.ts';
import { CONSENT_VERSION } from '../../shared/privacy/notices.ts';
import { createApp } from '../../server/app.ts';
import { newAccountId, startSession } from '../../server/auth/accountSessions.ts';
import { parseEnv } from '../../server/env.ts';
import { createMailer } from '../../server/inquiries/mailer.ts';
import { REFERENCE_PATTERN } from '../../server/inquiries/reference.ts';
import { createInquiryService } from '../../server/inquiries/service.ts';
import { createLogger } from '../../server/logger.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import type { VenueService } from '../../server/venue/venueService.ts';
import { seedDataDir } from '../helpers/pgliteTemplate.ts';
import { dbBackends } from '../helpers/dbBackends.ts';
import { freePort, startServer } from '../helpers/serverProcess.ts';
import { startSmtpSink, type SmtpSink, type SunkMail } from '../helpers/smtpSink.ts';

const log = createLogger('silent');
const SECRET = 'inquiries-test-secret-0123456789abcdefghij';
const A = 'cut-the-trash';
const B = 'vq-studio';
/** A programme booth: the center's own, so nothing is provided to a third party. */
const PROGRAMME = 'consulting';
const DAY_MS = 24 * 3600_000;

const backends = dbBackends('inquiries');

interface Caller {
  email: string;
  get(path: string): Promise<Response>;
  send(method: string, path: string, body?: unknown, opts?: { csrf?: boolean }): Promise<Response>;
}

const consultation = (over: Partial<InquiryBodyInput> = {}): InquiryBodyInput => ({
  kind: 'consultation',
  boothId: A,
  name: '김민지',
  contact: 'minji@example.kr',
  message: '제품 상담을 받고 싶습니다.',
  consents: { collection: true, provision: true, version: CONSENT_VERSION },
  lang: 'ko',
  ...over,
});

describe.each(backends)('inquiries on $name', { timeout: 90_000 }, (backend) => {
  let venue: VenueService;
  let sink: SmtpSink;
  let shutdown: () => Promise<void>;
  let base: string;
  const as = {} as Record<'memberA' | 'memberB' | 'admin' | 'moderator', Caller>;

  async function account(role: Role, boothId?: string): Promise<Caller> {
    const id = newAccountId();
    const email = `${role}-${id.slice(0, 8)}@example.kr`;
    const made = await venue.repos.accounts.createAccount({ id, email, displayName: role, role, passwordHash: 'unused', ...(boothId ? { boothId } : {}) });
    if (!made.ok) throw new Error(made.reason);
    const s = await startSession(venue.repos.accounts, { id });
    const cookie = `${SESSION_COOKIE}=${s.token}`;
    const headers = (csrf: boolean): Record<string, string> => ({ cookie, ...(csrf ? { [CSRF_HEADER]: s.csrfToken } : {}) });
    return {
      email,
      get: (path) => fetch(base + path, { headers: headers(false) }),
      send: (method, path, body, { csrf = true } = {}) =>
        fetch(base + path, { method, headers: { ...headers(csrf), 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }),
    };
  }

  /**
   * Each request from an address of its own unless told (the app trusts loopback's X-Forwarded-For),
   * so only the limit tests below meet the per-address limit.
   */
  let addresses = 0;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/inquiries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.1.${Math.floor(++addresses / 250)}.${addresses % 250}`, ...headers },
      body: JSON.stringify(body),
    });
  const submit = async (body: InquiryBodyInput): Promise<InquiryReceipt> => {
    const r = await post(body);
    expect(r.status, await r.clone().text()).toBe(201);
    return InquiryReceiptSchema.parse(await r.json());
  };
  const inbox = async (c: Caller, boothId: string) => InquiryListSchema.parse(await (await c.get(`/studio/inquiries?boothId=${boothId}`)).json()).inquiries;
  /** The mails whose text names `reference`, once `n` of them have arrived. */
  async function mailsAbout(reference: string, n: number): Promise<SunkMail[]> {
    const about = () => sink.mails.filter((m) => m.text.includes(reference));
    await expect.poll(() => about().length, { timeout: 15_000 }).toBeGreaterThanOrEqual(n);
    return about();
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    const env = await backend.env();
    venue = await openVenue(env, log);
    const port = await freePort();
    const appEnv = parseEnv({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SESSION_SECRET: SECRET, TRUST_PROXY: 'loopback', SMTP_URL: sink.url, MAIL_FROM: '시웃월드 <fair@example.kr>', ...env });
    const { gameServer } = await createApp({ env: appEnv, log, venue, distDir: '/nonexistent' });
    shutdown = () => gameServer.gracefullyShutdown(false);
    base = `http://127.0.0.1:${port}/api`;
    as.memberA = await account('enterprise', A);
    as.memberB = await account('enterprise', B);
    as.admin = await account('admin');
    as.moderator = await account('moderator');
  });

  afterAll(async () => {
    await shutdown?.();
    await sink?.close();
    await backend.stop();
  });

  it('a consultation is stored and receipted; the booth’s member is mailed, and so is the visitor’s receipt', async () => {
    const receipt = await submit(consultation());
    expect(receipt.reference).toMatch(REFERENCE_PATTERN);
    expect(receipt).toMatchObject({ kind: 'consultation', boothId: A, emailed: true });
    // Kept for the default 365 days, then erased.
    expect(Date.parse(receipt.deleteAfter) - Date.parse(receipt.createdAt)).toBe(365 * DAY_MS);

    const [row] = (await inbox(as.memberA, A)).filter((q) => q.reference === receipt.reference);
    expect(row).toMatchObject({ status: 'new', name: '김민지', email: 'minji@example.kr', phone: null, message: '제품 상담을 받고 싶습니다.', erasedAt: null });
    expect(await (await as.memberA.get(`/studio/inquiries/unread?boothId=${A}`)).json()).toEqual({ count: 1 });

    const mails = await mailsAbout(receipt.reference, 2);
    const notice = mails.find((m) => m.to.includes(as.memberA.email));
    expect(notice?.to).toEqual([as.memberA.email]);
    expect(notice?.from).toBe('fair@example.kr');
    expect(notice?.subject).toContain(receipt.reference);
    expect(notice?.text).toContain('제품 상담을 받고 싶습니다.');
    const toVisitor = mails.find((m) => m.to.includes('minji@example.kr'));
    expect(toVisitor?.subject).toContain(receipt.reference);
    expect(toVisitor?.text).toContain('김민지');
    // Nobody else's inbox hears of it.
    expect(sink.mails.some((m) => m.to.includes(as.memberB.email))).toBe(false);
  });

  it('a mail server refusing for a while neither delays the answer nor loses the mail: it is retried', async () => {
    sink.failNext(1);
    const receipt = await submit(consultation({ contact: 'retry@example.kr', message: '메일 서버가 바쁠 때' }));
    // Answered before any mail went out (the first attempt is refused, the next waits 2 s).
    expect(sink.mails.some((m) => m.text.includes(receipt.reference))).toBe(false);
    const mails = await mailsAbout(receipt.reference, 2);
    expect(new Set(mails.flatMap((m) => m.to))).toEqual(new Set([as.memberA.email, 'retry@example.kr']));
  });

  it('without both consents nothing is stored: 400 consent_required', async () => {
    const before = (await inbox(as.memberA, A)).length;
    for (const consents of [
      { collection: true, provision: false, version: CONSENT_VERSION },
      { collection: false, provision: true, version: CONSENT_VERSION },
      { collection: true, version: CONSENT_VERSION },
    ]) {
      const r = await post(consultation({ consents, message: '동의 없이 보냄' }));
      expect(r.status).toBe(400);
      expect(await r.json()).toEqual({ error: 'consent_required' });
    }
    expect(await inbox(as.memberA, A)).toHaveLength(before);
    // Notices older than the server's: read them again (409), nothing stored either.
    const old = await post(consultation({ consents: { collection: true, provision: true, version: '2000-01-01' } }));
    expect(old.status).toBe(409);
    expect(await inbox(as.memberA, A)).toHaveLength(before);
    // The center's own programme booth provides nothing to a third party: collection alone suffices.
    const r = await submit(consultation({ boothId: PROGRAMME, contact: '010 9876 5432', consents: { collection: true, version: CONSENT_VERSION } }));
    expect(r).toMatchObject({ boothId: PROGRAMME, emailed: false });
  });

  it('a bad email or phone is refused naming the contact field; a phone is stored as 010-1234-5678; an unknown booth is 404', async () => {
    for (const contact of ['minji@', 'minji@example', '010-123', '555-1234', '+1 202 555 0100', '']) {
      const r = await post(consultation({ contact }));
      expect(r.status, contact).toBe(400);
      const body = (await r.json()) as { error: string; fields: Record<string, string> };
      expect(body.error).toBe('invalid');
      expect(body.fields.contact, contact).toBe(contact === '' ? 'required' : 'contact_invalid');
    }
    const ok = await submit(consultation({ contact: '01012345678' }));
    expect(ok.emailed).toBe(false);
    const row = (await inbox(as.memberA, A)).find((q) => q.reference === ok.reference);
    expect(row).toMatchObject({ phone: '010-1234-5678', email: null });

    expect((await post(consultation({ boothId: 'no-such-booth' }))).status).toBe(404);
    // 구매 문의 only where the enterprise is eligible for priority purchase (none in the brochure).
    const purchase = { organisation: '부천시청', purpose: '행사 기념품', quantity: 100, budgetWon: 1_000_000 };
    const refused = await post(consultation({ kind: 'purchase', purchase }));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: 'purchase_unavailable' });
  });

  it('malformed JSON, wrong types, a body over 16 KB or none: 4xx with a code, nothing stored, the server answers on', async () => {
    const before = (await inbox(as.memberA, A)).length;
    const raw = (body: string, type = 'application/json') =>
      fetch(`${base}/inquiries`, { method: 'POST', headers: { 'content-type': type, 'x-forwarded-for': '10.3.0.1' }, body });
    const answers = [
      await raw('{"kind": "consultation",'),
      await raw('[1,2,3]'),
      await raw(JSON.stringify({ ...consultation(), name: 42, consents: 'yes' })),
      await raw(JSON.stringify(consultation({ message: 'x'.repeat(17 * 1024) }))),
      await raw('kind=consultation', 'application/x-www-form-urlencoded'),
    ];
    expect(answers.map((r) => r.status)).toEqual([400, 400, 400, 413, 400]);
    expect(await Promise.all(answers.map(async (r) => ((await r.json()) as { error: string }).error))).toEqual(['malformed_json', 'invalid', 'invalid', 'too_large', 'invalid']);
    expect(await inbox(as.memberA, A)).toHaveLength(before);
    expect((await fetch(`${base}/inquiries/policy`)).status).toBe(200);
  });

  it('SOS consulting has no booth and goes to staff; staff see every inquiry of the fair, members only their booth’s', async () => {
    const receipt = await submit(consultation({ kind: 'sos', boothId: undefined, consents: { collection: true, version: CONSENT_VERSION } }));
    expect(receipt.boothId).toBeNull();
    const mails = await mailsAbout(receipt.reference, 2);
    const notice = mails.find((m) => !m.to.includes('minji@example.kr'));
    expect(new Set(notice?.to)).toEqual(new Set([as.admin.email, as.moderator.email]));

    const all = InquiryListSchema.parse(await (await as.moderator.get('/admin/inquiries?fairId=1')).json()).inquiries;
    expect(all.map((q) => q.reference)).toContain(receipt.reference);
    expect(new Set(all.map((q) => q.boothId))).toEqual(new Set([A, PROGRAMME, null]));
    expect((await as.memberA.get('/admin/inquiries?fairId=1')).status).toBe(403);
    expect((await as.memberB.get(`/studio/inquiries?boothId=${A}`)).status).toBe(403);
    expect((await fetch(`${base}/studio/inquiries?boothId=${A}`)).status).toBe(401);
    // Staff read any booth's inbox.
    expect((await as.admin.get(`/studio/inquiries?boothId=${A}`)).status).toBe(200);
  });

  it('a member moves an inquiry new → answered → closed; another booth’s member cannot, nor a write without CSRF', async () => {
    const { reference } = await submit(consultation({ name: '상태 시험' }));
    const row = (await inbox(as.memberA, A)).find((q) => q.reference === reference)!;
    const unread = async () => ((await (await as.memberA.get(`/studio/inquiries/unread?boothId=${A}`)).json()) as { count: number }).count;
    const before = await unread();
    expect((await as.memberB.send('PATCH', `/studio/inquiries/${row.id}`, { status: 'answered' })).status).toBe(404);
    expect((await as.memberA.send('PATCH', `/studio/inquiries/${row.id}`, { status: 'answered' }, { csrf: false })).status).toBe(403);
    expect((await as.memberA.send('PATCH', `/studio/inquiries/${row.id}`, { status: 'done' })).status).toBe(400);
    const answered = await as.memberA.send('PATCH', `/studio/inquiries/${row.id}`, { status: 'answered' });
    expect(answered.status).toBe(200);
    expect(await answered.json()).toMatchObject({ reference, status: 'answered' });
    expect(await unread()).toBe(before - 1);
    expect((await as.memberA.send('PATCH', `/studio/inquiries/${row.id}`, { status: 'closed' })).status).toBe(200);
    expect((await inbox(as.memberA, A)).find((q) => q.reference === reference)?.status).toBe('closed');
  });

  it('the CSV is UTF-8 with a BOM, RFC 4180 quoted, and a cell that would run as a formula is defused', async () => {
    const { reference } = await submit(consultation({ name: '=HYPERLINK("http://evil.example","보기")', message: '첫 줄, 쉼표\n둘째 줄 "따옴표"', contact: 'kim@example.kr' }));
    const r = await as.memberA.get(`/studio/inquiries.csv?boothId=${A}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toContain('attachment');
    const bytes = Buffer.from(await r.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('접수 번호,접수 일시,종류,부스,상태,이름,이메일,전화번호,문의 내용,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const line = text.split('\r\n').find((l) => l.startsWith(reference));
    // The name: apostrophe first, quotes doubled, the whole cell quoted.
    expect(line).toContain(`,"'=HYPERLINK(""http://evil.example"",""보기"")",kim@example.kr,`);
    // The message's line break stays inside its quoted cell: the record continues on the next line.
    expect(text).toContain(`,"첫 줄, 쉼표\n둘째 줄 ""따옴표""",`);
    // Staff export the whole fair; members cannot.
    expect((await as.admin.get('/admin/inquiries.csv?fairId=1')).status).toBe(200);
    expect((await as.memberA.get('/admin/inquiries.csv?fairId=1')).status).toBe(403);
  });

  it('the retention job erases name, contact, message and details once delete_after has passed, not a moment before', async () => {
    let clock = Date.now();
    const service = createInquiryService({
      repo: venue.repos.inquiries,
      venue: async () => (await venue.getVenue()).venue,
      mailer: createMailer({ smtpUrl: undefined, from: 'x@example.kr', log }),
      retentionDays: 30,
      log,
      now: () => new Date(clock),
    });
    const r = await service.submit(InquiryBodySchema.parse(consultation({ name: '지울 사람' })));
    if (!r.ok) throw new Error(r.error);
    const stored = async () => (await inbox(as.memberA, A)).find((q) => q.reference === r.receipt.reference)!;
    clock += 30 * DAY_MS - 1;
    await service.eraseExpired();
    expect(await stored()).toMatchObject({ name: '지울 사람', email: 'minji@example.kr', erasedAt: null });
    clock += 1;
    expect(await service.eraseExpired()).toBeGreaterThanOrEqual(1);
    const erased = await stored();
    expect(erased).toMatchObject({ name: null, email: null, phone: null, message: null, purchase: null, erasedAt: new Date(clock).toISOString() });
    // The anonymous row stays for the counts staff report.
    expect(erased).toMatchObject({ reference: r.receipt.reference, kind: 'consultation', boothId: A });
  });

  it('a deletion request: staff erase one inquiry at once; members cannot', async () => {
    const { reference } = await submit(consultation({ name: '삭제 요청자' }));
    const row = (await inbox(as.memberA, A)).find((q) => q.reference === reference)!;
    expect((await as.memberA.send('POST', `/admin/inquiries/${row.id}/erase`)).status).toBe(403);
    expect((await as.admin.send('POST', `/admin/inquiries/${row.id}/erase`, undefined, { csrf: false })).status).toBe(403);
    const erased = await as.admin.send('POST', `/admin/inquiries/${row.id}/erase`);
    expect(erased.status).toBe(200);
    expect(await erased.json()).toMatchObject({ reference, name: null, email: null, message: null });
    expect((await inbox(as.memberA, A)).find((q) => q.reference === reference)).toMatchObject({ name: null, erasedAt: expect.any(String) });
    expect((await as.admin.send('POST', '/admin/inquiries/no-such-id/erase')).status).toBe(404);
  });

  it('per visitor: the sixth inquiry in a row from one guest is refused with 429 and Retry-After', async () => {
    const session = await fetch(`${base}/session`);
    const cookie = session.headers.get('set-cookie')!.split(';')[0]!;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await post(consultation({ contact: '010-2222-3333' }), { cookie })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    const refused = await post(consultation(), { cookie });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: 'rate_limited' });
  });

  it('per address: fresh guests from one address get 30, then 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await post(consultation({ contact: '010-4444-5555' }), { 'x-forwarded-for': '10.2.0.1' })).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(30);
    expect(statuses.at(-1)).toBe(429);
  });

});

describe('a server SIGKILLed while inquiries arrive (embedded PGlite)', () => {
  it('loses none it acknowledged, and no inquiry shows half-written', async () => {
    const root = mkdtempSync(join(tmpdir(), 'seeot-inquiries-kill-'));
    const env = { DATA_DIR: join(root, 'data'), SESSION_SECRET: SECRET, TRUST_PROXY: 'loopback', LOG_LEVEL: 'info' };
    try {
      await seedDataDir(env.DATA_DIR);
      const first = await startServer(env);
      // No SMTP_URL: no mail, and one line at start says so.
      expect(first.output().match(/mail off/g)).toHaveLength(1);
      const acked: string[] = [];
      let n = 0;
      // Three senders at once, from addresses of their own, until the tenth acknowledgement: then the kill,
      // with more inquiries in flight.
      const sender = async () => {
        while (acked.length < 10) {
          const i = ++n;
          const r = await fetch(`${first.url}/api/inquiries`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.0.${i}` },
            body: JSON.stringify(consultation({ name: `보낸 사람 ${i}`, message: `문의 ${i}` })),
          }).catch(() => null);
          if (r?.status === 201) acked.push(((await r.json()) as InquiryReceipt).reference);
        }
        first.child.kill('SIGKILL');
      };
      await Promise.all([sender(), sender(), sender()]);
      expect((await first.exited).signal).toBe('SIGKILL');

      // Opened again as the next start opens it (its worker, its migrations), and read whole.
      const reopened = await openVenue({ DATA_DIR: env.DATA_DIR }, log);
      try {
        const rows = await reopened.repos.inquiries.list({ fairId: 1 });
        const stored = new Set(rows.map((r) => r.reference));
        expect(acked.filter((ref) => !stored.has(ref))).toEqual([]);
        for (const r of rows) {
          const i = /^보낸 사람 (\d+)$/.exec(r.name ?? '')?.[1];
          expect(r, r.reference).toMatchObject({ email: 'minji@example.kr', message: `문의 ${i}`, erasedAt: null, boothId: A });
        }
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
