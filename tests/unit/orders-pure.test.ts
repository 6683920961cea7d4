/**
 * The pure parts of ordering: the price by the server's clock (a deal's until its end, to the
 * millisecond), how a batch shares the stock (arrival order, nothing over, refusals say why), the
 * order number's form, and the group commit gathering a listing's simultaneous orders into one call
 * (two batches in flight per listing).
 */
import { describe, expect, it } from 'vitest';
import { OrderNumberSchema } from '../../shared/api/orders.ts';
import type { OrderRequest, ReserveOutcome } from '../../server/db/ordersRepo.ts';
import { allocate } from '../../server/orders/allocate.ts';
import { createBatcher } from '../../server/orders/batcher.ts';
import { newOrderNumber } from '../../server/orders/orderNumber.ts';
import { dealRunning, priceRefusal, unitPriceAt } from '../../server/orders/pricing.ts';

describe('the price at a time', () => {
  const ends = new Date('2026-12-03T12:00:00.000Z');
  const l = { priceWon: 10_000, dealPriceWon: 8_000, dealEndsAt: ends };
  it('is the deal’s until its end, the regular price from then on', () => {
    expect(unitPriceAt(l, new Date(ends.getTime() - 1))).toBe(8_000);
    expect(dealRunning(l, new Date(ends.getTime() - 1))).toBe(true);
    expect(unitPriceAt(l, ends)).toBe(10_000);
    expect(dealRunning(l, ends)).toBe(false);
  });
  it('is the regular price without a deal', () => {
    expect(unitPriceAt({ priceWon: 500, dealPriceWon: null, dealEndsAt: null }, ends)).toBe(500);
  });
  it('charges the deal’s price to a buyer who was shown it while it runs, and tells them `deal_ended` after', () => {
    const before = new Date(ends.getTime() - 1);
    expect(priceRefusal(l, 8_000, before)).toBeNull();
    expect(priceRefusal(l, null, ends)).toBeNull();
    expect(priceRefusal(l, 8_000, ends)).toEqual({ reason: 'deal_ended', unitPriceWon: 10_000 });
    expect(priceRefusal(l, 10_000, ends)).toBeNull();
  });
  it('calls any other figure the client sends a changed price (a tampered price buys nothing)', () => {
    expect(priceRefusal(l, 1, new Date(ends.getTime() - 1))).toEqual({ reason: 'price_changed', unitPriceWon: 8_000 });
    expect(priceRefusal(l, 1, ends)).toEqual({ reason: 'price_changed', unitPriceWon: 10_000 });
    expect(priceRefusal({ priceWon: 500, dealPriceWon: null, dealEndsAt: null }, 400, ends)).toEqual({ reason: 'price_changed', unitPriceWon: 500 });
  });
});

describe('allocating a batch', () => {
  const ask = (quantity: number, expectedUnitPriceWon: number | null = null) => ({ quantity, expectedUnitPriceWon });
  const at = new Date('2026-12-03T12:00:00.000Z');
  const priced = (priceWon: number) => ({ priceWon, dealPriceWon: null, dealEndsAt: null });

  it('gives in arrival order while units last; later orders are told how many are left, then sold_out', () => {
    const r = allocate(5, priced(100), at, [ask(2), ask(4), ask(3), ask(1), ask(1)]);
    expect(r.shares).toEqual([
      { ok: true },
      { ok: false, reason: 'not_enough_stock', stockLeft: 3 },
      { ok: true },
      { ok: false, reason: 'sold_out', stockLeft: 0 },
      { ok: false, reason: 'sold_out', stockLeft: 0 },
    ]);
    expect(r.taken).toBe(5);
  });

  it('never takes more than the stock, whatever the asks', () => {
    for (let stock = 0; stock < 30; stock++) {
      const asks = Array.from({ length: 40 }, (_, i) => ask(1 + ((i * 7 + stock) % 6)));
      const r = allocate(stock, priced(1), at, asks);
      const given = asks.reduce((n, a, i) => n + (r.shares[i]!.ok ? a.quantity : 0), 0);
      expect(given).toBe(r.taken);
      expect(r.taken).toBeLessThanOrEqual(stock);
    }
  });

  it('refuses a different expected price with the current one, taking nothing for it', () => {
    const r = allocate(10, priced(8_000), at, [ask(1, 10_000), ask(2, 8_000), ask(1)]);
    expect(r.shares[0]).toEqual({ ok: false, reason: 'price_changed', unitPriceWon: 8_000 });
    expect(r.taken).toBe(3);
  });

  it('refuses the ended deal’s price with deal_ended and the regular price', () => {
    const ended = { priceWon: 10_000, dealPriceWon: 8_000, dealEndsAt: at };
    const r = allocate(10, ended, at, [ask(1, 8_000), ask(1, 10_000)]);
    expect(r.shares).toEqual([{ ok: false, reason: 'deal_ended', unitPriceWon: 10_000 }, { ok: true }]);
    expect(r.taken).toBe(1);
  });
});

