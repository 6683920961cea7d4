/**
 * The accounts API (/api/auth/*, /api/admin/accounts, /api/admin/invitations): one zod schema per
 * request body and response, read by the server's routes and the client's forms alike. Errors are
 * `{ error: AccountErrorCode, retryAfterMs?, fields? }`; their sentences live in shared/i18n (account-*).
 */
import { z } from 'zod';
import { IdSchema } from '../schemas/localized.ts';

export const ROLES = ['admin', 'moderator', 'enterprise'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;
/** Staff roles: they moderate the halls and see every booth's inquiries. */
export const STAFF_ROLES = ['admin', 'moderator'] as const satisfies readonly Role[];
export const isStaff = (role: Role): boolean => (STAFF_ROLES as readonly Role[]).includes(role);

/** The cookie of a signed-in browser (HttpOnly); the CSRF header every write carries. */
export const SESSION_COOKIE = 'seeot_session';
export const CSRF_HEADER = 'x-csrf-token';

/** Lower-cased and trimmed: the same person whatever case they type. */
export const EmailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
/** Long enough to resist guessing; the hash is memory-hard, the length bounds its cost. */
export const PasswordSchema = z.string().min(10).max(200);
export const DisplayNameSchema = z.string().trim().min(1).max(40);

export const AccountSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  /** The booths an enterprise member keeps (empty for staff, who may edit every booth). */
  boothIds: z.array(IdSchema),
});
export type Account = z.infer<typeof AccountSchema>;

/** What a signed-in browser learns of itself: the account and the token its writes carry in CSRF_HEADER. */
export const SignedInSchema = z.object({ account: AccountSchema, csrfToken: z.string() });
export type SignedIn = z.infer<typeof SignedInSchema>;

/** GET /api/auth/setup: whether the first admin still has to be made with the code in the log. */
export const SetupStateSchema = z.object({ needed: z.boolean() });

/** POST /api/auth/setup: the first admin, with the one-time code the server printed. */
export const SetupBodySchema = z.object({
  code: z.string().trim().min(6).max(64),
  email: EmailSchema,
  displayName: DisplayNameSchema,
  password: PasswordSchema,
});
export type SetupBody = z.infer<typeof SetupBodySchema>;

/** POST /api/auth/login */
export const LoginBodySchema = z.object({ email: EmailSchema, password: z.string().min(1).max(200) });
export type LoginBody = z.infer<typeof LoginBodySchema>;

/** A single-use link staff made: an invitation or a password reset (GET /api/auth/links/:token). */
export const LinkInfoSchema = z.object({
  kind: z.enum(['invite', 'reset']),
  /** invite: the role the new account gets. */
  role: RoleSchema.optional(),
  /** invite of an enterprise member: the booth they will keep. */
  boothId: IdSchema.optional(),
  /** reset: whose password it resets. */
  email: z.string().optional(),
  expiresAt: z.iso.datetime(),
});
export type LinkInfo = z.infer<typeof LinkInfoSchema>;

/** POST /api/auth/links/:token/accept: a new account from an invitation. */
export const AcceptInviteBodySchema = z.object({ email: EmailSchema, displayName: DisplayNameSchema, password: PasswordSchema });
export type AcceptInviteBody = z.infer<typeof AcceptInviteBodySchema>;

/** POST /api/auth/links/:token/reset: a new password from a reset link (every other session ends). */
export const ResetBodySchema = z.object({ password: PasswordSchema });
export type ResetBody = z.infer<typeof ResetBodySchema>;

/** POST /api/admin/invitations (admins only): a moderator, an admin, or a member of one booth. */
export const InviteBodySchema = z
  .object({ role: RoleSchema, boothId: IdSchema.optional(), note: z.string().trim().max(200).optional() })
  .refine((b) => (b.role === 'enterprise') === (b.boothId !== undefined), { message: 'an enterprise invitation names one booth; a staff one none', path: ['boothId'] });
export type InviteBody = z.infer<typeof InviteBodySchema>;

/** A link made for someone (an invitation or reset): the URL to send them, shown once. */
export const MadeLinkSchema = z.object({ url: z.string(), expiresAt: z.iso.datetime() });
export type MadeLink = z.infer<typeof MadeLinkSchema>;

/** GET /api/admin/invitations */
export const InvitationRowSchema = z.object({
  id: z.string(),
  role: RoleSchema,
  boothId: IdSchema.nullable(),
  note: z.string().nullable(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  usedAt: z.iso.datetime().nullable(),
});
export const InvitationListSchema = z.object({ invitations: z.array(InvitationRowSchema) });

/** GET /api/admin/accounts */
/** GET /api/admin/accounts. `twoStep`: the account's second factor (TOTP) is on. */
export const AccountListSchema = z.object({ accounts: z.array(AccountSchema.extend({ disabled: z.boolean(), twoStep: z.boolean() })) });

/** How long links and sessions live. */
export const INVITE_TTL_MS = 7 * 24 * 3600_000;
export const RESET_TTL_MS = 24 * 3600_000;
export const SESSION_TTL_MS = 14 * 24 * 3600_000;

export const ACCOUNT_ERRORS = [
  /** The body did not fit its schema; `fields` names the paths. */
  'invalid',
  /** No session, or it ended. */
  'unauthorized',
  /** Signed in, but the role or booth does not allow it. */
  'forbidden',
  /** A write without the session's CSRF token, or from another site. */
  'csrf',
  'bad_credentials',
  /** Too many sign-in attempts for this account or address: `retryAfterMs`. */
  'rate_limited',
  'account_disabled',
  'setup_done',
  'bad_setup_code',
  'email_taken',
  'link_unknown',
  'link_used',
  'link_expired',
  'unknown_booth',
  'not_found',
  /** STAFF_REQUIRE_TOTP: this staff account must turn on two-step sign-in before /admin works. */
  'totp_required',
  /** The six-digit code (or recovery code) is not right. */
  'bad_totp_code',
  /** That code was already used: wait for the next one. */
  'totp_code_used',
  /** The second step's challenge expired (or is not ours): sign in with the password again. */
  'challenge_expired',
  /** Enrolment: two-step sign-in is already on (turn it off first) / was not begun / is not on. */
  'totp_already_on',
  'totp_not_begun',
  'totp_off',
] as const;
export type AccountErrorCode = (typeof ACCOUNT_ERRORS)[number];
export const AccountErrorSchema = z.object({
  error: z.enum(ACCOUNT_ERRORS),
  retryAfterMs: z.number().int().nonnegative().optional(),
  fields: z.array(z.string()).optional(),
});
export type AccountError = z.infer<typeof AccountErrorSchema>;
