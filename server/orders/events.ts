/**
 * What changed in the orders, in-process: a listing's stock after every change (an order, a
 * cancellation, an expiry, the seller's edit) and each new order. Nothing listens yet; a live
 * layer broadcasting stock to open pages and halls subscribes here rather than polling.
 */
import { EventEmitter } from 'node:events';
import type { OrderRecord, StockChange } from '../db/ordersRepo.ts';

interface OrderEventMap {
  stock: [StockChange];
  order: [OrderRecord];
}

export class OrderEvents extends EventEmitter<OrderEventMap> {}