describe('order numbers', () => {
  it('are 4-4 characters of the unambiguous alphabet, the form lookups find', () => {
    for (let i = 0; i < 200; i++) {
      const n = newOrderNumber();
      expect(n).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/);
      expect(OrderNumberSchema.parse(n.toLowerCase().replace('-', ''))).toBe(n);
    }
    expect(newOrderNumber(() => 0)).toBe('2222-2222');
  });
});

describe('the group commit', () => {
  const req = (listingId: string, i: number) => ({ listingId, id: `r${i}` }) as OrderRequest;

  it('sends one listing’s simultaneous orders as one call, starts the next while it commits, gathers a third until one ends; other listings apart; each gets its own answer', async () => {
    const calls: string[][] = [];
    const gates: (() => void)[] = [];
    const batcher = createBatcher(async (listingId, reqs) => {
      calls.push(reqs.map((r) => `${listingId}:${r.id}`));
      if (listingId === 'a') await new Promise<void>((r) => gates.push(r));
      return reqs.map((r) => ({ ok: false, reason: 'price_changed', unitPriceWon: Number(r.id.slice(1)) }) satisfies ReserveOutcome);
    });
    const turn = () => new Promise((r) => setImmediate(r));
    const first = [1, 2, 3].map((i) => batcher.submit(req('a', i)));
    const other = batcher.submit(req('b', 9));
    await turn();
    // The first batch is committing: the next starts at once (two in flight)…
    const second = [4, 5].map((i) => batcher.submit(req('a', i)));
    await turn();
    // …and a third gathers until one of them ends.
    const third = [6, 7].map((i) => batcher.submit(req('a', i)));
    await turn();
    expect(calls).toEqual([['a:r1', 'a:r2', 'a:r3'], ['b:r9'], ['a:r4', 'a:r5']]);
    gates.shift()!();
    await first[0];
    await turn();
    expect(calls.at(-1)).toEqual(['a:r6', 'a:r7']);
    while (gates.length) gates.shift()!();
    const answers = await Promise.all([...first, other, ...second, ...third]);
    expect(answers.map((a) => (a.ok ? null : a.reason === 'price_changed' ? a.unitPriceWon : null))).toEqual([1, 2, 3, 9, 4, 5, 6, 7]);
  });

  it('a failed batch fails its own orders only; the listing’s next batch still runs', async () => {
    let n = 0;
    const batcher = createBatcher(async (_l, reqs) => {
      if (n++ === 0) throw new Error('connection lost');
      return reqs.map(() => ({ ok: false, reason: 'unknown_listing' }) as const);
    });
    const failed = batcher.submit(req('a', 1));
    await expect(failed).rejects.toThrow('connection lost');
    await expect(batcher.submit(req('a', 2))).resolves.toEqual({ ok: false, reason: 'unknown_listing' });
  });
});
