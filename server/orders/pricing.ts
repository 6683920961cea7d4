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
