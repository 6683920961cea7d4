/**
 * The orders API: a booth's listings (sale offers with authoritative stock) and guests' orders
 * against them, reserved with one guarded decrement in the database and confirmed by the seller
 * after a bank transfer or on delivery (there is no online payment). One zod schema per body and
 * response, read by the server's routes and the client alike. Errors are
 * `{ error: OrderErrorCode, fields?, retryAfterMs?, unitPriceWon?, stockLeft? }`; a field's problem
 * is a code (ORDER_FIELD_ERRORS); every sentence lives in shared/i18n (orders-*).
 */
import { z } from 'zod';
import { requiredText } from './formText.ts';
import { normalizeKoreanPhone } from './phone.ts';
import { IdSchema, LangSchema } from '../schemas/localized.ts';
import { PRICE_MAX_WON, PRODUCT_NAME_MAX } from '../schemas/product.ts';

/** Route paths (express patterns; the client fills `:boothId` / `:orderId`). */
export const ORDER_ROUTES = {
  /** GET ?boothId=: a booth's active listings with live stock, and the server's clock. Public. */
  listings: '/api/listings',
  /** POST: a guest's order (no account). 201 new, 200 the same order again for a repeated idempotencyKey. */
  orders: '/api/orders',
  /** POST {number, phone}: the order's status (a POST so the phone stays out of URLs and logs). */
  lookup: '/api/orders/lookup',
  /** POST {number, phone}: the buyer cancels while it is still reserved. */
  cancel: '/api/orders/cancel',
  /** GET / POST: the booth's listings (members of the booth, staff). */
  studioListings: '/api/studio/booths/:boothId/listings',
  /** PATCH: edit one listing. */
  studioListing: '/api/studio/booths/:boothId/listings/:listingId',
  /** GET ?status=: the booth's orders, newest first. */
  studioOrders: '/api/studio/booths/:boothId/orders',
  /** GET ?lang=: the same as CSV (UTF-8 with BOM, for Excel). */
  studioOrdersCsv: '/api/studio/booths/:boothId/orders.csv',
  /** POST: the seller confirms (reserved → confirmed). */
  studioConfirm: '/api/studio/orders/:orderId/confirm',
  /** POST: the seller cancels (reserved or confirmed → cancelled; the stock comes back). */
  studioCancel: '/api/studio/orders/:orderId/cancel',
  /** GET ?fairId=: sales per listing by status (staff). */
  adminSales: '/api/admin/sales',
} as const;

/** `/api/studio/booths/b1/listings` from a pattern and its params. */
export function orderPath(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/:(\w+)/g, (_, k: string) => encodeURIComponent(params[k] ?? ''));
}

export const ORDER_STATUSES = ['reserved', 'confirmed', 'cancelled', 'expired'] as const;
export const OrderStatusSchema = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatusSchema>;

/** Who cancelled a cancelled order. */
export const CANCELLERS = ['buyer', 'seller'] as const;
export const CancellerSchema = z.enum(CANCELLERS);

/** What a field can be told, as a code; the form shows `orders:field_<code>` beside the input. */
export const ORDER_FIELD_ERRORS = ['required', 'too_long', 'phone_invalid', 'postcode_invalid', 'quantity_invalid', 'number_invalid', 'date_invalid'] as const;
export type OrderFieldErrorCode = (typeof ORDER_FIELD_ERRORS)[number];

/** Limits a person would not reach, and that bound what one order stores. */
export const BUYER_NAME_MAX = 50;
export const ADDRESS_MAX = 200;
export const TRANSFER_MAX = 500;
/** One order takes at most this many of one listing. */
export const QUANTITY_MAX = 1000;
/** Stock a listing may hold. */
export const STOCK_MAX = 1_000_000;
export const RESERVATION_HOURS_DEFAULT = 24;
export const RESERVATION_HOURS_MAX = 24 * 14;

const text = requiredText;

/** A Korean phone number as typed; comes out as 010-1234-5678 (shared/api/phone.ts). */
export const BuyerPhoneSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(30, { error: 'phone_invalid' })
  .transform((raw, ctx) => {
    const phone = normalizeKoreanPhone(raw);
    if (phone !== null) return phone;
    ctx.addIssue({ code: 'custom', message: 'phone_invalid' });
    return z.NEVER;
  });

/** The five-digit 우편번호 (since 2015). */
export const PostcodeSchema = z
  .string()
  .trim()
  .regex(/^\d{5}$/, { error: 'postcode_invalid' });

export const QuantitySchema = z.int({ error: 'quantity_invalid' }).min(1, { error: 'quantity_invalid' }).max(QUANTITY_MAX, { error: 'quantity_invalid' });
const WonSchema = z.int({ error: 'number_invalid' }).min(0, { error: 'number_invalid' }).max(PRICE_MAX_WON, { error: 'number_invalid' });

/** The buyer's answers to the consent notices (orders:consent_*); both are needed to order. */
export const OrderConsentsSchema = z.object({
  /** Collection and use of the buyer's name, phone and address, to deliver and settle the order. */
  collection: z.boolean(),
  /** Provision of them to the selling enterprise (a third party). */
  provision: z.boolean(),
  /** The notices' version the buyer read (ORDER_CONSENT_VERSION). */
  version: z.string().min(1).max(40),
});

