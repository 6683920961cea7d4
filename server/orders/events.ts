/**
 * What changed in the orders, in-process: a listing's stock after every change (an order, a
 * cancellation, an expiry, the seller's edit), a listing the seller made or edited (a deal started
 * or ended), and each new order. sellBus.ts pushes the first two to the booth's open pages.
 */
import { EventEmitter } from 'node:events';
import type { ListingRecord, OrderRecord, StockChange } from '../db/ordersRepo.ts';

interface OrderEventMap {
  stock: [StockChange];
  listing: [ListingRecord];
  order: [OrderRecord];
}

export class OrderEvents extends EventEmitter<OrderEventMap> {}
