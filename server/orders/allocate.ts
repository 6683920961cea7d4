import { priceRefusal, type PriceFacts } from './pricing.ts';

/**
 * How a batch of orders for one listing shares its stock: in arrival order, each order whose price
 * is right takes its quantity if that many are still left; the rest are told why not (sold out, or
 * how many are left). Pure, so the group commit's one UPDATE takes exactly the sum this returns.
 */
export interface Ask {
  quantity: number;
  /** The unit price the buyer was shown, or null when they did not say. */
  expectedUnitPriceWon: number | null;
}

export type Share =
  | { ok: true }
  | { ok: false; reason: 'sold_out' | 'not_enough_stock'; stockLeft: number }
  | { ok: false; reason: 'price_changed' | 'deal_ended'; unitPriceWon: number };

export interface Allocation {
  shares: Share[];
  /** Units taken by the orders that fit. */
  taken: number;
}

/** `price` and `at`: the listing's price facts and the batch's time (pricing.ts decides the price). */
export function allocate(stockLeft: number, price: PriceFacts, at: Date, asks: readonly Ask[]): Allocation {
  let left = stockLeft;
  const shares = asks.map((a): Share => {
    const refused = priceRefusal(price, a.expectedUnitPriceWon, at);
    if (refused) return { ok: false, ...refused };
    if (left === 0) return { ok: false, reason: 'sold_out', stockLeft: 0 };
    if (a.quantity > left) return { ok: false, reason: 'not_enough_stock', stockLeft: left };
    left -= a.quantity;
    return { ok: true };
  });
  return { shares, taken: stockLeft - left };
}
