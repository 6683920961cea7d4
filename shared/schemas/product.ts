import { z } from 'zod';
import { MediaIdSchema } from './boothMedia.ts';
import { HttpsUrlSchema } from './link.ts';

export const PRODUCT_NAME_MAX = 80;
export const MAX_PRODUCT_IMAGES = 4;
export const MAX_PRODUCTS = 30;
/** A ceiling no real product reaches (₩1조), so a typo of extra zeros is refused, not shown. */
export const PRICE_MAX_WON = 1_000_000_000_000;

/** Something an enterprise sells, as it presents it; the sale itself happens at its own shop. */
export const ProductSchema = z.object({
  name: z.string().trim().min(1).max(PRODUCT_NAME_MAX),
  /** In won, a whole number (the won has no minor unit in use). */
  priceWon: z.number().int().min(0).max(PRICE_MAX_WON).optional(),
  images: z.array(MediaIdSchema).max(MAX_PRODUCT_IMAGES).default([]),
  /** How many are in stock, as the enterprise last said; absent when it does not say. */
  stock: z.number().int().min(0).optional(),
  /** Where to buy it: an outside shop, https only. */
  shopUrl: HttpsUrlSchema.optional(),
});
export type Product = z.infer<typeof ProductSchema>;
