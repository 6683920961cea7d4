import { z } from 'zod';

/** A title shown in the UI: Korean is the source, English is our translation. */
export const LocalizedSchema = z.object({
  ko: z.string().min(1),
  en: z.string().min(1),
});
export type Localized = z.infer<typeof LocalizedSchema>;

export const LANGS = ['ko', 'en'] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

/** Stable ids for zones, booths, exhibits: lowercase kebab-case, used in URLs (/booth/:id). */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lowercase kebab-case (a-z, 0-9, -)');
