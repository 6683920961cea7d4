/**
 * Who may do what, as data: every HTTP route the app mounts and every hall message, with what each
 * kind of caller gets. tests/integration/authz-matrix.test.ts runs every row against a real server
 * for every principal, and fails when the app has a route (or the protocol a message type) that
 * has no row here, or a row names one that no longer exists. tests/integration/http-fuzz.test.ts
 * sends hostile bodies to the JSON rows.
 *
 * An outcome is `allowed` (the route did its work and answered the row's `allowed` status; a row
 * whose request is deliberately harmless may expect a 400 or 404 from the handler itself, which
 * still proves the caller got past every check of who they are) or the refusal the caller gets:
 * 401 (no session), 403 (signed in, not allowed) or 404 (refused as if it did not exist, so ids
 * cannot be probed).
 */
import type { ClientMessageType } from '../../shared/protocol/index.ts';
import { ORDER_CONSENT_VERSION } from '../../shared/api/orders.ts';
import { CONSENT_VERSION } from '../../shared/privacy/notices.ts';

export const PRINCIPALS = ['anonymous', 'visitor', 'memberA', 'memberB', 'moderator', 'admin'] as const;
/**
 * anonymous: no cookie at all; visitor: a guest cookie from GET /api/session, no account;
 * memberA / memberB: enterprise members of booth A / booth B (through invitations);
 * moderator and admin: staff accounts.
 */
export type Principal = (typeof PRINCIPALS)[number];

export type Outcome = 'allowed' | 401 | 403 | 404;
export type Outcomes = Record<Principal, Outcome>;

/** What the rows' paths and bodies are filled from: things the test made on the server first. */
export interface MatrixContext {
  boothA: string;
  boothB: string;
  /** An inquiry sent to booth A. */
  inquiryA: string;
  /** A picture stored for booth A, and one of its variant files (`sign.webp`). */
  mediaA: { id: string; file: string };
  /** An unused invitation's token. */
  inviteToken: string;
  /** Member B's account id (admins may make it a reset link). */
  memberBAccount: string;
}

export interface HttpRow {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as express has it mounted (the completeness check compares these; a route may have several rows). */
  route: string;
  /** The path (and query) requested. */
  path: (c: MatrixContext) => string;
  /** A JSON body, unless `raw` is given. */
  body?: (c: MatrixContext) => unknown;
  /** A body sent as these bytes with this content type (the picture upload). */
  raw?: { type: string; bytes: string };
  /** The status an allowed caller gets. */
  allowed: number;
  /** …on a checkout whose client is not built yet (`npm test` runs the integration tests before the build). */
  allowedUnbuilt?: number;
  who: Outcomes;
  /** Ends the caller's session: run after every other row. */
  last?: true;
  /** Reads a JSON body: the fuzz test sends it hostile ones (rows without it ignore any body). */
  json?: true;
  /** Body keys for which null is a meaning of its own (the pin's null unpins): the fuzz's wrong values leave null out there. */
  nullable?: readonly string[];
  /** Answers a stream that stays open (Server-Sent Events): only the status is read. */
  stream?: true;
  /** A page people open (HTML): what it refuses, it refuses with the not-found page, not JSON. */
  page?: true;
}

/** Outcomes from a default with exceptions. */
const who = (all: Outcome, except: Partial<Outcomes> = {}): Outcomes =>
  Object.fromEntries(PRINCIPALS.map((p) => [p, except[p] ?? all])) as Outcomes;

const everyone = who('allowed');
/** Any signed-in account. */
const accounts = who('allowed', { anonymous: 401, visitor: 401 });
/** Admins and moderators. */
const staff = who(403, { anonymous: 401, visitor: 401, moderator: 'allowed', admin: 'allowed' });
const admins = who(403, { anonymous: 401, visitor: 401, admin: 'allowed' });
/** Members of booth A and staff; members of booth B and staff. */
const boothA = who('allowed', { anonymous: 401, visitor: 401, memberB: 403 });
const boothB = who('allowed', { anonymous: 401, visitor: 401, memberA: 403 });

