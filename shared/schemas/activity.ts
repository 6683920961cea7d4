import { z } from 'zod';
import { IdSchema, LocalizedSchema } from './localized.ts';
import { StageSchema } from './stage.ts';

/** 주활동 / 지원활동: two activities with two stages each. */
export const ActivitySchema = z.object({
  id: IdSchema,
  title: LocalizedSchema,
  stages: z.array(StageSchema).min(1),
});
export type Activity = z.infer<typeof ActivitySchema>;

export const ValueChainSchema = z.object({
  title: LocalizedSchema,
  /** Introductory sentences as printed. */
  intro: z.array(z.string().min(1)).default([]),
  activities: z.array(ActivitySchema).min(1),
});
export type ValueChain = z.infer<typeof ValueChainSchema>;
