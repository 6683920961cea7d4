import { z } from 'zod';
import { LocalizedSchema } from './localized.ts';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');

/** The center itself, from the brochure's first pages and its colophon. */
export const CenterSchema = z.object({
  name: LocalizedSchema,
  slogan: z.string().min(1),
  intro: z.array(z.string().min(1)).min(1),
  foundedOn: IsoDate,
  legalBasis: z.string().min(1),
  purpose: z.string().min(1),
  staff: z.object({
    text: z.string().min(1),
    total: z.number().int().positive(),
  }),
  /** The 시웃 mark (센터 BI) as the brochure describes it; the mark's image itself is not in the text. */
  brandMark: z.array(z.string().min(1)).optional(),
  /** Left empty in the brochure: stays null and is not shown. */
  mission: z.null(),
  vision: z.null(),
  address: z.string().min(1),
  phone: z.string().min(1),
  fax: z.string().min(1),
  email: z.email(),
  website: z.string().min(1),
  publication: z.object({
    title: z.string().min(1),
    publisher: z.string().min(1),
    publishedOn: IsoDate,
    issuer: z.string().min(1),
    planner: z.string().min(1),
    editor: z.string().min(1),
  }),
});
export type Center = z.infer<typeof CenterSchema>;
/** What authors write in shared/catalogue/data (defaults not yet applied). */
export type CenterInput = z.input<typeof CenterSchema>;
