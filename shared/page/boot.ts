import { z } from 'zod';
import { CatalogueSchema } from '../schemas/catalogue.ts';

/**
 * What a server-rendered page hands its scripts: the venue it rendered with, so the client hydrates
 * with exactly the same data and fetches nothing first, and the font stylesheet for text shown later
 * without a reload. (The language it chose is in <html lang>.) Written by server/http/ssr.ts into
 * `<script type="application/json" id="seeot-boot">` (data, never executed: the CSP allows it),
 * read and checked by client/data/boot.ts.
 */
export { BOOT_ELEMENT_ID } from './bootElement.ts';

export const BootSchema = z.object({
  venue: CatalogueSchema,
  /** Same-origin URL of every DOM font face (the page itself inlines only the faces it shows). */
  fontCss: z.string().startsWith('/').nullable(),
});
export type Boot = z.infer<typeof BootSchema>;
