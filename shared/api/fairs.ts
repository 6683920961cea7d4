/**
 * The timed fairs' contract: /api/admin/fairs (staff read, admins write: a fair's settings, its booths
 * and its schedule) and /api/fairs (visitors: published fairs open now or coming, with their
 * schedules). Instants travel as ISO strings with their offset; the forms enter and show them in
 * Asia/Seoul (schemas/fairTime.ts). Errors are `{ error, fields? }` codes; their sentences live in
 * shared/i18n (fairs-*).
 */
import { z } from 'zod';
import { IdSchema, LocalizedSchema } from '../schemas/localized.ts';
import { FAIR_SLUG_MAX } from './fairSlug.ts';

/** A fair's address, /f/:slug: lowercase kebab-case, short enough to say aloud (isFairSlug: the same without zod). */
export const FairSlugSchema = IdSchema.max(FAIR_SLUG_MAX);

const Instant = z.iso.datetime({ offset: true });
const Title = z.object({ ko: z.string().trim().min(1).max(80), en: z.string().trim().min(1).max(80) });
const endsAfterStart = (s: { startsAt: string; endsAt: string }) => Date.parse(s.endsAt) > Date.parse(s.startsAt);

/** Hall shard capacity a fair may ask for: a shard below 20 feels empty, above 500 the hall's budget does not hold. */
export const SHARD_CAPACITY_MIN = 20;
export const SHARD_CAPACITY_MAX = 500;

/** POST /api/admin/fairs and PUT /api/admin/fairs/:id (admins): a timed fair's settings. */
export const FairBodySchema = z
  .object({
    title: Title,
    slug: FairSlugSchema,
    startsAt: Instant,
    endsAt: Instant,
    shardCapacity: z.number().int().min(SHARD_CAPACITY_MIN).max(SHARD_CAPACITY_MAX).nullable(),
    editsNeedApproval: z.boolean(),
    published: z.boolean(),
  })
  .refine(endsAfterStart, { message: 'ends after it starts', path: ['endsAt'] });
export type FairBody = z.infer<typeof FairBodySchema>;

export const FAIR_EVENT_KINDS = ['talk', 'market', 'contest', 'live'] as const;
export const FairEventKindSchema = z.enum(FAIR_EVENT_KINDS);
export type FairEventKind = z.infer<typeof FairEventKindSchema>;

/** POST /api/admin/fairs/:id/events (admins): one entry of the schedule, at a booth, in a zone, or neither. */
export const FairEventBodySchema = z
  .object({
    title: Title,
    kind: FairEventKindSchema,
    startsAt: Instant,
    endsAt: Instant,
    boothId: IdSchema.nullable(),
    zoneId: IdSchema.nullable(),
  })
  .refine(endsAfterStart, { message: 'ends after it starts', path: ['endsAt'] });
export type FairEventBody = z.infer<typeof FairEventBodySchema>;

export const FairEventSchema = z.object({
  id: z.number().int().positive(),
  title: LocalizedSchema,
  kind: FairEventKindSchema,
  startsAt: Instant,
  endsAt: Instant,
  boothId: IdSchema.nullable(),
  zoneId: z.string().nullable(),
});
export type FairEvent = z.infer<typeof FairEventSchema>;

/** PUT /api/admin/fairs/:id/booths (admins): the booths the fair shows, all at once. */
export const FairBoothsBodySchema = z.object({ boothIds: z.array(IdSchema).max(1000) });

export const AdminFairSchema = z.object({
  id: z.number().int().positive(),
  title: LocalizedSchema,
  slug: FairSlugSchema,
  startsAt: Instant,
  endsAt: Instant,
  shardCapacity: z.number().int().nullable(),
  editsNeedApproval: z.boolean(),
  published: z.boolean(),
  boothIds: z.array(IdSchema),
  events: z.array(FairEventSchema),
});
export type AdminFair = z.infer<typeof AdminFairSchema>;

/** GET /api/admin/fairs (staff): every timed fair, newest start first. */
export const AdminFairListSchema = z.object({ fairs: z.array(AdminFairSchema) });

/** A published fair as visitors see it in lists (the landing page, /list, the world's schedule). */
export const PublicFairSchema = z.object({
  slug: FairSlugSchema,
  title: LocalizedSchema,
  startsAt: Instant,
  endsAt: Instant,
  events: z.array(FairEventSchema),
  /** The booths its hall shows (/world?fair=, /list?fair= lay the venue out cut to them: shared/world/fairVenue.ts). */
  boothIds: z.array(IdSchema),
});
export type PublicFair = z.infer<typeof PublicFairSchema>;

/** GET /api/fairs: published fairs open now or coming, soonest first, with the server's time. */
export const PublicFairListSchema = z.object({ now: Instant, fairs: z.array(PublicFairSchema) });
export type PublicFairList = z.infer<typeof PublicFairListSchema>;

export const ADMIN_FAIR_ERRORS = ['invalid', 'not_found', 'slug_taken', 'unknown_booth', 'unknown_zone'] as const;
export type AdminFairErrorCode = (typeof ADMIN_FAIR_ERRORS)[number];
export const AdminFairErrorSchema = z.object({ error: z.enum(ADMIN_FAIR_ERRORS), fields: z.array(z.string()).optional() });
