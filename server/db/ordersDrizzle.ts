/**
 * The orders repository on a drizzle database: the queries both drivers run. Stock only moves in
 * guarded statements inside the transaction that also writes the order, so an acknowledged order
 * and its units are committed together, and stock_left never goes below zero.
 */
import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { OrderStatus } from '../../shared/api/orders.ts';
import type { Lang } from '../../shared/schemas/localized.ts';
import { allocate } from '../orders/allocate.ts';
import { newOrderNumber } from '../orders/orderNumber.ts';
import { priceRefusal, unitPriceAt } from '../orders/pricing.ts';
import type { Db, Tx } from './drizzleRepo.ts';
import type { ListingRecord, OrderRecord, OrderRequest, OrdersRepo, ReserveOutcome, StockChange, TransitionOutcome } from './ordersRepo.ts';
import { booths } from './schema/booths.ts';
import { listings, orders } from './schema/orders.ts';

const HOUR_MS = 3600_000;
/** Draws of a new number when one repeats (31⁸ numbers: a second repeat in a row does not happen). */
const NUMBER_TRIES = 5;

type ListingRow = typeof listings.$inferSelect;
type OrderRow = typeof orders.$inferSelect;

const listingRecord = (r: ListingRow): ListingRecord => ({ ...r });
const orderRecord = (r: OrderRow): OrderRecord => ({
  id: r.id,
  number: r.number,
  idempotencyKey: r.idempotencyKey,
  listingId: r.listingId,
  boothId: r.boothId,
  fairId: r.fairId,
  name: r.name,
  quantity: r.quantity,
  unitPriceWon: r.unitPriceWon,
  transferInstructions: r.transferInstructions,
  status: r.status,
  cancelledBy: r.cancelledBy,
  buyerName: r.buyerName,
  phone: r.phone,
  address: r.address,
  postcode: r.postcode,
  lang: r.lang as Lang,
  expiresAt: r.expiresAt,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

function orderValues(req: OrderRequest, l: ListingRow, unitPriceWon: number, at: Date): typeof orders.$inferInsert {
  return {
    id: req.id,
    number: req.number,
    idempotencyKey: req.idempotencyKey,
    listingId: l.id,
    boothId: l.boothId,
    fairId: l.fairId,
    name: l.name,
    quantity: req.quantity,
    unitPriceWon,
    transferInstructions: l.transferInstructions,
    buyerName: req.buyerName,
    phone: req.phone,
    address: req.address,
    postcode: req.postcode,
    lang: req.lang,
    consentVersion: req.consentVersion,
    expiresAt: new Date(at.getTime() + l.reservationHours * HOUR_MS),
    createdAt: at,
    updatedAt: at,
  };
}

/** Thrown inside a transaction to roll it back with an answer for the caller. */
class Refusal {
  readonly outcome: ReserveOutcome | 'key_taken';
  constructor(outcome: ReserveOutcome | 'key_taken') {
    this.outcome = outcome;
  }
}

/** Why a guarded decrement found no row: no such listing (or off sale), none left, or fewer than asked. */
async function whyNot(tx: Tx, listingId: string): Promise<ReserveOutcome> {
  const [cur] = await tx.select({ active: listings.active, stockLeft: listings.stockLeft }).from(listings).where(eq(listings.id, listingId));
  if (!cur || !cur.active) return { ok: false, reason: 'unknown_listing' };
  return cur.stockLeft === 0 ? { ok: false, reason: 'sold_out', stockLeft: 0 } : { ok: false, reason: 'not_enough_stock', stockLeft: cur.stockLeft };
}

async function byKeys(db: Db | Tx, keys: string[]): Promise<Map<string, OrderRecord>> {
  if (keys.length === 0) return new Map();
  const rows = await db.select().from(orders).where(inArray(orders.idempotencyKey, keys));
  return new Map(rows.map((r) => [r.idempotencyKey, orderRecord(r)]));
}

/** Adds units back to a listing (a cancelled, expired or duplicate order's): its stock after. */
async function giveBack(tx: Tx, listingId: string, quantity: number, at: Date): Promise<StockChange | null> {
  const [row] = await tx
    .update(listings)
    .set({ stockLeft: sql`${listings.stockLeft} + ${quantity}`, updatedAt: at })
    .where(eq(listings.id, listingId))
    .returning({ listingId: listings.id, boothId: listings.boothId, stockLeft: listings.stockLeft });
  return row ?? null;
}

export function createOrdersRepo(db: Db): OrdersRepo {
  /**
   * Inserts the orders that got their units; a row the unique constraints kept out is either the
   * same key stored by a transaction that committed first (its units go back: that order stands)
   * or a repeated number (drawn again). The stored records by request id, and the listing's stock after.
   */
  async function insertWinners(tx: Tx, l: ListingRow, winners: OrderRequest[], unitPriceWon: number, at: Date, stockLeft: number) {
    const stored = new Map<string, OrderRecord>();
    let pending = winners;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt === NUMBER_TRIES) throw new Error('orders: could not draw an unused order number');
      const rows = await tx
        .insert(orders)
        .values(pending.map((r) => orderValues(r, l, unitPriceWon, at)))
        .onConflictDoNothing()
        .returning();
      for (const r of rows) stored.set(r.id, orderRecord(r));
      const missing = pending.filter((r) => !stored.has(r.id));
      if (missing.length === 0) break;
      const taken = await byKeys(tx, missing.map((r) => r.idempotencyKey));
      let back = 0;
      for (const r of missing) {
        const earlier = taken.get(r.idempotencyKey);
        if (earlier) {
          stored.set(r.id, earlier);
          back += r.quantity;
        }
      }
      if (back > 0) stockLeft = (await giveBack(tx, l.id, back, at))!.stockLeft;
      pending = missing.filter((r) => !taken.has(r.idempotencyKey)).map((r) => ({ ...r, number: newOrderNumber() }));
    }
    return { stored, stockLeft };
  }

  async function reserveOnce(req: OrderRequest, at: Date): Promise<ReserveOutcome> {
    try {
      return await db.transaction(async (tx): Promise<ReserveOutcome> => {
        // A retry finds its order (inside the transaction: one connection per order from the pool).
        const earlier = (await byKeys(tx, [req.idempotencyKey])).get(req.idempotencyKey);
        if (earlier) return { ok: true, order: earlier, created: false, stockLeft: null };
        // The guarded decrement: the row lock it takes orders concurrent orders, the WHERE refuses
        // what is not there. Nothing is read first and written after.
        const [l] = await tx
          .update(listings)
          .set({ stockLeft: sql`${listings.stockLeft} - ${req.quantity}`, updatedAt: at })
          .where(and(eq(listings.id, req.listingId), eq(listings.active, true), gte(listings.stockLeft, req.quantity)))
          .returning();
        if (!l) return whyNot(tx, req.listingId);
        const refused = priceRefusal(l, req.expectedUnitPriceWon, at);
        if (refused) throw new Refusal({ ok: false, ...refused });
        const unitPriceWon = unitPriceAt(l, at);
        const [row] = await tx.insert(orders).values(orderValues(req, l, unitPriceWon, at)).onConflictDoNothing().returning();
        if (!row) throw new Refusal('key_taken');
        return { ok: true, order: orderRecord(row), created: true, stockLeft: l.stockLeft };
      });
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      if (e.outcome !== 'key_taken') return e.outcome;
      const earlier = (await byKeys(db, [req.idempotencyKey])).get(req.idempotencyKey);
      // Not the key: the number repeated. Drawn again.
      return earlier ? { ok: true, order: earlier, created: false, stockLeft: null } : reserveOnce({ ...req, number: newOrderNumber() }, at);
    }
  }

  return {
    async boothExists(boothId) {
      const [booth] = await db.select({ id: booths.id }).from(booths).where(eq(booths.id, boothId));
      return booth !== undefined;
    },

    async createListing(n) {
      const [booth] = await db.select({ fairId: booths.fairId }).from(booths).where(eq(booths.id, n.boothId));
      if (!booth) return null;
      const { at, ...fields } = n;
      const [row] = await db
        .insert(listings)
        .values({ ...fields, fairId: booth.fairId, createdAt: at, updatedAt: at })
        .returning();
      return listingRecord(row!);
    },

    async updateListing(boothId, id, changes, at) {
      if (Object.keys(changes).length === 0) {
        const [row] = await db.select().from(listings).where(and(eq(listings.id, id), eq(listings.boothId, boothId)));
        return row ? listingRecord(row) : null;
      }
      const [row] = await db
        .update(listings)
        .set({ ...changes, updatedAt: at })
        .where(and(eq(listings.id, id), eq(listings.boothId, boothId)))
        .returning();
      return row ? listingRecord(row) : null;
    },

    async listings(boothId, activeOnly) {
      const where = activeOnly ? and(eq(listings.boothId, boothId), eq(listings.active, true)) : eq(listings.boothId, boothId);
      const rows = await db.select().from(listings).where(where).orderBy(listings.createdAt, listings.id);
      return rows.map(listingRecord);
    },

    reserve: (req, at) => reserveOnce(req, at),

    reserveBatch: (listingId, reqs, at) =>
      db.transaction(async (tx): Promise<ReserveOutcome[]> => {
        const earlier = await byKeys(tx, [...new Set(reqs.map((r) => r.idempotencyKey))]);
        // One attempt per key: a key already stored, or sent twice in this batch, makes nothing new.
        const firstOfKey = new Map<string, OrderRequest>();
        for (const r of reqs) if (!earlier.has(r.idempotencyKey) && !firstOfKey.has(r.idempotencyKey)) firstOfKey.set(r.idempotencyKey, r);
        const fresh = [...firstOfKey.values()];
        const outcomeOf = new Map<string, ReserveOutcome>();
        if (fresh.length > 0) {
          // The row lock orders this batch after any other writer of the listing (another
          // process, a cancel); the allocation needs the count under it, and the UPDATE below
          // takes exactly the allocated sum, still guarded.
          const [l] = await tx.select().from(listings).where(eq(listings.id, listingId)).for('update');
          if (!l || !l.active) {
            for (const r of fresh) outcomeOf.set(r.idempotencyKey, { ok: false, reason: 'unknown_listing' });
          } else {
            const unitPriceWon = unitPriceAt(l, at);
            const { shares, taken } = allocate(
              l.stockLeft,
              l,
              at,
              fresh.map((r) => ({ quantity: r.quantity, expectedUnitPriceWon: r.expectedUnitPriceWon })),
            );
            let stockLeft = l.stockLeft;
            if (taken > 0) {
              const [u] = await tx
                .update(listings)
                .set({ stockLeft: sql`${listings.stockLeft} - ${taken}`, updatedAt: at })
                .where(and(eq(listings.id, listingId), gte(listings.stockLeft, taken)))
                .returning({ stockLeft: listings.stockLeft });
              if (!u) throw new Error('orders: the stock moved under the listing’s row lock');
              stockLeft = u.stockLeft;
            }
            const winners = fresh.filter((_, i) => shares[i]!.ok);
            const done = await insertWinners(tx, l, winners, unitPriceWon, at, stockLeft);
            fresh.forEach((r, i) => {
              const share = shares[i]!;
              if (!share.ok) return outcomeOf.set(r.idempotencyKey, share);
              const order = done.stored.get(r.id)!;
              outcomeOf.set(r.idempotencyKey, { ok: true, order, created: order.id === r.id, stockLeft: done.stockLeft });
            });
          }
        }
        const answered = new Set<string>();
        return reqs.map((r): ReserveOutcome => {
          const before = earlier.get(r.idempotencyKey);
          if (before) return { ok: true, order: before, created: false, stockLeft: null };
          const outcome = outcomeOf.get(r.idempotencyKey)!;
          // The same key a second time in this batch: the first's answer, as a replay.
          const repeat = answered.has(r.idempotencyKey);
          answered.add(r.idempotencyKey);
          return repeat && outcome.ok ? { ...outcome, created: false, stockLeft: null } : outcome;
        });
      }),

    async findOrder(number, phone) {
      const [row] = await db.select().from(orders).where(and(eq(orders.number, number), eq(orders.phone, phone)));
      return row ? orderRecord(row) : null;
    },

    async getOrder(id) {
      const [row] = await db.select().from(orders).where(eq(orders.id, id));
      return row ? orderRecord(row) : null;
    },

    async ordersOf(boothId, status) {
      const where = status === null ? eq(orders.boothId, boothId) : and(eq(orders.boothId, boothId), eq(orders.status, status));
      const rows = await db.select().from(orders).where(where).orderBy(desc(orders.createdAt), desc(orders.id));
      return rows.map(orderRecord);
    },

    async confirm(id, at) {
      const [row] = await db
        .update(orders)
        .set({ status: 'confirmed', updatedAt: at })
        .where(and(eq(orders.id, id), eq(orders.status, 'reserved')))
        .returning();
      if (row) return { ok: true, order: orderRecord(row), stockLeft: null };
      return refusedTransition(db, id);
    },

    cancel: (id, from, by, at) =>
      db.transaction(async (tx): Promise<TransitionOutcome> => {
        const [row] = await tx
          .update(orders)
          .set({ status: 'cancelled', cancelledBy: by, updatedAt: at })
          .where(and(eq(orders.id, id), inArray(orders.status, [...from])))
          .returning();
        if (!row) return refusedTransition(tx, id);
        const back = await giveBack(tx, row.listingId, row.quantity, at);
        return { ok: true, order: orderRecord(row), stockLeft: back?.stockLeft ?? null };
      }),

    expire: (now) =>
      db.transaction(async (tx) => {
        // Each reservation flips once (a second process running this waits on the row and then
        // finds it no longer reserved), and its units return in the same transaction.
        const gone = await tx
          .update(orders)
          .set({ status: 'expired', updatedAt: now })
          .where(and(eq(orders.status, 'reserved'), lte(orders.expiresAt, now)))
          .returning({ listingId: orders.listingId, quantity: orders.quantity });
        const perListing = new Map<string, number>();
        for (const g of gone) perListing.set(g.listingId, (perListing.get(g.listingId) ?? 0) + g.quantity);
        const changes: StockChange[] = [];
        for (const [listingId, quantity] of [...perListing].sort(([a], [b]) => a.localeCompare(b))) {
          const c = await giveBack(tx, listingId, quantity, now);
          if (c) changes.push(c);
        }
        return changes;
      }),

    async sales(fairId) {
      const rows = await db
        .select({
          listingId: listings.id,
          boothId: listings.boothId,
          name: listings.name,
          stockLeft: listings.stockLeft,
          status: orders.status,
          orders: sql<number>`count(${orders.id})`.mapWith(Number),
          quantity: sql<number>`coalesce(sum(${orders.quantity}), 0)`.mapWith(Number),
          won: sql<number>`coalesce(sum(${orders.quantity}::bigint * ${orders.unitPriceWon}), 0)`.mapWith(Number),
        })
        .from(listings)
        .leftJoin(orders, eq(orders.listingId, listings.id))
        .where(eq(listings.fairId, fairId))
        .groupBy(listings.id, orders.status)
        .orderBy(listings.boothId, listings.id);
      return rows.map((r) => ({ ...r, status: (r.status ?? 'reserved') as OrderStatus, ...(r.status === null ? { orders: 0, quantity: 0, won: 0 } : {}) }));
    },
  };
}

async function refusedTransition(db: Db | Tx, id: string): Promise<TransitionOutcome> {
  const [cur] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, id));
  return cur ? { ok: false, reason: 'wrong_status', status: cur.status } : { ok: false, reason: 'not_found' };
}
