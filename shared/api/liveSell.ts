/**
 * Selling during a live (issue 10 §4): the booth's pinned product and its listings' stock and deals,
 * pushed to every open page of the booth from whichever process changed them. The page reads one
 * Server-Sent Events stream per booth (`events`): a `snapshot` when it connects (a late joiner gets
 * the current pin), then `pin`, `listing` and `stock` events as they happen. Each event carries the
 * server's clock, so a deal's countdown ends at the same moment on every screen.
 */
import { z } from 'zod';
import { IdSchema } from '../schemas/localized.ts';
import { PublicListingSchema } from './orders.ts';

export const LIVE_SELL_ROUTES = {
  /** GET: text/event-stream of SellEvent (one JSON per `data:` line). Public. */
  events: '/api/booths/:boothId/sell/events',
  /** PUT PinBody: a member of the booth (or staff) pins one of its listings, or unpins (null). */
  pin: '/api/studio/booths/:boothId/pin',
} as const;

export const PinBodySchema = z.object({ listingId: z.uuid().nullable() });
export type PinBody = z.infer<typeof PinBodySchema>;
/** PUT pin's answer: the listing pinned now (null: none). */
export const PinnedAnswerSchema = z.object({ listingId: z.uuid().nullable() });

const serverTime = z.iso.datetime();

export const SellEventSchema = z.discriminatedUnion('t', [
  /** On connecting: the pinned listing (null: none, or it is no longer on sale). */
  z.object({ t: z.literal('snapshot'), serverTime, boothId: IdSchema, pinned: PublicListingSchema.nullable() }),
  /** The seller pinned another listing or unpinned. */
  z.object({ t: z.literal('pin'), serverTime, boothId: IdSchema, pinned: PublicListingSchema.nullable() }),
  /** A listing changed (a deal started or ended, an edit); null: no longer on sale. */
  z.object({ t: z.literal('listing'), serverTime, boothId: IdSchema, listingId: z.uuid(), listing: PublicListingSchema.nullable() }),
  /** A listing's stock after an order, a cancellation or an expiry (coalesced: at most 4 a second). */
  z.object({ t: z.literal('stock'), serverTime, boothId: IdSchema, listingId: z.uuid(), stockLeft: z.int().nonnegative() }),
]);
export type SellEvent = z.infer<typeof SellEventSchema>;
