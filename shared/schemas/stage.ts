import { z } from 'zod';
import { IdSchema, LocalizedSchema } from './localized.ts';
import { ProgrammeSchema } from './programme.ts';

/** A stage of a value-chain activity (주요 원재료 생산 …). Each stage is one zone of the world. */
export const StageSchema = z.object({
  id: IdSchema,
  /** The number as printed (1. / 2.). */
  number: z.number().int().positive(),
  title: LocalizedSchema,
  /** The stage's explanation paragraphs, as printed. */
  intro: z.array(z.string().min(1)).default([]),
  /** Index into the center's palette (client/theme) for the zone colour. */
  colorIndex: z.number().int().min(0).max(7),
  programmes: z.array(ProgrammeSchema).min(1),
});
export type Stage = z.infer<typeof StageSchema>;
/** What authors write in shared/catalogue/data (defaults not yet applied). */
export type StageInput = z.input<typeof StageSchema>;
