/**
 * The price an order pays, by the server's clock: the deal's price while the deal runs (now before
 * its end), else the listing's price. The one rule every path uses (the listings a visitor reads,
 * the reservation's transaction), so the price shown and the price charged cannot differ.
 */
export interface PriceFacts {
  priceWon: number;
  dealPriceWon: number | null;
  dealEndsAt: Date | null;
}

export function dealRunning(l: PriceFacts, at: Date): boolean {
  return l.dealPriceWon !== null && l.dealEndsAt !== null && at.getTime() < l.dealEndsAt.getTime();
}

export function unitPriceAt(l: PriceFacts, at: Date): number {
  return dealRunning(l, at) ? l.dealPriceWon! : l.priceWon;
}

/** Why a buyer who was shown `expectedWon` cannot pay it now, with the price that applies instead. */
export interface PriceRefusal {
  /** deal_ended: they were shown the deal's price and the deal is over (it ran out or the seller ended it). */
  reason: 'deal_ended' | 'price_changed';
  unitPriceWon: number;
}

/**
 * Checks the price a buyer was shown against the server's own record: null when it is the price now
 * (or they did not say), else why not. The client's figure only ever refuses an order, never prices it.
 */
export function priceRefusal(l: PriceFacts, expectedWon: number | null, at: Date): PriceRefusal | null {
  const unitPriceWon = unitPriceAt(l, at);
  if (expectedWon === null || expectedWon === unitPriceWon) return null;
  const dealOver = l.dealPriceWon !== null && expectedWon === l.dealPriceWon && !dealRunning(l, at);
  return { reason: dealOver ? 'deal_ended' : 'price_changed', unitPriceWon };
}
