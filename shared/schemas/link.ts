import { z } from 'zod';

/** A real link a visitor may follow: tel:, mailto: or https:. */
export const LinkSchema = z.object({
  label: z.string().min(1),
  href: z.string().regex(/^(tel:|mailto:|https:\/\/)/, 'href must start with tel:, mailto: or https://'),
});
export type Link = z.infer<typeof LinkSchema>;

/** An address on the web over https: what editors may enter (a plain-http or script: URL is refused). */
export const HttpsUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .regex(/^https:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#]\S*)?$/, 'an https:// address');

/** A link an enterprise or staff member adds in /studio: https only (the brochure's tel:/mailto: stay valid in LinkSchema). */
export const EditedLinkSchema = z.object({ label: z.string().trim().min(1).max(80), href: HttpsUrlSchema });