/** The client's page route (server/http/static.ts CLIENT_PATHS): every path outside the API and probes. */
export const PAGE_ROUTE = '/^\\/(?!api\\/|healthz|readyz|metrics).*/';

const unknownId = 'no-such-id';
/** A UUID nothing has: the orders' routes check an id's shape before asking the database. */
const unknownUuid = '00000000-0000-4000-8000-000000000000';
/** An order of a listing that does not exist (404 unknown_listing once past the checks). */
const orderBody = {
  listingId: unknownUuid,
  quantity: 1,
  buyerName: '김민지',
  phone: '010-1234-5678',
  address: '부천시 원미구 길주로 1',
  consents: { collection: true, provision: true, version: ORDER_CONSENT_VERSION },
  idempotencyKey: '00000000-0000-4000-8000-000000000001',
  lang: 'ko',
};
const orderLookup = { number: '7KQ2-M9XP', phone: '010-1234-5678' };
const guest = 'g_AAAAAAAAAAAAAAAA';
/** A live id of the right shape that no live has. */
const unknownLive = 'no-such-live';

export const HTTP_ROWS: HttpRow[] = [
  // Probes, public data and pages.
  { method: 'GET', route: '/healthz', path: () => '/healthz', allowed: 200, who: everyone },
  { method: 'GET', route: '/readyz', path: () => '/readyz', allowed: 200, who: everyone },
  // A bearer token (METRICS_TOKEN) opens it, never an account or a cookie.
  { method: 'GET', route: '/metrics', path: () => '/metrics', allowed: 200, who: who(401) },
  // `?fair=`: a timed fair's shards (none listed for a fair with no shard open).
  { method: 'GET', route: '/api/hall/shards', path: () => '/api/hall/shards?fair=spring-fair', allowed: 200, who: everyone },
  { method: 'GET', route: '/api/session', path: () => '/api/session', allowed: 200, who: everyone },
  { method: 'GET', route: '/api/catalogue', path: () => '/api/catalogue', allowed: 200, who: everyone },
  { method: 'GET', route: '/api/booths/:id', path: (c) => `/api/booths/${c.boothA}`, allowed: 200, who: everyone },
  { method: 'GET', route: '/api/venue/events', path: () => '/api/venue/events', allowed: 200, who: everyone, stream: true },
  { method: 'GET', route: '/media/:id/:file', path: (c) => `/media/${c.mediaA.id}/${c.mediaA.file}`, allowed: 200, who: everyone },
  // A private page's shell is public: what it shows comes from the API rows below.
  { method: 'GET', route: PAGE_ROUTE, path: () => '/studio', allowed: 200, allowedUnbuilt: 503, who: everyone },

  // Signing in, the first admin, links. Bodies are left invalid where a valid one would use the link up.
  { method: 'GET', route: '/api/auth/me', path: () => '/api/auth/me', allowed: 200, who: accounts },
  { method: 'POST', route: '/api/auth/login', path: () => '/api/auth/login', body: () => ({}), allowed: 400, who: everyone, json: true },
  { method: 'POST', route: '/api/auth/logout', path: () => '/api/auth/logout', body: () => ({}), allowed: 204, who: accounts, last: true },
  { method: 'GET', route: '/api/auth/setup', path: () => '/api/auth/setup', allowed: 200, who: everyone },
  // The sign-in's second step (a challenge from the password step, then a code) and a staff member's own TOTP.
  { method: 'POST', route: '/api/auth/login/totp', path: () => '/api/auth/login/totp', body: () => ({}), allowed: 400, who: everyone, json: true },
  { method: 'GET', route: '/api/auth/totp/', path: () => '/api/auth/totp', allowed: 200, who: staff },
  { method: 'POST', route: '/api/auth/totp/enrol', path: () => '/api/auth/totp/enrol', body: () => ({}), allowed: 201, who: staff },
  { method: 'POST', route: '/api/auth/totp/confirm', path: () => '/api/auth/totp/confirm', body: () => ({}), allowed: 400, who: staff, json: true },
  { method: 'POST', route: '/api/auth/totp/disable', path: () => '/api/auth/totp/disable', body: () => ({}), allowed: 400, who: staff, json: true },
  // The admin exists: the code is used up, whoever asks.
  {
    method: 'POST',
    route: '/api/auth/setup',
    path: () => '/api/auth/setup',
    body: () => ({ code: 'AAAA-BBBB-CCCC', email: 'second@example.kr', displayName: '둘째', password: 'correct horse battery' }),
    allowed: 409,
    who: everyone,
    json: true,
  },
  { method: 'GET', route: '/api/auth/links/:token', path: (c) => `/api/auth/links/${c.inviteToken}`, allowed: 200, who: everyone },
  { method: 'POST', route: '/api/auth/links/:token/accept', path: (c) => `/api/auth/links/${c.inviteToken}/accept`, body: () => ({}), allowed: 400, who: everyone, json: true },
  { method: 'POST', route: '/api/auth/links/:token/reset', path: (c) => `/api/auth/links/${c.inviteToken}/reset`, body: () => ({}), allowed: 400, who: everyone, json: true },

  // Accounts and invitations: admins only.
  { method: 'GET', route: '/api/admin/accounts', path: () => '/api/admin/accounts', allowed: 200, who: admins },
  { method: 'GET', route: '/api/admin/invitations', path: () => '/api/admin/invitations', allowed: 200, who: admins },
  { method: 'POST', route: '/api/admin/invitations', path: () => '/api/admin/invitations', body: () => ({ role: 'moderator' }), allowed: 201, who: admins, json: true },
  { method: 'POST', route: '/api/admin/accounts/:id/reset', path: (c) => `/api/admin/accounts/${c.memberBAccount}/reset`, body: () => ({}), allowed: 201, who: admins },
  { method: 'POST', route: '/api/admin/accounts/:id/disable', path: () => `/api/admin/accounts/${unknownId}/disable`, body: () => ({}), allowed: 404, who: admins },
  { method: 'POST', route: '/api/admin/accounts/:id/totp/reset', path: () => `/api/admin/accounts/${unknownId}/totp/reset`, body: () => ({}), allowed: 404, who: admins },
  { method: 'GET', route: '/api/admin/accounts.csv', path: () => '/api/admin/accounts.csv', allowed: 200, who: admins },
  // Harmless on purpose: a preview writes nothing, and an import of one bad row creates nothing.
  { method: 'POST', route: '/api/admin/enterprise-import/preview', path: () => '/api/admin/enterprise-import/preview', body: () => ({ csv: 'name,email\n권한 시험,authz@example.kr\n' }), allowed: 200, who: admins, json: true },
  { method: 'POST', route: '/api/admin/enterprise-import', path: () => '/api/admin/enterprise-import', body: () => ({ csv: 'name,email\n권한 시험,not-an-address\n' }), allowed: 200, who: admins, json: true },

  // The staff API: bans and announcements.
  { method: 'GET', route: '/api/staff/me', path: () => '/api/staff/me', allowed: 200, who: staff },
  { method: 'GET', route: '/api/staff/bans', path: () => '/api/staff/bans', allowed: 200, who: staff },
  { method: 'POST', route: '/api/staff/bans', path: () => '/api/staff/bans', body: () => ({ guestId: guest, minutes: 1, reason: 'matrix' }), allowed: 201, who: staff, json: true },
  { method: 'DELETE', route: '/api/staff/bans/:key', path: () => `/api/staff/bans/g:${guest}`, allowed: 204, who: staff },
  { method: 'POST', route: '/api/staff/announce', path: () => '/api/staff/announce', body: () => ({ text: '안내 방송 시험' }), allowed: 201, who: staff, json: true },

  // Moderation in /admin: staff moderate and read the audit log; only admins change the banned words.
  { method: 'GET', route: '/api/admin/moderation/reports', path: () => '/api/admin/moderation/reports?status=closed', allowed: 200, who: staff },
  { method: 'POST', route: '/api/admin/moderation/reports/:id/close', path: () => '/api/admin/moderation/reports/matrix/close', body: () => ({ status: 'dismissed' }), allowed: 404, who: staff, json: true },
  { method: 'POST', route: '/api/admin/moderation/actions', path: () => '/api/admin/moderation/actions', body: () => ({ action: 'kick', guestId: guest, reason: 'matrix' }), allowed: 201, who: staff, json: true },
  { method: 'GET', route: '/api/admin/moderation/bans', path: () => '/api/admin/moderation/bans', allowed: 200, who: staff },
  { method: 'POST', route: '/api/admin/moderation/bans/lift', path: () => '/api/admin/moderation/bans/lift', body: () => ({ key: `g:${guest}` }), allowed: 204, who: staff, json: true },
  { method: 'GET', route: '/api/admin/moderation/mutes', path: () => '/api/admin/moderation/mutes', allowed: 200, who: staff },
  { method: 'GET', route: '/api/admin/moderation/audit', path: () => '/api/admin/moderation/audit?action=kick', allowed: 200, who: staff },
  { method: 'GET', route: '/api/admin/moderation/words', path: () => '/api/admin/moderation/words', allowed: 200, who: staff },
  { method: 'POST', route: '/api/admin/moderation/words', path: () => '/api/admin/moderation/words', body: () => ({ word: '행렬시험' }), allowed: 201, who: admins, json: true },
  { method: 'POST', route: '/api/admin/moderation/words/remove', path: () => '/api/admin/moderation/words/remove', body: () => ({ word: '없는단어' }), allowed: 404, who: admins, json: true },

  // The booth editor and its approval queue.
  { method: 'GET', route: '/api/studio/booths/:boothId', path: (c) => `/api/studio/booths/${c.boothA}`, allowed: 200, who: boothA },
  { method: 'GET', route: '/api/studio/booths/:boothId', path: (c) => `/api/studio/booths/${c.boothB}`, allowed: 200, who: boothB },
  { method: 'PUT', route: '/api/studio/booths/:boothId', path: (c) => `/api/studio/booths/${c.boothA}`, body: () => ({}), allowed: 400, who: boothA, json: true },
  { method: 'GET', route: '/api/admin/edits', path: () => '/api/admin/edits', allowed: 200, who: staff },
  { method: 'POST', route: '/api/admin/edits/:id/approve', path: () => '/api/admin/edits/999999/approve', body: () => ({}), allowed: 404, who: staff },
  { method: 'POST', route: '/api/admin/edits/:id/reject', path: () => '/api/admin/edits/999999/reject', body: () => ({ reason: 'matrix' }), allowed: 404, who: staff, json: true },
  { method: 'GET', route: '/api/admin/fairs/:id', path: () => '/api/admin/fairs/1', allowed: 200, who: staff },
  // Whether edits wait for approval is the venue's policy: admins only.
  { method: 'PATCH', route: '/api/admin/fairs/:id', path: () => '/api/admin/fairs/1', body: () => ({}), allowed: 400, who: admins, json: true },

  // Timed fairs: visitors read the published ones; staff read all in /admin, admins change them.
  { method: 'GET', route: '/api/fairs', path: () => '/api/fairs', allowed: 200, who: everyone },
  { method: 'GET', route: '/f/:slug', path: () => '/f/no-such-fair', allowed: 404, allowedUnbuilt: 503, who: everyone, page: true },
  { method: 'GET', route: '/f/:slug/events/:file', path: () => '/f/no-such-fair/events/1.ics', allowed: 404, allowedUnbuilt: 503, who: everyone, page: true },
  { method: 'GET', route: '/api/admin/fairs', path: () => '/api/admin/fairs', allowed: 200, who: staff },
  { method: 'POST', route: '/api/admin/fairs', path: () => '/api/admin/fairs', body: () => ({}), allowed: 400, who: admins, json: true },
  { method: 'PUT', route: '/api/admin/fairs/:id', path: () => '/api/admin/fairs/999999', body: () => ({}), allowed: 400, who: admins, json: true },
  { method: 'PUT', route: '/api/admin/fairs/:id/booths', path: () => '/api/admin/fairs/999999/booths', body: () => ({}), allowed: 400, who: admins, json: true },
  { method: 'POST', route: '/api/admin/fairs/:id/events', path: () => '/api/admin/fairs/999999/events', body: () => ({}), allowed: 400, who: admins, json: true },
  { method: 'DELETE', route: '/api/admin/fairs/:id/events/:eventId', path: () => '/api/admin/fairs/999999/events/1', allowed: 404, who: admins },
  // Announcements set for a later time (the permanent exhibition is fair 1).
  { method: 'GET', route: '/api/admin/fairs/:id/announcements', path: () => '/api/admin/fairs/1/announcements', allowed: 200, who: staff },
  { method: 'POST', route: '/api/admin/fairs/:id/announcements', path: () => '/api/admin/fairs/1/announcements', body: () => ({}), allowed: 400, who: staff, json: true },
  { method: 'DELETE', route: '/api/admin/fairs/:id/announcements/:announcementId', path: () => '/api/admin/fairs/1/announcements/999999', allowed: 404, who: staff },

  // The venue's booths in /admin: staff read and preview, admins change.
  { method: 'GET', route: '/api/admin/booths', path: () => '/api/admin/booths', allowed: 200, who: staff },
  { method: 'GET', route: '/api/admin/booths/:boothId/preview', path: (c) => `/api/admin/booths/${c.boothA}/preview?status=closed`, allowed: 200, who: staff },
  { method: 'POST', route: '/api/admin/booths', path: () => '/api/admin/booths', body: () => ({}), allowed: 400, who: admins, json: true },
  { method: 'PATCH', route: '/api/admin/booths/:boothId', path: (c) => `/api/admin/booths/${c.boothA}`, body: () => ({}), allowed: 400, who: admins, json: true },
  {
    method: 'POST',
    route: '/api/admin/booths/:boothId/members',
    path: (c) => `/api/admin/booths/${c.boothA}/members`,
    body: () => ({ accountId: 'no-such-account' }),
    allowed: 400,
    who: admins,
    json: true,
  },

  // Booth pictures: bytes that are no picture reach the check of what they are only for booth A's keepers.
  {
    method: 'POST',
    route: '/api/studio/booths/:boothId/media',
    path: (c) => `/api/studio/booths/${c.boothA}/media?kind=logo`,
    raw: { type: 'image/png', bytes: 'not a picture' },
    allowed: 415,
    who: boothA,
  },

  // Inquiries: anyone may send one; a booth's inbox is its members' and staff's; the fair's is staff's.
  { method: 'GET', route: '/api/inquiries/policy', path: () => '/api/inquiries/policy', allowed: 200, who: everyone },
  {
    method: 'POST',
    route: '/api/inquiries',
    path: () => '/api/inquiries',
    body: (c) => ({
      kind: 'consultation',
      boothId: c.boothA,
      name: '김민지',
      contact: '010-1234-5678',
      message: '상담 부탁드립니다.',
      consents: { collection: true, provision: true, version: CONSENT_VERSION },
      lang: 'ko',
    }),
    allowed: 201,
    who: everyone,
    json: true,
  },
  { method: 'GET', route: '/api/studio/inquiries', path: (c) => `/api/studio/inquiries?boothId=${c.boothA}`, allowed: 200, who: boothA },
  { method: 'GET', route: '/api/studio/inquiries', path: (c) => `/api/studio/inquiries?boothId=${c.boothB}`, allowed: 200, who: boothB },
  { method: 'GET', route: '/api/studio/inquiries/unread', path: (c) => `/api/studio/inquiries/unread?boothId=${c.boothA}`, allowed: 200, who: boothA },
  { method: 'GET', route: '/api/studio/inquiries.csv', path: (c) => `/api/studio/inquiries.csv?boothId=${c.boothA}`, allowed: 200, who: boothA },
  // Another booth's inquiry answers as if it did not exist.
  {
    method: 'PATCH',
    route: '/api/studio/inquiries/:id',
    path: (c) => `/api/studio/inquiries/${c.inquiryA}`,
    body: () => ({ status: 'answered' }),
    allowed: 200,
    who: { ...boothA, memberB: 404 },
    json: true,
  },
  { method: 'GET', route: '/api/admin/inquiries', path: () => '/api/admin/inquiries?fairId=1', allowed: 200, who: staff },
  { method: 'POST', route: '/api/admin/inquiries/:id/erase', path: () => `/api/admin/inquiries/${unknownId}/erase`, body: () => ({}), allowed: 404, who: staff },
  { method: 'GET', route: '/api/admin/inquiries.csv', path: () => '/api/admin/inquiries.csv?fairId=1', allowed: 200, who: staff },

  // Orders: anyone may read listings, order and find or cancel their order (number and phone are the
  // key); a booth's listings and orders are its members' and staff's; sales are staff's. Harmless
  // requests: no listing or order exists, so the handlers answer 400/404 once past every check.
  { method: 'GET', route: '/api/listings', path: (c) => `/api/listings?boothId=${c.boothA}`, allowed: 200, who: everyone },
  { method: 'POST', route: '/api/orders', path: () => '/api/orders', body: () => orderBody, allowed: 404, who: everyone, json: true },
  { method: 'POST', route: '/api/orders/lookup', path: () => '/api/orders/lookup', body: () => orderLookup, allowed: 404, who: everyone, json: true },
  { method: 'POST', route: '/api/orders/cancel', path: () => '/api/orders/cancel', body: () => orderLookup, allowed: 404, who: everyone, json: true },
  { method: 'GET', route: '/api/studio/booths/:boothId/listings', path: (c) => `/api/studio/booths/${c.boothA}/listings`, allowed: 200, who: boothA },
  { method: 'POST', route: '/api/studio/booths/:boothId/listings', path: (c) => `/api/studio/booths/${c.boothA}/listings`, body: () => ({}), allowed: 400, who: boothA, json: true },
  {
    method: 'PATCH',
    route: '/api/studio/booths/:boothId/listings/:listingId',
    path: (c) => `/api/studio/booths/${c.boothA}/listings/${unknownUuid}`,
    body: () => ({ active: false }),
    allowed: 404,
    who: boothA,
    json: true,
  },
  { method: 'GET', route: '/api/studio/booths/:boothId/orders', path: (c) => `/api/studio/booths/${c.boothA}/orders`, allowed: 200, who: boothA },
  { method: 'GET', route: '/api/studio/booths/:boothId/orders.csv', path: (c) => `/api/studio/booths/${c.boothA}/orders.csv`, allowed: 200, who: boothA },
  { method: 'POST', route: '/api/studio/orders/:orderId/confirm', path: () => `/api/studio/orders/${unknownUuid}/confirm`, body: () => ({}), allowed: 404, who: accounts },
  { method: 'POST', route: '/api/studio/orders/:orderId/cancel', path: () => `/api/studio/orders/${unknownUuid}/cancel`, body: () => ({}), allowed: 404, who: accounts },
  { method: 'GET', route: '/api/admin/sales', path: () => '/api/admin/sales?fairId=1', allowed: 200, who: staff },
  // Analytics: staff read every fair and booth and the live dashboard; a booth's members their own booth's; pages report booth events.
  { method: 'GET', route: '/api/admin/dashboard', path: () => '/api/admin/dashboard', allowed: 200, who: staff },
  { method: 'GET', route: '/api/admin/analytics/fairs/:fairId', path: () => '/api/admin/analytics/fairs/1', allowed: 200, who: staff },
  { method: 'GET', route: '/api/admin/analytics/fairs/:fairId.csv', path: () => '/api/admin/analytics/fairs/1.csv', allowed: 200, who: staff },
  { method: 'GET', route: '/api/admin/analytics/fairs/:fairId/heatmap', path: () => '/api/admin/analytics/fairs/1/heatmap', allowed: 200, who: staff },
  { method: 'GET', route: '/api/admin/analytics/booths/:boothId', path: (c) => `/api/admin/analytics/booths/${c.boothA}`, allowed: 200, who: staff },
  { method: 'GET', route: '/api/admin/analytics/booths/:boothId.csv', path: (c) => `/api/admin/analytics/booths/${c.boothA}.csv`, allowed: 200, who: staff },
  { method: 'GET', route: '/api/studio/booths/:boothId/analytics', path: (c) => `/api/studio/booths/${c.boothA}/analytics`, allowed: 200, who: boothA },
  { method: 'GET', route: '/api/studio/booths/:boothId/analytics.csv', path: (c) => `/api/studio/booths/${c.boothA}/analytics.csv`, allowed: 200, who: boothA },
  { method: 'POST', route: '/api/analytics/events', path: () => '/api/analytics/events', body: (c) => ({ boothId: c.boothA, kind: 'dialog_open' }), allowed: 204, who: everyone, json: true },
  // Selling live: anyone follows a booth's pin and stock; its members and staff pin (an unknown listing: 404 past every check).
  { method: 'GET', route: '/api/booths/:boothId/sell/events', path: (c) => `/api/booths/${c.boothA}/sell/events`, allowed: 200, who: everyone, stream: true },
  { method: 'PUT', route: '/api/studio/booths/:boothId/pin', path: (c) => `/api/studio/booths/${c.boothA}/pin`, body: () => ({ listingId: unknownUuid }), allowed: 404, who: boothA, json: true, nullable: ['listingId'] },
  // Live video: anyone lists lives and watches; a booth's members and staff open, publish and end its
  // live. Harmless requests name a live that does not exist (404 once past every check of who asks).
  { method: 'GET', route: '/api/lives', path: () => '/api/lives', allowed: 200, who: everyone },
  { method: 'GET', route: '/api/booths/:boothId/live', path: (c) => `/api/booths/${c.boothA}/live`, allowed: 200, who: everyone },
  { method: 'POST', route: '/api/lives/:liveId/viewers', path: () => `/api/lives/${unknownLive}/viewers`, body: () => ({ sdp: 'v=0 no offer' }), allowed: 404, who: everyone, json: true },
  { method: 'DELETE', route: '/api/lives/:liveId/viewers/:viewerId', path: () => `/api/lives/${unknownLive}/viewers/${unknownLive}`, allowed: 404, who: everyone },
  // An HLS viewer's registration, heartbeat and goodbye (its count): public, 404 for a live not on air.
  { method: 'POST', route: '/api/lives/:liveId/hls-viewers', path: () => `/api/lives/${unknownLive}/hls-viewers`, allowed: 404, who: everyone },
  { method: 'PUT', route: '/api/lives/:liveId/hls-viewers/:viewerId', path: () => `/api/lives/${unknownLive}/hls-viewers/${unknownLive}`, allowed: 404, who: everyone },
  { method: 'DELETE', route: '/api/lives/:liveId/hls-viewers/:viewerId', path: () => `/api/lives/${unknownLive}/hls-viewers/${unknownLive}`, allowed: 404, who: everyone },
  // A live's HLS rendition (viewers over the SFU's limit): public files, 404 for a live with none.
  { method: 'GET', route: '/media/lives/:liveId/:file', path: () => `/media/lives/${unknownLive}/index.m3u8`, allowed: 404, who: everyone },
  { method: 'POST', route: '/api/studio/booths/:boothId/live', path: (c) => `/api/studio/booths/${c.boothA}/live`, body: () => ({}), allowed: 201, who: boothA },
  { method: 'POST', route: '/api/studio/lives/:liveId/publish', path: () => `/api/studio/lives/${unknownLive}/publish`, body: () => ({ sdp: 'v=0 no offer' }), allowed: 404, who: accounts, json: true },
  { method: 'POST', route: '/api/studio/lives/:liveId/end', path: () => `/api/studio/lives/${unknownLive}/end`, body: () => ({}), allowed: 404, who: accounts },
  // Replays: anyone lists a booth's replays and plays their files; its members and staff delete one
  // (an unknown replay: 404 past every check).
  { method: 'GET', route: '/api/booths/:boothId/replays', path: (c) => `/api/booths/${c.boothA}/replays`, allowed: 200, who: everyone },
  { method: 'GET', route: '/media/replays/:replayId.mp4', path: () => `/media/replays/${unknownUuid}.mp4`, allowed: 404, who: everyone },
  { method: 'DELETE', route: '/api/studio/booths/:boothId/replays/:replayId', path: (c) => `/api/studio/booths/${c.boothA}/replays/${unknownUuid}`, allowed: 404, who: boothA },
];

