import { z } from 'zod';

/**
 * A number the brochure states, kept as the brochure writes it ("6,311명", "558억 원").
 * `value` is text on purpose: units and separators are part of the fact.
 */
export const FigureSchema = z.object({
  label: z.string().min(1),
  value: z.string().min(1),
  note: z.string().min(1).optional(),
});
export type Figure = z.infer<typeof FigureSchema>;
