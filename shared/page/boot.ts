import { z } from 'zod';
import { CatalogueSchema } from '../schemas/catalogue.ts';
import { LangSchema } from '../schemas/localized.ts';

/**
 * What a server-rendered page hands its scripts: the language the server chose and the venue it
 * rendered with, so the client hydrates with exactly the same data and fetches nothing first, plus
 * the font stylesheet for pages reached later without a reload. Written by server/http/ssr.ts into
 * `<script type="application/json" id="seeot-boot">` (data, never executed: the CSP allows it),
 * read and checked by client/data/boot.ts.
 */
export const BOOT_ELEMENT_ID = 'seeot-boot';

export const BootSchema = z.object({
  lang: LangSchema,
  venue: CatalogueSchema,
  /** Same-origin URL of every DOM font face (the page itself inlines only the faces it shows). */
  fontCss: z.string().startsWith('/').nullable(),
});
export type Boot = z.infer<typeof BootSchema>;
