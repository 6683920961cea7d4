import { z } from 'zod';
import { boothPresentationFields } from './boothPresentation.ts';
import { ExhibitSchema } from './exhibit.ts';
import { IconSchema } from './icon.ts';
import { LinkSchema } from './link.ts';
import { IdSchema, LocalizedSchema } from './localized.ts';

/** A lettered section of a stage (가. 인식확산 …). Becomes one booth in its stage's zone. */
export const ProgrammeSchema = z.object({
  id: IdSchema,
  /** The Korean letter as printed: 가, 나, 다, 라. */
  letter: z.string().length(1),
  title: LocalizedSchema,
  icon: IconSchema,
  /** The programme's introduction paragraphs, as printed. */
  intro: z.array(z.string().min(1)).default([]),
  exhibits: z.array(ExhibitSchema).default([]),
  ...boothPresentationFields,
  /** The booth's own links, added in /studio (the brochure's are on its exhibits). */
  links: z.array(LinkSchema).optional(),
});
export type Programme = z.infer<typeof ProgrammeSchema>;
/** What authors write in shared/catalogue/data (defaults not yet applied). */
export type ProgrammeInput = z.input<typeof ProgrammeSchema>;
