/**
 * Orders on both drivers (embedded PGlite in its worker, a private PostgreSQL), through the real
 * app and through the service in both modes: 1,000 orders at once for 100 units reserve exactly
 * 100 and tell the rest 품절 (sold_out), stock never below zero; a retried idempotency key (also
 * concurrently) makes one order; the server's price is charged (a tampered or stale price is
 * refused, an ended deal's price no longer applies); bad input is refused with codes and the
 * server answers on; a booth's listings and orders are its members' and staff's; a reservation
 * is confirmed or cancelled (its stock back), and expires with its stock back.
 */
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, SESSION_COOKIE, type Role } from '../../shared/api/account.ts';
import {
  ListingSchema,
  ORDER_CONSENT_VERSION,
  OrderBodySchema,
  OrderErrorSchema,
  OrderListSchema,
  OrderViewSchema,
  PublicListingsSchema,
  SalesSchema,
  type Listing,
  type ListingCreateBodyInput,
  type OrderBodyInput,
  type OrderView,
} from '../../shared/api/orders.ts';
import { createApp } from '../../server/app.ts';
import { newAccountId, startSession } from '../../server/auth/accountSessions.ts';
import { parseEnv } from '../../server/env.ts';
import { createLogger } from '../../server/logger.ts';
import { OrderEvents } from '../../server/orders/events.ts';
import { createOrderService, type OrdersMode } from '../../server/orders/service.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import type { VenueService } from '../../server/venue/venueService.ts';
import { dbBackends } from '../helpers/dbBackends.ts';
import { freePort } from '../helpers/serverProcess.ts';

const log = createLogger('silent');
const SECRET = 'orders-test-secret-0123456789abcdefghijkl';
const A = 'cut-the-trash';
const B = 'vq-studio';
const HOUR_MS = 3600_000;

const backends = dbBackends('orders');

interface Caller {
  get(path: string): Promise<Response>;
  send(method: string, path: string, body?: unknown, opts?: { csrf?: boolean }): Promise<Response>;
}

const orderBody = (listingId: string, over: Partial<OrderBodyInput> = {}): OrderBodyInput => ({
  listingId,
  quantity: 1,
  buyerName: '김민지',
  phone: '010-1234-5678',
  address: '경기도 부천시 원미구 길주로 1',
  postcode: '14545',
  consents: { collection: true, provision: true, version: ORDER_CONSENT_VERSION },
  idempotencyKey: randomUUID(),
  lang: 'ko',
  ...over,
});

const listingBody = (over: Partial<ListingCreateBodyInput> = {}): ListingCreateBodyInput => ({
  name: '업사이클 가방',
  priceWon: 10_000,
  stockLeft: 100,
  transferInstructions: '농협 123-4567-8901-23 (예금주: 컷더트래시)',
  ...over,
});

