/**
 * The booth-edit API (/api/studio/booths/:boothId, /api/admin/edits, /api/admin/fairs/:id): one zod
 * schema per body and response, read by the server's routes and by /studio and /admin alike. Errors
 * are `{ error: StudioErrorCode, fields?, … }`; their sentences live in shared/i18n (booth-edit-*).
 */
import { z } from 'zod';
import { boothPresentationFields } from '../schemas/boothPresentation.ts';
import { EnterpriseSchema } from '../schemas/enterprise.ts';
import { EditedLinkSchema } from '../schemas/link.ts';
import { IdSchema, LocalizedSchema } from '../schemas/localized.ts';
import { ProcurementSchema } from '../schemas/procurement.ts';
import { MAX_PRODUCTS, ProductSchema } from '../schemas/product.ts';
import { ProgrammeSchema } from '../schemas/programme.ts';
import { FieldPathSchema } from '../venue/fieldPath.ts';

export const NAME_MAX = 80;
export const PARAGRAPH_MAX = 2000;
export const MAX_PARAGRAPHS = 20;
export const MAX_LINKS = 10;
export const REASON_MAX = 500;

const PlainName = z.string().trim().min(1).max(NAME_MAX);
const Paragraphs = z.array(z.string().trim().min(1).max(PARAGRAPH_MAX)).max(MAX_PARAGRAPHS);

/**
 * What an editor may change, per kind of booth, with the rules an edit must meet on top of the
 * booth's schema (lengths, https-only links): a booth's identity, icon and the brochure's exhibits
 * are not edited in /studio. Each path is a whole top-level field.
 */
export const EDITABLE_FIELDS = {
  enterprise: {
    name: z.object({ ko: PlainName, en: PlainName }),
    ...boothPresentationFields,
    paragraphs: Paragraphs.min(1),
    links: z.array(EditedLinkSchema).max(MAX_LINKS),
    products: z.array(ProductSchema).max(MAX_PRODUCTS),
    procurement: ProcurementSchema,
  },
  programme: {
    title: z.object({ ko: PlainName, en: PlainName }),
    ...boothPresentationFields,
    intro: Paragraphs,
    links: z.array(EditedLinkSchema).max(MAX_LINKS),
  },
} as const satisfies Record<'enterprise' | 'programme', Record<string, z.ZodType>>;

export type EditableKind = keyof typeof EDITABLE_FIELDS;

/** One field of a save: a top-level path and its value (null removes an optional field). */
export const FieldEditSchema = z.object({ path: FieldPathSchema, value: z.json() });
export type FieldEdit = z.infer<typeof FieldEditSchema>;

/** PUT /api/studio/booths/:boothId: the fields changed since `baseVersion`, the version the editor loaded. */
export const SaveBoothBodySchema = z.object({
  baseVersion: z.number().int().min(0),
  fields: z
    .array(FieldEditSchema)
    .min(1)
    .max(16)
    .refine((fs) => new Set(fs.map((f) => f.path)).size === fs.length, 'each path at most once'),
});
export type SaveBoothBody = z.infer<typeof SaveBoothBodySchema>;

/** A booth's catalogue entry as visitors see it (brochure + saved edits). */
export const BoothEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('enterprise'), entry: EnterpriseSchema }),
  z.object({ kind: z.literal('programme'), entry: ProgrammeSchema }),
]);
export type BoothEntry = z.infer<typeof BoothEntrySchema>;

export const PendingEditSchema = z.object({
  id: z.number().int(),
  fields: z.array(FieldEditSchema),
  baseVersion: z.number().int(),
  submittedAt: z.iso.datetime(),
});
export type PendingEdit = z.infer<typeof PendingEditSchema>;

/** GET /api/studio/booths/:boothId: what the editor starts from. */
export const BoothEditViewSchema = z.object({
  boothId: IdSchema,
  booth: BoothEntrySchema,
  /** The booth's version: a save names it as `baseVersion`. */
  version: z.number().int(),
  editsNeedApproval: z.boolean(),
  /** The edit waiting for staff, if any (a new submission replaces it). */
  pending: PendingEditSchema.nullable(),
  /** Why staff turned down the booth's latest reviewed edit, when they did. */
  rejection: z.object({ reason: z.string(), at: z.iso.datetime() }).nullable(),
});
export type BoothEditView = z.infer<typeof BoothEditViewSchema>;

/** 200: saved, visitors see it. 202: waits for staff approval. */
export const SaveResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), version: z.number().int() }),
  z.object({ status: z.literal('pending'), editId: z.number().int() }),
]);
export type SaveResult = z.infer<typeof SaveResultSchema>;

/** 409: someone saved the booth after `baseVersion`; here is the booth now, so the editor can compare. */
export const StaleSchema = z.object({ error: z.literal('stale'), version: z.number().int(), current: BoothEntrySchema });
export type Stale = z.infer<typeof StaleSchema>;

export const EDIT_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export const EditStatusSchema = z.enum(EDIT_STATUSES);
export type EditStatus = z.infer<typeof EditStatusSchema>;

/** GET /api/admin/edits?status=pending: the approval queue. */
export const EditRowSchema = z.object({
  id: z.number().int(),
  boothId: IdSchema,
  boothName: LocalizedSchema,
  fields: z.array(FieldEditSchema),
  baseVersion: z.number().int(),
  status: EditStatusSchema,
  submittedBy: z.string(),
  submittedAt: z.iso.datetime(),
  reason: z.string().nullable(),
});
export type EditRow = z.infer<typeof EditRowSchema>;
export const EditListSchema = z.object({ edits: z.array(EditRowSchema) });
export const EditListQuerySchema = z.object({ status: EditStatusSchema.default('pending') });

/** POST /api/admin/edits/:id/reject */
export const RejectBodySchema = z.object({ reason: z.string().trim().min(1).max(REASON_MAX) });
/** POST /api/admin/edits/:id/approve → 200 */
export const ApproveResultSchema = z.object({ version: z.number().int() });

/** PATCH /api/admin/fairs/:id */
export const FairPatchSchema = z.object({ editsNeedApproval: z.boolean() });
export const FairSchema = z.object({ id: z.number().int(), editsNeedApproval: z.boolean() });

export const STUDIO_ERRORS = [
  /** The body or a field did not fit; `fields` names the paths. */
  'invalid',
  'unauthorized',
  'forbidden',
  'csrf',
  'not_found',
  /** Saved from an older version (StaleSchema). */
  'stale',
  /** The edit was already reviewed. */
  'not_pending',
] as const;
export type StudioErrorCode = (typeof STUDIO_ERRORS)[number];
export const StudioErrorSchema = z.object({ error: z.enum(STUDIO_ERRORS), fields: z.array(z.string()).optional() });
