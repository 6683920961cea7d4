import { z } from 'zod';

/** A real link a visitor may follow: tel:, mailto: or https:. */
export const LinkSchema = z.object({
  label: z.string().min(1),
  href: z.string().regex(/^(tel:|mailto:|https:\/\/)/, 'href must start with tel:, mailto: or https://'),
});
export type Link = z.infer<typeof LinkSchema>;
