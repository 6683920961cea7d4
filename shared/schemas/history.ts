import { z } from 'zod';
import { IdSchema } from './localized.ts';

/** One line of the center's history. `year` only where the line names its own year. */
export const HistoryItemSchema = z.object({
  text: z.string().min(1),
  year: z.number().int().min(2010).max(2030).optional(),
});

/**
 * A block of history lines between year headings. The PDF stacked or dropped headings, so a block
 * carries a range (yearFrom..yearTo) rather than a guessed year; docs/content.md says why for each.
 */
export const HistoryBlockSchema = z
  .object({
    id: IdSchema,
    yearFrom: z.number().int().min(2010).max(2030),
    yearTo: z.number().int().min(2010).max(2030),
    items: z.array(HistoryItemSchema).min(1),
  })
  .refine((b) => b.yearFrom <= b.yearTo, { message: 'yearFrom must not be after yearTo', path: ['yearTo'] });
export type HistoryBlock = z.infer<typeof HistoryBlockSchema>;
export type HistoryItem = z.infer<typeof HistoryItemSchema>;
/** What authors write in shared/catalogue/data (defaults not yet applied). */
export type HistoryBlockInput = z.input<typeof HistoryBlockSchema>;
