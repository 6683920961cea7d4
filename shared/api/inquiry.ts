/**
 * The inquiries API (POST /api/inquiries, /api/studio/inquiries*, /api/admin/inquiries*): one zod
 * schema per body and response, read by the server's routes and the client's form alike. Errors are
 * `{ error: InquiryErrorCode, fields?, retryAfterMs? }`; a field's problem is a code too
 * (FIELD_ERRORS), and every sentence lives in shared/i18n (inquiry-*).
 */
import { z } from 'zod';
import { requiredText } from './formText.ts';
import { EmailSchema } from './account.ts';
import { normalizeKoreanPhone } from './phone.ts';
import { IdSchema, LangSchema } from '../schemas/localized.ts';

export const INQUIRY_KINDS = ['consultation', 'purchase', 'sos'] as const;
export const InquiryKindSchema = z.enum(INQUIRY_KINDS);
export type InquiryKind = z.infer<typeof InquiryKindSchema>;

export const INQUIRY_STATUSES = ['new', 'answered', 'closed'] as const;
export const InquiryStatusSchema = z.enum(INQUIRY_STATUSES);
export type InquiryStatus = z.infer<typeof InquiryStatusSchema>;

/** What a field can be told, as a code; the form shows `inquiry:field_<code>` beside the input. */
export const FIELD_ERRORS = ['required', 'too_long', 'contact_invalid', 'number_invalid', 'date_invalid'] as const;
export type FieldErrorCode = (typeof FIELD_ERRORS)[number];

/** Limits a person would not reach, and that bound what one inquiry stores. */
export const NAME_MAX = 50;
export const MESSAGE_MAX = 2000;
export const DETAIL_MAX = 200;

const text = requiredText;

/** Email or Korean phone, typed in one box: phones come out as 010-1234-5678. */
export const ContactSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(254, { error: 'contact_invalid' })
  .transform((raw, ctx): { email: string } | { phone: string } => {
    if (raw.includes('@')) {
      const email = EmailSchema.safeParse(raw);
      if (email.success) return { email: email.data };
    } else {
      const phone = normalizeKoreanPhone(raw);
      if (phone !== null) return { phone };
    }
    ctx.addIssue({ code: 'custom', message: 'contact_invalid' });
    return z.NEVER;
  });
export type Contact = z.output<typeof ContactSchema>;

/** A purchase inquiry's facts, for the enterprise and for the center's priority-purchase reports. */
export const PurchaseDetailsSchema = z.object({
  organisation: text(DETAIL_MAX),
  purpose: text(DETAIL_MAX),
  quantity: z.int({ error: 'number_invalid' }).min(1, { error: 'number_invalid' }).max(1_000_000_000, { error: 'number_invalid' }).optional(),
  /** In won. */
  budgetWon: z.int({ error: 'number_invalid' }).min(0, { error: 'number_invalid' }).max(1_000_000_000_000, { error: 'number_invalid' }).optional(),
  /** YYYY-MM-DD. */
  wantedBy: z.iso.date({ error: 'date_invalid' }).optional(),
});
export type PurchaseDetails = z.infer<typeof PurchaseDetailsSchema>;

/**
 * The visitor's answers to the consent notices (shared/privacy/notices.ts). Booleans, not
 * literals: a missing consent is its own refusal (`consent_required`), not a malformed form.
 */
export const ConsentsSchema = z.object({
  /** Collection and use of the personal information. */
  collection: z.boolean(),
  /** Provision to the enterprise (a third party); asked only where an enterprise receives it. */
  provision: z.boolean().optional(),
  /** The notices' version the visitor read (CONSENT_VERSION). */
  version: z.string().min(1).max(40),
});
export type Consents = z.infer<typeof ConsentsSchema>;

/** POST /api/inquiries */
export const InquiryBodySchema = z
  .object({
    kind: InquiryKindSchema,
    /** The booth asked; none for sos (the center's own consulting, answered by staff). */
    boothId: IdSchema.optional(),
    name: text(NAME_MAX),
    contact: ContactSchema,
    message: text(MESSAGE_MAX),
    purchase: PurchaseDetailsSchema.optional(),
    consents: ConsentsSchema,
    lang: LangSchema,
  })
  .superRefine((b, ctx) => {
    if ((b.kind === 'sos') !== (b.boothId === undefined)) ctx.addIssue({ code: 'custom', path: ['boothId'], message: 'required' });
    if ((b.kind === 'purchase') !== (b.purchase !== undefined)) ctx.addIssue({ code: 'custom', path: ['purchase'], message: 'required' });
  });
