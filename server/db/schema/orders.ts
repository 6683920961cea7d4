import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { booths } from './booths.ts';
import { fairs } from './fairs.ts';

export const ORDER_STATUSES = ['reserved', 'confirmed', 'cancelled', 'expired'] as const;
export const CANCELLERS = ['buyer', 'seller'] as const;

/**
 * A booth's sale offer with the stock that decides every order: the booth's `products` in the
 * venue are presentation without ids, so what is sold, at what price and how many are left live
 * here. stock_left is only ever changed by guarded statements (never below zero: the CHECK is the
 * last line, the WHERE stock_left >= q the first).
 */
export const listings = pgTable(
  'listings',
  {
    id: text('id').primaryKey(),
    boothId: text('booth_id')
      .notNull()
      .references(() => booths.id, { onDelete: 'cascade' }),
    fairId: integer('fair_id')
      .notNull()
      .references(() => fairs.id),
    name: text('name').notNull(),
    priceWon: bigint('price_won', { mode: 'number' }).notNull(),
    stockLeft: integer('stock_left').notNull(),
    /** A deal's price while now < deal_ends_at (the server's clock); both null without a deal. */
    dealPriceWon: bigint('deal_price_won', { mode: 'number' }),
    dealEndsAt: timestamp('deal_ends_at', { withTimezone: true }),
    /** How long an unconfirmed order holds its stock (a bank transfer can take a day). */
    reservationHours: integer('reservation_hours').notNull().default(24),
    /** The seller's bank account and note, shown with every order. */
    transferInstructions: text('transfer_instructions').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('listings_stock_left', sql`${t.stockLeft} >= 0`),
    check('listings_price', sql`${t.priceWon} >= 0 and (${t.dealPriceWon} is null or ${t.dealPriceWon} >= 0)`),
    index('listings_booth').on(t.boothId),
  ],
);

/**
 * A guest's order of one listing. Its quantity left the listing's stock in the transaction that
 * inserted it, and goes back in the one that cancels or expires it. idempotency_key is the
 * client's per-attempt UUID: a retried submission finds its order instead of making another.
 */
export const orders = pgTable(
  'orders',
  {
    id: text('id').primaryKey(),
    /** What the buyer quotes with their phone to find it again, e.g. 7KQ2-M9XP. */
    number: text('number').notNull().unique(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    listingId: text('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    boothId: text('booth_id').notNull(),
    fairId: integer('fair_id').notNull(),
    /** The listing's name when ordered. */
    name: text('name').notNull(),
    quantity: integer('quantity').notNull(),
    /** The server's price at the moment of reserving (the deal's while it ran). */
    unitPriceWon: bigint('unit_price_won', { mode: 'number' }).notNull(),
    /** The listing's transfer instructions when ordered: the account the buyer was told to pay into. */
    transferInstructions: text('transfer_instructions').notNull(),
    status: text('status', { enum: ORDER_STATUSES }).notNull().default('reserved'),
    cancelledBy: text('cancelled_by', { enum: CANCELLERS }),
    buyerName: text('buyer_name').notNull(),
    phone: text('phone').notNull(),
    address: text('address').notNull(),
    postcode: text('postcode'),
    lang: text('lang').notNull(),
    consentVersion: text('consent_version').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('orders_quantity', sql`${t.quantity} > 0`),
    check('orders_status', sql`${t.status} in ('reserved', 'confirmed', 'cancelled', 'expired')`),
    index('orders_booth').on(t.boothId, t.createdAt),
    index('orders_listing').on(t.listingId, t.status),
    index('orders_reserved_expiry').on(t.expiresAt).where(sql`${t.status} = 'reserved'`),
  ],
);