/**
 * A hall message's outcome: `allowed` (the room acted on it: `shows` says what the sender sees),
 * refused with a rejection code, or `noJoin` (without a join token nobody gets into the hall: the
 * join is refused with `badOptions`, so no message can be sent).
 */
export type RoomOutcome = 'allowed' | { refused: string } | 'noJoin';

export interface RoomRow {
  type: ClientMessageType;
  /** The seat it is sent from: an avatar in /world, or a /list reader. */
  view: 'world' | 'list';
  message: (c: MatrixContext & { fingerprint: string }) => unknown;
  /**
   * What the sender sees when it is allowed: its own avatar moving, a message of this type back,
   * a refusal that only comes after the role check (the target or line does not exist), or
   * nothing (`venue` has no answer: no refusal and the connection stays open).
   */
  shows: 'moves' | { message: string } | { rejected: string } | 'nothing';
  who: Record<Principal, RoomOutcome>;
}

const anyone: Record<Principal, RoomOutcome> = { ...who('allowed'), anonymous: 'noJoin' } as Record<Principal, RoomOutcome>;
const forbidden = { refused: 'forbidden' };

export const ROOM_ROWS: RoomRow[] = [
  { type: 'move', view: 'world', message: () => ({ seq: 1, kind: 'dir', dx: 1, dz: 0, run: false }), shows: 'moves', who: anyone },
  { type: 'teleport', view: 'world', message: () => ({ pointId: 'no-such-point' }), shows: { rejected: 'unknownPoint' }, who: anyone },
  { type: 'chat', view: 'world', message: () => ({ scope: 'hall', text: '권한 시험' }), shows: { message: 'chat' }, who: anyone },
  { type: 'emote', view: 'world', message: () => ({ kind: 'wave' }), shows: { message: 'emote' }, who: anyone },
  { type: 'report', view: 'world', message: () => ({ messageId: 'no-such-line', reason: 'spam' }), shows: { rejected: 'notFound' }, who: anyone },
  // Staff only, refused before its payload is even read.
  {
    type: 'moderate',
    view: 'world',
    message: () => ({ action: 'unmute', targetSessionId: 'no-such-session' }),
    shows: { rejected: 'noTarget' },
    who: { anonymous: 'noJoin', visitor: forbidden, memberA: forbidden, memberB: forbidden, moderator: 'allowed', admin: 'allowed' },
  },
  { type: 'presence', view: 'list', message: (c) => ({ boothId: c.boothA }), shows: { message: 'chatHistory' }, who: anyone },
  { type: 'venue', view: 'world', message: (c) => ({ fingerprint: c.fingerprint }), shows: 'nothing', who: anyone },
  // A booth's members (memberA keeps boothA) and staff pin its notice; anyone else hears notBoothMember.
  // The text is over the length, which is judged after who: nothing is pinned.
  {
    type: 'notice',
    view: 'list',
    message: (c) => ({ boothId: c.boothA, text: '가'.repeat(141) }),
    shows: { rejected: 'tooLong' },
    who: { anonymous: 'noJoin', visitor: { refused: 'notBoothMember' }, memberA: 'allowed', memberB: { refused: 'notBoothMember' }, moderator: 'allowed', admin: 'allowed' },
  },
];
