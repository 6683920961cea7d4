/** Repository records as the API shows them (shared/api/orders.ts): dates as ISO strings, the price by the server's clock. */
import type { Listing, OrderRow, OrderView, PublicListing } from '../../shared/api/orders.ts';
import type { ListingRecord, OrderRecord } from '../db/ordersRepo.ts';
import { dealRunning, unitPriceAt } from './pricing.ts';

export function publicListing(l: ListingRecord, at: Date): PublicListing {
  return {
    id: l.id,
    boothId: l.boothId,
    name: l.name,
    priceWon: l.priceWon,
    deal: dealRunning(l, at) ? { priceWon: l.dealPriceWon!, endsAt: l.dealEndsAt!.toISOString() } : null,
    unitPriceWon: unitPriceAt(l, at),
    stockLeft: l.stockLeft,
    reservationHours: l.reservationHours,
    transferInstructions: l.transferInstructions,
  };
}

export function listingView(l: ListingRecord, at: Date): Listing {
  return {
    ...publicListing(l, at),
    active: l.active,
    dealPriceWon: l.dealPriceWon,
    dealEndsAt: l.dealEndsAt?.toISOString() ?? null,
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
  };
}

export function orderView(o: OrderRecord): OrderView {
  return {
    number: o.number,
    status: o.status,
    cancelledBy: o.cancelledBy,
    boothId: o.boothId,
    listingId: o.listingId,
    name: o.name,
    quantity: o.quantity,
    unitPriceWon: o.unitPriceWon,
    totalWon: o.quantity * o.unitPriceWon,
    expiresAt: o.expiresAt.toISOString(),
    transferInstructions: o.transferInstructions,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

export function orderRow(o: OrderRecord): OrderRow {
  const { transferInstructions: _, ...view } = orderView(o);
  return { ...view, id: o.id, buyerName: o.buyerName, phone: o.phone, address: o.address, postcode: o.postcode, lang: o.lang };
}
