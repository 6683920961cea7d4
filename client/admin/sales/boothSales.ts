/**
 * Staff's sales per booth from GET /api/admin/sales (per listing and status): summed per booth,
 * largest confirmed amount first. Pure, so the sums are tested without a page.
 */
import type { SalesFigures } from '../../../shared/api/orders.ts';
import type { z } from 'zod';
import type { SalesRowSchema } from '../../../shared/api/orders.ts';

type SalesRow = z.infer<typeof SalesRowSchema>;

export interface BoothSalesTotals {
  boothId: string;
  confirmed: SalesFigures;
  reserved: SalesFigures;
  /** Cancelled and expired orders together. */
  lapsed: number;
}

const zero = (): SalesFigures => ({ orders: 0, quantity: 0, won: 0 });
const add = (a: SalesFigures, b: SalesFigures): SalesFigures => ({ orders: a.orders + b.orders, quantity: a.quantity + b.quantity, won: a.won + b.won });

export function salesPerBooth(rows: readonly SalesRow[]): BoothSalesTotals[] {
  const out = new Map<string, BoothSalesTotals>();
  for (const r of rows) {
    let b = out.get(r.boothId);
    if (!b) out.set(r.boothId, (b = { boothId: r.boothId, confirmed: zero(), reserved: zero(), lapsed: 0 }));
    b.confirmed = add(b.confirmed, r.byStatus.confirmed);
    b.reserved = add(b.reserved, r.byStatus.reserved);
    b.lapsed += r.byStatus.cancelled.orders + r.byStatus.expired.orders;
  }
  return [...out.values()].sort((a, b) => b.confirmed.won - a.confirmed.won || b.reserved.won - a.reserved.won || a.boothId.localeCompare(b.boothId));
}

/** The sum of every booth's totals (the table's last row). */
export function salesTotal(booths: readonly BoothSalesTotals[]): Omit<BoothSalesTotals, 'boothId'> {
  return booths.reduce((t, b) => ({ confirmed: add(t.confirmed, b.confirmed), reserved: add(t.reserved, b.reserved), lapsed: t.lapsed + b.lapsed }), {
    confirmed: zero(),
    reserved: zero(),
    lapsed: 0,
  });
}