export type InquiryBodyInput = z.input<typeof InquiryBodySchema>;
export type InquiryBody = z.output<typeof InquiryBodySchema>;

/** The field a problem belongs to (`purchase.budgetWon`) and its code, first problem per field. */
export function fieldErrors(error: z.ZodError): Record<string, FieldErrorCode> {
  const out: Record<string, FieldErrorCode> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.');
    if (path in out) continue;
    out[path] = (FIELD_ERRORS as readonly string[]).includes(issue.message) ? (issue.message as FieldErrorCode) : 'required';
  }
  return out;
}

/** 201 to POST /api/inquiries: what the visitor's receipt shows. */
export const InquiryReceiptSchema = z.object({
  /** e.g. Q-20261203-7KQ2: what the visitor quotes to ask about it or have it deleted. */
  reference: z.string(),
  createdAt: z.iso.datetime(),
  kind: InquiryKindSchema,
  boothId: IdSchema.nullable(),
  /** When the personal data is erased by the retention job. */
  deleteAfter: z.iso.datetime(),
  /** Whether a copy goes to the visitor's email (an email was given and the server sends mail). */
  emailed: z.boolean(),
});
export type InquiryReceipt = z.infer<typeof InquiryReceiptSchema>;

/** GET /api/inquiries/policy: what the consent notices need from the server (the retention it runs with). */
export const InquiryPolicySchema = z.object({ consentVersion: z.string(), retentionDays: z.int().positive() });
export type InquiryPolicy = z.infer<typeof InquiryPolicySchema>;

/** One inquiry in an inbox; the personal fields are null once erased. */
export const InquiryRowSchema = z.object({
  id: z.string(),
  reference: z.string(),
  kind: InquiryKindSchema,
  boothId: IdSchema.nullable(),
  status: InquiryStatusSchema,
  lang: LangSchema,
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  message: z.string().nullable(),
  purchase: PurchaseDetailsSchema.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  deleteAfter: z.iso.datetime(),
  erasedAt: z.iso.datetime().nullable(),
});
export type InquiryRow = z.infer<typeof InquiryRowSchema>;

/** GET /api/studio/inquiries?boothId=, GET /api/admin/inquiries?fairId= */
export const InquiryListSchema = z.object({ inquiries: z.array(InquiryRowSchema) });
/** GET /api/studio/inquiries/unread?boothId=: the studio's badge. */
export const UnreadCountSchema = z.object({ count: z.int().nonnegative() });
/** PATCH /api/studio/inquiries/:id */
export const StatusBodySchema = z.object({ status: InquiryStatusSchema });
export const BoothQuerySchema = z.object({ boothId: IdSchema });
export const FairQuerySchema = z.object({ fairId: z.coerce.number().int().positive() });

export const INQUIRY_ERRORS = [
  /** The body did not fit its schema: `fields` maps each path to a FieldErrorCode. */
  'invalid',
  /** A consent the inquiry needs was not given: nothing is stored. */
  'consent_required',
  /** The notices changed since the form was opened: read them again. */
  'consent_outdated',
  'unknown_booth',
  /** A purchase inquiry to a booth that takes none (only enterprises eligible for priority purchase do). */
  'purchase_unavailable',
  /** Too many inquiries from this browser or address: `retryAfterMs`. */
  'rate_limited',
  'unauthorized',
  'forbidden',
  'csrf',
  'not_found',
] as const;
export type InquiryErrorCode = (typeof INQUIRY_ERRORS)[number];
export const InquiryErrorSchema = z.object({
  error: z.enum(INQUIRY_ERRORS),
  fields: z.record(z.string(), z.enum(FIELD_ERRORS)).optional(),
  retryAfterMs: z.int().nonnegative().optional(),
});
export type InquiryError = z.infer<typeof InquiryErrorSchema>;
