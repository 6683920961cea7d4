/**
 * The booths API of /admin (/api/admin/booths): staff list every booth with its zone, status and
 * members; admins create one (closed, a draft, until published), move it to a zone, open or close it,
 * and add an enterprise account as a member; a preview answers the venue as it would be with a
 * change published. Read by the server's routes and by /admin alike. Errors are `{ error, fields? }`
 * codes; their sentences live in shared/i18n (admin-booths-*).
 */
import { z } from 'zod';
import { CatalogueSchema } from '../schemas/catalogue.ts';
import { IconSchema } from '../schemas/icon.ts';
import { IdSchema, LocalizedSchema } from '../schemas/localized.ts';
import { MAX_PARAGRAPHS, NAME_MAX, PARAGRAPH_MAX } from './studio.ts';

export const BOOTH_STATUSES = ['open', 'closed'] as const;
export const BoothStatusSchema = z.enum(BOOTH_STATUSES);
export type BoothStatus = z.infer<typeof BoothStatusSchema>;

const PlainName = z.string().trim().min(1).max(NAME_MAX);

export const MemberSchema = z.object({ id: z.string(), displayName: z.string(), email: z.string() });
export type Member = z.infer<typeof MemberSchema>;

export const AdminBoothSchema = z.object({
  id: IdSchema,
  kind: z.enum(['programme', 'enterprise']),
  zoneId: z.string(),
  status: BoothStatusSchema,
  title: LocalizedSchema,
  /** Made by staff in /admin (no brochure entry). */
  created: z.boolean(),
  members: z.array(MemberSchema),
});
export type AdminBooth = z.infer<typeof AdminBoothSchema>;

/** GET /api/admin/booths: the booths, the zones a booth may stand in, the programmes that may present one, and the enterprise accounts to assign. */
export const AdminBoothListSchema = z.object({
  booths: z.array(AdminBoothSchema),
  zones: z.array(z.object({ id: z.string(), title: LocalizedSchema })),
  programmes: z.array(z.object({ id: IdSchema, title: LocalizedSchema })),
  accounts: z.array(MemberSchema),
});
export type AdminBoothList = z.infer<typeof AdminBoothListSchema>;

/** POST /api/admin/booths (admins): a new enterprise booth, closed until published. */
export const CreateBoothBodySchema = z.object({
  id: IdSchema.max(64),
  zoneId: IdSchema,
  name: z.object({ ko: PlainName, en: PlainName }),
  programmeId: IdSchema.optional(),
  icon: IconSchema,
  paragraphs: z.array(z.string().trim().min(1).max(PARAGRAPH_MAX)).min(1).max(MAX_PARAGRAPHS),
});
export type CreateBoothBody = z.infer<typeof CreateBoothBodySchema>;

/** PATCH /api/admin/booths/:id (admins) and the preview's query (staff): where it stands and/or whether it is open. */
export const BoothChangeSchema = z
  .object({ zoneId: IdSchema.optional(), status: BoothStatusSchema.optional() })
  .refine((c) => c.zoneId !== undefined || c.status !== undefined, { message: 'a zone or a status', path: ['status'] });
export type BoothChangeBody = z.infer<typeof BoothChangeSchema>;

/** GET /api/admin/booths/:id/preview?zoneId=&status=: the venue with the change, nothing written. */
export const BoothPreviewSchema = z.object({ venue: CatalogueSchema });

/** POST /api/admin/booths/:id/members (admins): an existing enterprise account becomes a member. */
export const AddMemberBodySchema = z.object({ accountId: z.string().min(1).max(64) });

export const ADMIN_BOOTH_ERRORS = [
  'invalid',
  'not_found',
  'id_taken',
  'unknown_zone',
  'not_enterprise',
  'unknown_account',
  'not_enterprise_account',
] as const;
export type AdminBoothErrorCode = (typeof ADMIN_BOOTH_ERRORS)[number];
export const AdminBoothErrorSchema = z.object({ error: z.enum(ADMIN_BOOTH_ERRORS), fields: z.array(z.string()).optional() });