/** Bumped whenever the order notices' meaning changes; an order made on another version is refused (consent_outdated). */
export const ORDER_CONSENT_VERSION = '2026-12-03';

/** The order number's alphabet: no 0/O, 1/I/L, so it reads back over the phone. */
export const ORDER_NUMBER_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** e.g. 7KQ2-M9XP; typed in lower case or without the hyphen it is still found. */
export const OrderNumberSchema = z
  .string({ error: 'required' })
  .trim()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/, { error: 'required' }))
  .transform((s) => `${s.slice(0, 4)}-${s.slice(4)}`);

/** POST /api/orders */
export const OrderBodySchema = z.object({
  listingId: z.uuid({ error: 'required' }),
  quantity: QuantitySchema,
  /**
   * The unit price the buyer was shown. Optional; when given and not the server's own price at
   * that moment (a deal ended, the seller changed the price, or a tampered body) the order is
   * refused with `price_changed` and the current `unitPriceWon`, and nothing is reserved. The
   * server never charges a price it did not set.
   */
  expectedUnitPriceWon: WonSchema.optional(),
  buyerName: text(BUYER_NAME_MAX),
  phone: BuyerPhoneSchema,
  address: text(ADDRESS_MAX),
  postcode: PostcodeSchema.optional(),
  consents: OrderConsentsSchema,
  /** Made by the client once per attempt (crypto.randomUUID()) and sent again on a retry: the same order comes back, nothing new is made. */
  idempotencyKey: z.uuid({ error: 'required' }),
  lang: LangSchema,
});
export type OrderBodyInput = z.input<typeof OrderBodySchema>;
export type OrderBody = z.output<typeof OrderBodySchema>;

/** POST /api/orders/lookup and /api/orders/cancel */
export const OrderLookupBodySchema = z.object({ number: OrderNumberSchema, phone: BuyerPhoneSchema });
export type OrderLookupBodyInput = z.input<typeof OrderLookupBodySchema>;

/** A deal while it runs: its price applies to orders until endsAt (server clock). */
export const DealSchema = z.object({ priceWon: WonSchema, endsAt: z.iso.datetime() });

/** What a visitor sees of a listing (GET /api/listings). */
export const PublicListingSchema = z.object({
  id: z.uuid(),
  boothId: IdSchema,
  name: z.string(),
  priceWon: z.int(),
  /** The deal, only while it runs at `serverTime`. */
  deal: DealSchema.nullable(),
  /** What an order placed now pays per unit: the deal's price while it runs, else priceWon. */
  unitPriceWon: z.int(),
  stockLeft: z.int().nonnegative(),
  reservationHours: z.int().positive(),
  /** How to pay: the seller's bank account and note, shown before buying and on the receipt. */
  transferInstructions: z.string(),
});
export type PublicListing = z.infer<typeof PublicListingSchema>;

/** GET /api/listings?boothId= ; serverTime lets a countdown run on the server's clock. */
export const ListingsQuerySchema = z.object({ boothId: IdSchema });
export const PublicListingsSchema = z.object({ serverTime: z.iso.datetime(), listings: z.array(PublicListingSchema) });
export type PublicListings = z.infer<typeof PublicListingsSchema>;

