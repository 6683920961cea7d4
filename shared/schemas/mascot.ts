import { z } from 'zod';

/** 시웃이, as the brochure's profile gives it. */
export const MascotSchema = z.object({
  name: z.string().min(1),
  romanized: z.string().min(1),
  description: z.array(z.string().min(1)).min(1),
  /** The letters its eyes are shaped as: 's' and 'o'. */
  eyes: z.tuple([z.string().length(1), z.string().length(1)]),
  personality: z.array(z.string().min(1)).min(1),
  catchphrases: z.array(z.string().min(1)).min(1),
  mbti: z.object({ type: z.string().regex(/^[EI][NS][FT][JP]$/), label: z.string().min(1) }),
  emoji: z.array(z.string().min(1)).min(1),
});
export type Mascot = z.infer<typeof MascotSchema>;
/** What authors write in shared/catalogue/data (defaults not yet applied). */
export type MascotInput = z.input<typeof MascotSchema>;
