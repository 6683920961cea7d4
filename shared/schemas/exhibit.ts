import { z } from 'zod';
import { FigureSchema } from './figure.ts';
import { IdSchema } from './localized.ts';
import { LinkSchema } from './link.ts';
import { TableSchema } from './table.ts';

/** One item inside a programme booth (시웃레터, 1분 상식, 싱킹아카데미 …). Korean text from the brochure. */
export const ExhibitSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  /** English title (ours, not brochure-sourced). */
  titleEn: z.string().min(1),
  /** Paragraphs as printed. */
  paragraphs: z.array(z.string().min(1)).default([]),
  /** Bulleted names (e.g. the participating schools). */
  list: z.array(z.string().min(1)).default([]),
  /** The heading the brochure prints over `list` (e.g. "참여 학교(기관명)"); absent where it prints none. */
  listTitle: z.string().min(1).optional(),
  /**
   * The lines the brochure prints under its photos in this exhibit's part of the section, as printed
   * and in printed order (a line that separates items with commas is one caption per item). Kept as
   * captions, never made into content: the photos themselves are not in the text.
   */
  captions: z.array(z.string().min(1)).default([]),
  figures: z.array(FigureSchema).default([]),
  tables: z.array(TableSchema).default([]),
  links: z.array(LinkSchema).default([]),
});
export type Exhibit = z.infer<typeof ExhibitSchema>;
/** What authors write in shared/catalogue/data (defaults not yet applied). */
export type ExhibitInput = z.input<typeof ExhibitSchema>;