/** A listing as its seller manages it in /studio. */
export const ListingSchema = PublicListingSchema.extend({
  active: z.boolean(),
  /** The deal as set, also once ended (null: none). */
  dealPriceWon: z.int().nullable(),
  dealEndsAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Listing = z.infer<typeof ListingSchema>;
export const ListingListSchema = z.object({ serverTime: z.iso.datetime(), listings: z.array(ListingSchema) });

/** The deal a seller starts: a price and how long from now (server clock), or null to end it. */
export const DealBodySchema = z.object({ priceWon: WonSchema, minutes: z.int({ error: 'number_invalid' }).min(1, { error: 'number_invalid' }).max(60 * 24 * 7, { error: 'number_invalid' }) });

/** POST /api/studio/booths/:boothId/listings */
export const ListingCreateBodySchema = z.object({
  /** Usually one of the booth's products' names. */
  name: text(PRODUCT_NAME_MAX),
  priceWon: WonSchema,
  stockLeft: z.int({ error: 'number_invalid' }).min(0, { error: 'number_invalid' }).max(STOCK_MAX, { error: 'number_invalid' }),
  reservationHours: z
    .int({ error: 'number_invalid' })
    .min(1, { error: 'number_invalid' })
    .max(RESERVATION_HOURS_MAX, { error: 'number_invalid' })
    .default(RESERVATION_HOURS_DEFAULT),
  transferInstructions: text(TRANSFER_MAX),
  active: z.boolean().default(true),
  deal: DealBodySchema.nullable().optional(),
});
export type ListingCreateBodyInput = z.input<typeof ListingCreateBodySchema>;
export type ListingCreateBody = z.output<typeof ListingCreateBodySchema>;

/**
 * PATCH /api/studio/booths/:boothId/listings/:listingId: only the fields given change. stockLeft
 * sets what is left for sale now (reserved orders already took theirs); deal null ends the deal.
 */
export const ListingPatchBodySchema = z
  .object({
    name: text(PRODUCT_NAME_MAX),
    priceWon: WonSchema,
    stockLeft: z.int({ error: 'number_invalid' }).min(0, { error: 'number_invalid' }).max(STOCK_MAX, { error: 'number_invalid' }),
    reservationHours: z.int({ error: 'number_invalid' }).min(1, { error: 'number_invalid' }).max(RESERVATION_HOURS_MAX, { error: 'number_invalid' }),
    transferInstructions: text(TRANSFER_MAX),
    active: z.boolean(),
    deal: DealBodySchema.nullable(),
  })
  .partial();
export type ListingPatchBody = z.output<typeof ListingPatchBodySchema>;

/** What the buyer sees of their order: the receipt (201/200 to POST /api/orders), lookup and cancel. */
export const OrderViewSchema = z.object({
  number: z.string(),
  status: OrderStatusSchema,
  cancelledBy: CancellerSchema.nullable(),
  boothId: IdSchema,
  listingId: z.uuid(),
  name: z.string(),
  quantity: z.int().positive(),
  unitPriceWon: z.int().nonnegative(),
  totalWon: z.int().nonnegative(),
  /** When an unconfirmed reservation lapses and its stock returns. */
  expiresAt: z.iso.datetime(),
  transferInstructions: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type OrderView = z.infer<typeof OrderViewSchema>;

/** One order in the seller's inbox (GET /api/studio/booths/:boothId/orders, confirm, cancel). */
export const OrderRowSchema = OrderViewSchema.omit({ transferInstructions: true }).extend({
  id: z.uuid(),
  buyerName: z.string(),
  phone: z.string(),
  address: z.string(),
  postcode: z.string().nullable(),
  lang: LangSchema,
});
export type OrderRow = z.infer<typeof OrderRowSchema>;
export const OrderListQuerySchema = z.object({ status: OrderStatusSchema.optional() });
export const OrderListSchema = z.object({ orders: z.array(OrderRowSchema) });

/** Counts of one status of one listing. */
export const SalesFiguresSchema = z.object({ orders: z.int().nonnegative(), quantity: z.int().nonnegative(), won: z.int().nonnegative() });
export type SalesFigures = z.infer<typeof SalesFiguresSchema>;
/** GET /api/admin/sales?fairId=: per listing, every status (zeros included). */
export const SalesRowSchema = z.object({
  listingId: z.uuid(),
  boothId: IdSchema,
  name: z.string(),
  stockLeft: z.int().nonnegative(),
  byStatus: z.record(OrderStatusSchema, SalesFiguresSchema),
});
export const SalesSchema = z.object({ sales: z.array(SalesRowSchema) });
export const SalesQuerySchema = z.object({ fairId: z.coerce.number().int().positive() });

export const ORDER_ERRORS = [
  /** The body did not fit its schema: `fields` maps each path to an OrderFieldErrorCode. */
  'invalid',
  /** A consent the order needs was not given: nothing is stored. */
  'consent_required',
  /** The notices changed since the form was opened. */
  'consent_outdated',
  /** No such listing, or it is not on sale (inactive). */
  'unknown_listing',
  /** Nothing left: `stockLeft` 0. */
  'sold_out',
  /** Fewer left than asked: `stockLeft` says how many. */
  'not_enough_stock',
  /** expectedUnitPriceWon is not the price now (deal ended, price changed): `unitPriceWon`. */
  'price_changed',
  /** expectedUnitPriceWon is the deal's price and the deal is over (ran out, or the seller ended it): `unitPriceWon` applies now. */
  'deal_ended',
  /** The order cannot go to that state (cancel after confirmation, confirm a cancelled one). */
  'wrong_status',
  /** Too many orders from this address: `retryAfterMs`. */
  'rate_limited',
  'unauthorized',
  'forbidden',
  'csrf',
  'not_found',
] as const;
export type OrderErrorCode = (typeof ORDER_ERRORS)[number];
export const OrderErrorSchema = z.object({
  error: z.enum(ORDER_ERRORS),
  fields: z.record(z.string(), z.enum(ORDER_FIELD_ERRORS)).optional(),
  retryAfterMs: z.int().nonnegative().optional(),
  unitPriceWon: z.int().nonnegative().optional(),
  stockLeft: z.int().nonnegative().optional(),
  /** wrong_status: the order's status now. */
  status: OrderStatusSchema.optional(),
});
export type OrderError = z.infer<typeof OrderErrorSchema>;

/** The field a problem belongs to (`consents.collection`) and its code, first problem per field. */
export function orderFieldErrors(error: z.ZodError): Record<string, OrderFieldErrorCode> {
  const out: Record<string, OrderFieldErrorCode> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.');
    if (path in out) continue;
    out[path] = (ORDER_FIELD_ERRORS as readonly string[]).includes(issue.message) ? (issue.message as OrderFieldErrorCode) : 'required';
  }
  return out;
}
