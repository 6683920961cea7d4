import { z } from 'zod';
import { ValueChainSchema } from './activity.ts';
import { CenterSchema } from './center.ts';
import { EnterpriseSchema } from './enterprise.ts';
import { HistoryBlockSchema } from './history.ts';
import { MascotSchema } from './mascot.ts';

/** The whole exhibition's content. The world, /list, the API and the schedule are generated from it. */
export const CatalogueSchema = z
  .object({
    center: CenterSchema,
    mascot: MascotSchema,
    history: z.array(HistoryBlockSchema).min(1),
    valueChain: ValueChainSchema,
    enterprises: z.array(EnterpriseSchema).default([]),
  })
  .superRefine((c, ctx) => {
    // Booth ids (programmes and enterprises) share one URL space: /booth/:id.
    const seen = new Set<string>();
    const programmeIds = new Set<string>();
    const stageIds = new Set<string>();
    c.valueChain.activities.forEach((a, ai) =>
      a.stages.forEach((s, si) => {
        stageIds.add(s.id);
        s.programmes.forEach((p, pi) => {
          programmeIds.add(p.id);
          if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: ['valueChain', 'activities', ai, 'stages', si, 'programmes', pi, 'id'], message: `duplicate booth id "${p.id}"` });
          seen.add(p.id);
        });
      }),
    );
    c.enterprises.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: ['enterprises', i, 'id'], message: `duplicate booth id "${e.id}"` });
      seen.add(e.id);
      if (e.programmeId !== undefined && !programmeIds.has(e.programmeId)) ctx.addIssue({ code: 'custom', path: ['enterprises', i, 'programmeId'], message: `unknown programme "${e.programmeId}"` });
      if (e.zoneId !== undefined && !stageIds.has(e.zoneId)) ctx.addIssue({ code: 'custom', path: ['enterprises', i, 'zoneId'], message: `unknown stage "${e.zoneId}"` });
    });
  });
export type Catalogue = z.infer<typeof CatalogueSchema>;
/** What authors write (defaults not yet applied). */
export type CatalogueInput = z.input<typeof CatalogueSchema>;