describe.each(backends)('orders on $name', { timeout: 120_000 }, (backend) => {
  let venue: VenueService;
  let shutdown: () => Promise<void>;
  let base: string;
  const as = {} as Record<'memberA' | 'memberB' | 'admin', Caller>;

  async function account(role: Role, boothId?: string): Promise<Caller> {
    const id = newAccountId();
    const made = await venue.repos.accounts.createAccount({ id, email: `${role}-${id.slice(0, 8)}@example.kr`, displayName: role, role, passwordHash: 'unused', ...(boothId ? { boothId } : {}) });
    if (!made.ok) throw new Error(made.reason);
    const s = await startSession(venue.repos.accounts, { id });
    const cookie = `${SESSION_COOKIE}=${s.token}`;
    const headers = (csrf: boolean): Record<string, string> => ({ cookie, ...(csrf ? { [CSRF_HEADER]: s.csrfToken } : {}) });
    return {
      get: (path) => fetch(base + path, { headers: headers(false) }),
      send: (method, path, body, { csrf = true } = {}) =>
        fetch(base + path, { method, headers: { ...headers(csrf), 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }),
    };
  }

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const order = (body: unknown) => post('/orders', body);
  /**
   * A POST over a keep-alive pool of 200 connections: a storm of 1,000 requests at once, without
   * 1,000 TCP connects racing fetch's 10 s connect timeout on a loaded machine.
   */
  const pool = new Agent({ keepAlive: true, maxSockets: 200 });
  const pooledPost = (path: string, body: unknown) =>
    new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const payload = JSON.stringify(body);
      const req = request(base + path, { method: 'POST', agent: pool, headers: { 'content-type': 'application/json' } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }));
      });
      req.on('error', reject);
      req.end(payload);
    });
  const errorOf = async (r: Response) => OrderErrorSchema.parse(await r.json());
  async function newListing(over: Partial<ListingCreateBodyInput> = {}, boothId = A, by = as.memberA): Promise<Listing> {
    const r = await by.send('POST', `/studio/booths/${boothId}/listings`, listingBody(over));
    expect(r.status, await r.clone().text()).toBe(201);
    return ListingSchema.parse(await r.json());
  }
  const stockOf = async (id: string, boothId = A) => PublicListingsSchema.parse(await (await fetch(`${base}/listings?boothId=${boothId}`)).json()).listings.find((l) => l.id === id);
  const reservedOf = async (listingId: string) =>
    OrderListSchema.parse(await (await as.memberA.get(`/studio/booths/${A}/orders?status=reserved`)).json()).orders.filter((o) => o.listingId === listingId);

  beforeAll(async () => {
    const env = await backend.env();
    venue = await openVenue(env, log);
    const port = await freePort();
    // Loopback (the storms) is exempt from the per-address limit; the limit test comes from an address it forwards.
    const appEnv = parseEnv({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SESSION_SECRET: SECRET, TRUST_PROXY: 'loopback', ADDRESS_LIMITS_EXEMPT: '127.0.0.1', ...env });
    const { gameServer } = await createApp({ env: appEnv, log, venue, distDir: '/nonexistent' });
    shutdown = () => gameServer.gracefullyShutdown(false);
    base = `http://127.0.0.1:${port}/api`;
    as.memberA = await account('enterprise', A);
    as.memberB = await account('enterprise', B);
    as.admin = await account('admin');
  });

  afterAll(async () => {
    pool.destroy();
    await shutdown?.();
    await backend.stop();
  });

  it('1,000 orders at once through the endpoint for 100 units: exactly 100 reserved, 900 told sold_out, stock 0', async () => {
    const l = await newListing({ stockLeft: 100 });
    expect((await stockOf(l.id))?.stockLeft).toBe(100);
    const answers = await Promise.all(Array.from({ length: 1000 }, () => pooledPost('/orders', orderBody(l.id))));
    const made = answers.filter((a) => a.status === 201);
    expect(made).toHaveLength(100);
    const refused = answers.filter((a) => a.status !== 201);
    expect(refused.every((a) => a.status === 409 && (a.body as { error: string }).error === 'sold_out')).toBe(true);
    expect(new Set(made.map((a) => OrderViewSchema.parse(a.body).number)).size).toBe(100);
    expect((await stockOf(l.id))?.stockLeft).toBe(0);
    expect(await reservedOf(l.id)).toHaveLength(100);
  });

  for (const mode of ['fast', 'baseline'] as const satisfies OrdersMode[]) {
    it(`${mode} mode: 1,000 concurrent orders of 1 to 5 units for 100: stock + reserved = 100, never below zero; one key sent 20 times makes one order`, async () => {
      // Every stock figure the service reports, as a live layer would hear them.
      const stocks: number[] = [];
      const events = new OrderEvents();
      events.on('stock', (c) => stocks.push(c.stockLeft));
      const service = createOrderService({ repo: venue.repos.orders, mode, events });
      const l = await newListing({ stockLeft: 100 });
      const parse = (b: OrderBodyInput) => OrderBodySchema.parse(b);
      // Baseline holds a pooled connection per order while it waits for the row lock: 100 buyers
      // at a time keep a pool of 10 within its 5 s connection wait on a loaded machine. Fast mode
      // takes all 1,000 at once.
      const inFlight = mode === 'fast' ? 1000 : 100;
      const bodies = Array.from({ length: 1000 }, (_, i) => parse(orderBody(l.id, { quantity: 1 + (i % 5) })));
      const outcomes: Awaited<ReturnType<typeof service.place>>[] = [];
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          for (let b = bodies.shift(); b; b = bodies.shift()) {
            outcomes.push(await service.place(b));
          }
        }),
      );
      expect(outcomes).toHaveLength(1000);
      const reserved = outcomes.filter((o) => o.ok);
      const units = reserved.reduce((n, o) => n + (o.ok ? o.order.quantity : 0), 0);
      const left = (await stockOf(l.id))!.stockLeft;
      expect(left + units).toBe(100);
      // Every unit went: what was left at the end is smaller than any order still refused.
      expect(left).toBeLessThan(5);
      expect(stocks.length).toBeGreaterThan(0);
      expect(Math.min(...stocks)).toBeGreaterThanOrEqual(0);
      expect(outcomes.filter((o) => !o.ok).every((o) => !o.ok && (o.reason === 'sold_out' || o.reason === 'not_enough_stock'))).toBe(true);
      expect((await reservedOf(l.id)).reduce((n, o) => n + o.quantity, 0)).toBe(units);

      // The same key 20 times at once: one order, one decrement.
      const l2 = await newListing({ stockLeft: 10 });
      const key = randomUUID();
      const same = await Promise.all(Array.from({ length: 20 }, () => service.place(parse(orderBody(l2.id, { quantity: 3, idempotencyKey: key })))));
      expect(same.every((o) => o.ok)).toBe(true);
      expect(same.filter((o) => o.ok && o.created)).toHaveLength(1);
      expect(new Set(same.map((o) => (o.ok ? o.order.id : null))).size).toBe(1);
      expect((await stockOf(l2.id))?.stockLeft).toBe(7);
    });
  }

  it('a retried submission (same idempotency key) returns the same order with 200 and takes no more stock, also when sent concurrently', async () => {
    const l = await newListing({ stockLeft: 10 });
    const body = orderBody(l.id, { quantity: 2 });
    const first = await order(body);
    expect(first.status).toBe(201);
    const view = OrderViewSchema.parse(await first.json());
    const again = await order(body);
    expect(again.status).toBe(200);
    expect(OrderViewSchema.parse(await again.json())).toEqual(view);
    const key = randomUUID();
    const burst = await Promise.all(Array.from({ length: 15 }, () => order(orderBody(l.id, { quantity: 1, idempotencyKey: key }))));
    expect(burst.map((r) => r.status).sort()).toEqual([...Array<number>(14).fill(200), 201]);
    expect(new Set(await Promise.all(burst.map(async (r) => OrderViewSchema.parse(await r.json()).number))).size).toBe(1);
    expect((await stockOf(l.id))?.stockLeft).toBe(7);
    expect(await reservedOf(l.id)).toHaveLength(2);
  });

  it('the server charges its own price: a deal’s while it runs, the regular once it ended; a different price sent is refused with the current one', async () => {
    const l = await newListing({ priceWon: 10_000, stockLeft: 10, deal: { priceWon: 8_000, minutes: 30 } });
    const shown = (await stockOf(l.id))!;
    expect(shown).toMatchObject({ unitPriceWon: 8_000, deal: { priceWon: 8_000 } });
    expect(Date.parse(shown.deal!.endsAt) - Date.now()).toBeGreaterThan(29 * 60_000);
    const r = await order(orderBody(l.id, { quantity: 2, expectedUnitPriceWon: 8_000 }));
    expect(r.status).toBe(201);
    expect(OrderViewSchema.parse(await r.json())).toMatchObject({ unitPriceWon: 8_000, totalWon: 16_000 });

    // A tampered price: refused, nothing reserved.
    const tampered = await order(orderBody(l.id, { expectedUnitPriceWon: 1 }));
    expect(tampered.status).toBe(409);
    expect(await errorOf(tampered)).toEqual({ error: 'price_changed', unitPriceWon: 8_000 });

    // The deal ended (as if its time passed): the regular price applies; the deal price is refused
    // with deal_ended and the price now.
    await venue.repos.orders.updateListing(A, l.id, { dealEndsAt: new Date(Date.now() - 1000) }, new Date());
    expect(await stockOf(l.id)).toMatchObject({ unitPriceWon: 10_000, deal: null, stockLeft: 8 });
    const stale = await order(orderBody(l.id, { expectedUnitPriceWon: 8_000 }));
    expect(stale.status).toBe(409);
    expect(await errorOf(stale)).toEqual({ error: 'deal_ended', unitPriceWon: 10_000 });
    const regular = await order(orderBody(l.id));
    expect(OrderViewSchema.parse(await regular.json())).toMatchObject({ unitPriceWon: 10_000 });
    expect((await stockOf(l.id))?.stockLeft).toBe(7);
  });

  it('bad quantities, fields, consents and JSON are refused with codes; nothing is reserved and the server answers on', async () => {
    const l = await newListing({ stockLeft: 5 });
    for (const quantity of [-1, 0, 1.5, 1001, 1e12, '3', null]) {
      const r = await order({ ...orderBody(l.id), quantity });
      expect(r.status, String(quantity)).toBe(400);
      expect(await errorOf(r)).toEqual({ error: 'invalid', fields: { quantity: 'quantity_invalid' } });
    }
    const fields = await order(orderBody(l.id, { phone: '555-1234', postcode: '123', buyerName: ' ', address: 'x'.repeat(201) }));
    expect(await errorOf(fields)).toEqual({ error: 'invalid', fields: { phone: 'phone_invalid', postcode: 'postcode_invalid', buyerName: 'required', address: 'too_long' } });
    const noConsent = await order(orderBody(l.id, { consents: { collection: true, provision: false, version: ORDER_CONSENT_VERSION } }));
    expect([noConsent.status, await errorOf(noConsent)]).toEqual([400, { error: 'consent_required' }]);
    const old = await order(orderBody(l.id, { consents: { collection: true, provision: true, version: '2000-01-01' } }));
    expect(old.status).toBe(409);
    const malformed = await post('/orders', '{"listingId": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: 'malformed_json' });
    const unknown = await order(orderBody(randomUUID()));
    expect([unknown.status, await errorOf(unknown)]).toEqual([404, { error: 'unknown_listing' }]);
    const tooMany = await order(orderBody(l.id, { quantity: 6 }));
    expect([tooMany.status, await errorOf(tooMany)]).toEqual([409, { error: 'not_enough_stock', stockLeft: 5 }]);
    // Off sale: as if it did not exist.
    expect((await as.memberA.send('PATCH', `/studio/booths/${A}/listings/${l.id}`, { active: false })).status).toBe(200);
    expect((await order(orderBody(l.id))).status).toBe(404);
    expect(await stockOf(l.id)).toBeUndefined();
    expect((await fetch(`${base}/listings?boothId=${A}`)).status).toBe(200);
  });

  it('a booth’s listings and orders are its members’ and staff’s: another booth’s member, a guest and a write without CSRF are refused', async () => {
    const l = await newListing({ stockLeft: 3 });
    const placed = OrderViewSchema.parse(await (await order(orderBody(l.id))).json());
    const id = (await reservedOf(l.id))[0]!.id;
    expect((await as.memberB.get(`/studio/booths/${A}/listings`)).status).toBe(403);
    expect((await as.memberB.get(`/studio/booths/${A}/orders`)).status).toBe(403);
    expect((await as.memberB.send('POST', `/studio/booths/${A}/listings`, listingBody())).status).toBe(403);
    // A's listing through B's own booth path: not B's, so not found; and A's order answers B as if it did not exist.
    expect((await as.memberB.send('PATCH', `/studio/booths/${B}/listings/${l.id}`, { priceWon: 1 })).status).toBe(404);
    expect((await as.memberB.send('POST', `/studio/orders/${id}/confirm`)).status).toBe(404);
    expect((await as.memberB.send('POST', `/studio/orders/${id}/cancel`)).status).toBe(404);
    // A guest has no session; a write without the CSRF token is refused.
    expect((await fetch(`${base}/studio/booths/${A}/orders`)).status).toBe(401);
    expect((await post(`/studio/orders/${id}/confirm`, {})).status).toBe(401);
    expect((await as.memberA.send('POST', `/studio/orders/${id}/confirm`, {}, { csrf: false })).status).toBe(403);
    expect((await as.memberB.get('/admin/sales?fairId=1')).status).toBe(403);
    // Staff may name any booth: one that does not exist is not found, not an empty inbox.
    expect((await as.admin.get('/studio/booths/no-such-booth/orders')).status).toBe(404);
    expect((await as.admin.send('POST', '/studio/booths/no-such-booth/listings', listingBody())).status).toBe(404);
    // Nothing changed.
    expect(await stockOf(l.id)).toMatchObject({ priceWon: 10_000, stockLeft: 2 });
    const lookup = await post('/orders/lookup', { number: placed.number, phone: '010-1234-5678' });
    expect(OrderViewSchema.parse(await lookup.json()).status).toBe('reserved');
  });

  it('reserved → confirmed by the seller, or cancelled by the buyer (before confirmation) or the seller, the units back; CSV and sales show them', async () => {
    const l = await newListing({ stockLeft: 10, priceWon: 5_000 });
    const one = OrderViewSchema.parse(await (await order(orderBody(l.id, { quantity: 2, phone: '010-2222-3333' }))).json());
    // Found by number typed loosely and the phone as typed.
    const found = await post('/orders/lookup', { number: one.number.replace('-', '').toLowerCase(), phone: '01022223333' });
    expect(OrderViewSchema.parse(await found.json())).toMatchObject({ number: one.number, status: 'reserved', transferInstructions: listingBody().transferInstructions });
    expect((await post('/orders/lookup', { number: one.number, phone: '010-9999-9999' })).status).toBe(404);

    const cancelled = await post('/orders/cancel', { number: one.number, phone: '010-2222-3333' });
    expect(OrderViewSchema.parse(await cancelled.json())).toMatchObject({ status: 'cancelled', cancelledBy: 'buyer' });
    expect((await stockOf(l.id))?.stockLeft).toBe(10);
    const twice = await post('/orders/cancel', { number: one.number, phone: '010-2222-3333' });
    expect([twice.status, await errorOf(twice)]).toEqual([409, { error: 'wrong_status', status: 'cancelled' }]);

    const two = OrderViewSchema.parse(await (await order(orderBody(l.id, { quantity: 3, phone: '010-4444-5555' }))).json());
    const twoId = (await reservedOf(l.id)).find((o) => o.number === two.number)!.id;
    const confirmed = await as.memberA.send('POST', `/studio/orders/${twoId}/confirm`);
    expect((await confirmed.json()) as unknown).toMatchObject({ status: 'confirmed', buyerName: '김민지', phone: '010-4444-5555' });
    expect((await post('/orders/lookup', { number: two.number, phone: '010-4444-5555' }).then((r) => r.json())) as OrderView).toMatchObject({ status: 'confirmed' });
    const buyerLate = await post('/orders/cancel', { number: two.number, phone: '010-4444-5555' });
    expect([buyerLate.status, await errorOf(buyerLate)]).toEqual([409, { error: 'wrong_status', status: 'confirmed' }]);
    expect((await stockOf(l.id))?.stockLeft).toBe(7);

    const three = OrderViewSchema.parse(await (await order(orderBody(l.id, { quantity: 1 }))).json());
    const threeId = (await reservedOf(l.id)).find((o) => o.number === three.number)!.id;
    const bySeller = await as.admin.send('POST', `/studio/orders/${threeId}/cancel`);
    expect((await bySeller.json()) as unknown).toMatchObject({ status: 'cancelled', cancelledBy: 'seller' });
    expect((await stockOf(l.id))?.stockLeft).toBe(7);

    const csv = await as.memberA.get(`/studio/booths/${A}/orders.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('주문 번호');
    expect(text).toContain(`${two.number},`);
    expect(text).toContain('확정됨');

    const sales = SalesSchema.parse(await (await as.admin.get('/admin/sales?fairId=1')).json()).sales.find((s) => s.listingId === l.id);
    expect(sales).toMatchObject({
      boothId: A,
      stockLeft: 7,
      byStatus: { confirmed: { orders: 1, quantity: 3, won: 15_000 }, cancelled: { orders: 2, quantity: 3, won: 15_000 }, reserved: { orders: 0, quantity: 0, won: 0 } },
    });
  });

  it('an unconfirmed reservation expires after the listing’s hours and its units return, once', async () => {
    const l = await newListing({ stockLeft: 4, reservationHours: 2 });
    const placed = OrderViewSchema.parse(await (await order(orderBody(l.id, { quantity: 3 }))).json());
    expect(Date.parse(placed.expiresAt) - Date.parse(placed.createdAt)).toBe(2 * HOUR_MS);
    expect((await stockOf(l.id))?.stockLeft).toBe(1);
    // An hour on: nothing lapses.
    expect((await venue.repos.orders.expire(new Date(Date.now() + HOUR_MS))).find((c) => c.listingId === l.id)).toBeUndefined();
    const later = new Date(Date.now() + 3 * HOUR_MS);
    expect((await venue.repos.orders.expire(later)).find((c) => c.listingId === l.id)).toMatchObject({ stockLeft: 4 });
    expect((await venue.repos.orders.expire(later)).find((c) => c.listingId === l.id)).toBeUndefined();
    expect((await stockOf(l.id))?.stockLeft).toBe(4);
    const after = await post('/orders/lookup', { number: placed.number, phone: '010-1234-5678' });
    expect(OrderViewSchema.parse(await after.json()).status).toBe('expired');
  });

  it('orders from one address past its limit are told rate_limited with a retry time', async () => {
    const l = await newListing({ stockLeft: 1000 });
    const statuses: number[] = [];
    for (let i = 0; i < 70 && statuses.at(-1) !== 429; i++) statuses.push((await post('/orders', orderBody(l.id), { 'x-forwarded-for': '10.20.30.40' })).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((s) => s === 201)).toBe(true);
  });
});
