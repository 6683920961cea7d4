import { z } from 'zod';
import { IconSchema } from './icon.ts';
import { IdSchema, LocalizedSchema } from './localized.ts';
import { LinkSchema } from './link.ts';

/** An enterprise the brochure describes; each gets a booth of its own. */
export const EnterpriseSchema = z.object({
  id: IdSchema,
  name: LocalizedSchema,
  /** Legal form as printed, e.g. "(예비)사회적기업"; absent where the brochure gives none. */
  legalForm: z.string().min(1).optional(),
  /** The programme that presents it (e.g. the social-innovation incubation programme). */
  programmeId: IdSchema,
  icon: IconSchema,
  paragraphs: z.array(z.string().min(1)).min(1),
  links: z.array(LinkSchema).default([]),
});
export type Enterprise = z.infer<typeof EnterpriseSchema>;
/** What authors write in shared/catalogue/data (defaults not yet applied). */
export type EnterpriseInput = z.input<typeof EnterpriseSchema>;
