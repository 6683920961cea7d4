/** /admin/sales' sums: per booth from the per-listing rows, largest confirmed amount first, and the total row. */
import { describe, expect, it } from 'vitest';
import { salesPerBooth, salesTotal } from '../../client/admin/sales/boothSales.ts';

const f = (orders: number, won: number) => ({ orders, quantity: orders, won });
const row = (listingId: string, boothId: string, confirmed: number, reserved: number, cancelled = 0) => ({
  listingId,
  boothId,
  name: listingId,
  stockLeft: 1,
  byStatus: { confirmed: f(confirmed, confirmed * 1000), reserved: f(reserved, reserved * 1000), cancelled: f(cancelled, 0), expired: f(1, 0) },
});

describe('sales per booth', () => {
  it('sums a booth’s listings, orders booths by confirmed amount, and totals them', () => {
    const booths = salesPerBooth([row('a1', 'a', 1, 2), row('b1', 'b', 3, 0, 2), row('a2', 'a', 1, 0)]);
    expect(booths.map((b) => [b.boothId, b.confirmed.won, b.reserved.orders, b.lapsed])).toEqual([
      ['b', 3000, 0, 3],
      ['a', 2000, 2, 2],
    ]);
    expect(salesTotal(booths)).toEqual({ confirmed: { orders: 5, quantity: 5, won: 5000 }, reserved: { orders: 2, quantity: 2, won: 2000 }, lapsed: 5 });
  });
});
