import { z } from 'zod';
import { boothPresentationFields } from './boothPresentation.ts';
import { IconSchema } from './icon.ts';
import { IdSchema, LocalizedSchema } from './localized.ts';
import { LinkSchema } from './link.ts';
import { ProcurementSchema } from './procurement.ts';
import { MAX_PRODUCTS, ProductSchema } from './product.ts';

/** An enterprise the brochure describes; each gets a booth of its own. */
export const EnterpriseSchema = z.object({
  id: IdSchema,
  name: LocalizedSchema,
  /** Legal form as printed, e.g. "(예비)사회적기업"; absent where the brochure gives none. */
  legalForm: z.string().min(1).optional(),
  /** The programme that presents it (e.g. the social-innovation incubation programme); none for some a booth staff create. */
  programmeId: IdSchema.optional(),
  /** The stage whose zone it stands in when staff placed it there; absent: the enterprise hall. */
  zoneId: IdSchema.optional(),
  icon: IconSchema,
  paragraphs: z.array(z.string().min(1)).min(1),
  links: z.array(LinkSchema).default([]),
  ...boothPresentationFields,
  /** What it sells; absent until the enterprise lists something. */
  products: z.array(ProductSchema).max(MAX_PRODUCTS).optional(),
  /** Certifications and priority purchase; absent until someone states them (the brochure does not). */
  procurement: ProcurementSchema.optional(),
});
export type Enterprise = z.infer<typeof EnterpriseSchema>;
/** What authors write in shared/catalogue/data (defaults not yet applied). */
export type EnterpriseInput = z.input<typeof EnterpriseSchema>;
