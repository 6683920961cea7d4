/**
 * A real server process SIGKILLed while 1,000s of orders arrive (group commit, the default mode),
 * on both drivers: after a restart every acknowledged order is there as acknowledged, a retry of
 * every submission (acknowledged or cut off) with its idempotency key makes no second order, and
 * the listing's stock plus the units reserved is the stock it started with.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORDER_CONSENT_VERSION, OrderViewSchema, type OrderBodyInput } from '../../shared/api/orders.ts';
import { createLogger } from '../../server/logger.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import { seedDataDir } from '../helpers/pgliteTemplate.ts';
import { startPostgres } from '../helpers/postgres.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';

const log = createLogger('silent');
const SECRET = 'orders-kill-secret-0123456789abcdefghijkl';
const A = 'cut-the-trash';
const STOCK = 600;

interface Backend {
  name: string;
  /** The env a server and openVenue take, and how to remove it all. */
  make(): Promise<{ env: Record<string, string>; stop(): Promise<void> }>;
}

const BACKENDS: Backend[] = [
  {
    name: 'embedded PGlite',
    async make() {
      const root = mkdtempSync(join(tmpdir(), 'seeot-orders-kill-'));
      const env = { DATA_DIR: join(root, 'data') };
      await seedDataDir(env.DATA_DIR);
      return { env, stop: async () => rmSync(root, { recursive: true, force: true }) };
    },
  },
  {
    name: 'PostgreSQL',
    async make() {
      const pg = await startPostgres();
      return { env: { DATABASE_URL: await pg.createDatabase('orders_kill') }, stop: () => pg.stop() };
    },
  },
];

const body = (listingId: string, i: number): OrderBodyInput => ({
  listingId,
  quantity: 1 + (i % 3),
  buyerName: `구매자 ${i}`,
  phone: '010-1234-5678',
  address: '경기도 부천시 원미구 길주로 1',
  consents: { collection: true, provision: true, version: ORDER_CONSENT_VERSION },
  idempotencyKey: randomUUID(),
  lang: 'ko',
});

async function withVenue<T>(env: Record<string, string>, f: (v: Awaited<ReturnType<typeof openVenue>>) => Promise<T>): Promise<T> {
  const v = await openVenue(env, log);
  try {
    return await f(v);
  } finally {
    await v.close();
  }
}

describe.each(BACKENDS)('a server SIGKILLed during an order storm ($name)', ({ make }) => {
  it('keeps every acknowledged order, double-counts none after retries, and stock + reserved = the stock it started with', async () => {
    const { env: dbEnv, stop } = await make();
    // Loopback is exempt from the per-address order limit: the storm comes from one address.
    const env = { ...dbEnv, SESSION_SECRET: SECRET, ADDRESS_LIMITS_EXEMPT: '127.0.0.1' };
    let server: RunningServer | undefined;
    try {
      const listing = await withVenue(dbEnv, async (v) =>
        v.repos.orders.createListing({
          id: randomUUID(),
          boothId: A,
          name: '업사이클 가방',
          priceWon: 10_000,
          stockLeft: STOCK,
          dealPriceWon: null,
          dealEndsAt: null,
          reservationHours: 24,
          transferInstructions: '농협 123-4567-8901-23',
          active: true,
          at: new Date(),
        }),
      );
      server = await startServer(env);
      const first = server;
      const bodies = Array.from({ length: 2000 }, (_, i) => body(listing!.id, i));
      const acked = new Map<string, { number: string; quantity: number }>();
      let next = 0;
      // 40 buyers at once until the 100th acknowledgement, then the kill with orders in flight.
      const buyer = async () => {
        while (next < bodies.length && first.child.exitCode === null && first.child.signalCode === null) {
          const b = bodies[next++]!;
          const r = await fetch(`${first.url}/api/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) }).catch(() => null);
          if (r?.status === 201) {
            const v = OrderViewSchema.parse(await r.json());
            acked.set(b.idempotencyKey, { number: v.number, quantity: v.quantity });
            if (acked.size === 100) first.child.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: 40 }, buyer));
      expect((await first.exited).signal).toBe('SIGKILL');
      expect(acked.size).toBeGreaterThanOrEqual(100);
      const sent = bodies.slice(0, next);

      server = await startServer(env);
      const second = server;
      // Every submission sent before the kill, again with its key: the acknowledged ones come back
      // unchanged (200), one cut off before its commit is made now (201), one committed but not
      // acknowledged comes back (200). None twice.
      const retried = await Promise.all(
        sent.map(async (b) => {
          const r = await fetch(`${second.url}/api/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) });
          return { key: b.idempotencyKey, status: r.status, body: (await r.json()) as unknown };
        }),
      );
      for (const r of retried) {
        const was = acked.get(r.key);
        if (was) {
          expect(r.status, r.key).toBe(200);
          expect(OrderViewSchema.parse(r.body)).toMatchObject(was);
        } else {
          expect([200, 201, 409], JSON.stringify(r.body)).toContain(r.status);
        }
      }
      second.child.kill('SIGTERM');
      await second.exited;
      server = undefined;

      await withVenue(dbEnv, async (v) => {
        const orders = (await v.repos.orders.ordersOf(A, null)).filter((o) => o.listingId === listing!.id);
        const byKey = new Map(orders.map((o) => [o.idempotencyKey, o]));
        expect(byKey.size).toBe(orders.length);
        for (const [key, was] of acked) expect(byKey.get(key), key).toMatchObject({ ...was, status: 'reserved' });
        const okRetries = retried.filter((r) => r.status === 200 || r.status === 201).map((r) => r.key);
        expect(new Set(orders.map((o) => o.idempotencyKey))).toEqual(new Set(okRetries));
        const reserved = orders.reduce((n, o) => n + o.quantity, 0);
        const [l] = await v.repos.orders.listings(A, false).then((ls) => ls.filter((x) => x.id === listing!.id));
        expect(l!.stockLeft).toBeGreaterThanOrEqual(0);
        expect(l!.stockLeft + reserved).toBe(STOCK);
      });
    } finally {
      if (server) {
        server.child.kill('SIGKILL');
        await server.exited;
      }
      await stop();
    }
  }, 180_000);
});
