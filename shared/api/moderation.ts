/**
 * The moderation API of /admin (/api/admin/moderation/*): the fair-wide reports queue with each
 * reported line in its context, staff actions on a guest (mute, kick, ban, unban, delete a line),
 * the ban list, the audit log, and the banned words. Read by the server's routes and by /admin alike.
 * Errors are the accounts API's `{ error }` codes (shared/api/account.ts); sentences live in shared/i18n. Text that came
 * from visitors (nicknames, lines) is plain text: pages render it as text nodes, never as HTML.
 */
import { z } from 'zod';
import { LineIdSchema, MAX_BAN_MINUTES, MAX_MUTE_MINUTES, REPORT_REASONS } from '../protocol/clientMessages.ts';

export const REPORT_STATUSES = ['open', 'resolved', 'dismissed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A guest id's shape (server/auth/guestCookie.ts makes them). */
export const GuestIdSchema = z.string().regex(/^g_[A-Za-z0-9_-]{16}$/);

export const ReportedLineSchema = z.object({
  id: z.string(),
  nickname: z.string(),
  text: z.string(),
  at: z.number(),
  /** The line the visitor reported; the others were said just before it, in the same place. */
  reported: z.boolean(),
});
export type ReportedLine = z.infer<typeof ReportedLineSchema>;

export const ReportSchema = z.object({
  id: z.string(),
  at: z.number(),
  /** The shard's name (e.g. "1관"), as visitors see it. */
  shard: z.string(),
  scope: z.enum(['nearby', 'hall', 'booth']),
  boothId: z.string().nullable(),
  reason: z.enum(REPORT_REASONS),
  reporterGuestId: z.string(),
  reporterNickname: z.string(),
  messageId: z.string(),
  offenderGuestId: z.string(),
  offenderNickname: z.string(),
  lines: z.array(ReportedLineSchema),
  status: z.enum(REPORT_STATUSES),
  closedBy: z.string().nullable(),
  closedAt: z.number().nullable(),
});
export type Report = z.infer<typeof ReportSchema>;

/** GET /api/admin/moderation/reports?status=open|closed: newest first. */
export const ReportListSchema = z.object({ reports: z.array(ReportSchema) });
export const ReportQuerySchema = z.object({ status: z.enum(['open', 'closed']).default('open') });

/** POST /api/admin/moderation/reports/:id/close. */
export const CloseReportBodySchema = z.object({ status: z.enum(['resolved', 'dismissed']) });

const Reason = z.string().trim().min(1).max(200);
/** A report's id: the chat service makes them like line ids (server/chat/chatService.ts). */
export const ReportIdSchema = LineIdSchema;
/** Links an action to the report it answers: the report is resolved with it. */
const ReportRef = ReportIdSchema.optional();

/**
 * POST /api/admin/moderation/actions: one staff action on a guest, held on every shard and process.
 * A ban needs a reason (the visitor reads it); `minutes` absent means permanent.
 */
export const StaffActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('mute'), guestId: GuestIdSchema, minutes: z.number().int().min(1).max(MAX_MUTE_MINUTES), reason: Reason.optional(), reportId: ReportRef }),
  z.object({ action: z.literal('unmute'), guestId: GuestIdSchema }),
  z.object({ action: z.literal('kick'), guestId: GuestIdSchema, reason: Reason.optional(), reportId: ReportRef }),
  z.object({ action: z.literal('ban'), guestId: GuestIdSchema, minutes: z.number().int().min(1).max(MAX_BAN_MINUTES).optional(), reason: Reason, reportId: ReportRef }),
  z.object({ action: z.literal('delete'), messageId: LineIdSchema, reason: Reason.optional(), reportId: ReportRef }),
]);
export type StaffAction = z.infer<typeof StaffActionSchema>;

export const BanSchema = z.object({
  /** `g:<guestId>` or `a:<address>`: what unban names. */
  key: z.string(),
  guestId: z.string().nullable(),
  address: z.string().nullable(),
  /** Null: permanent. */
  until: z.number().nullable(),
  reason: z.string(),
  by: z.string(),
  at: z.number(),
});
export type Ban = z.infer<typeof BanSchema>;
export const BanListSchema = z.object({ bans: z.array(BanSchema) });
/** A mute still holding: GET /api/admin/moderation/mutes; lifted with the `unmute` action. */
export const MuteSchema = z.object({ guestId: z.string(), until: z.number(), by: z.string(), at: z.number() });
export type Mute = z.infer<typeof MuteSchema>;
export const MuteListSchema = z.object({ mutes: z.array(MuteSchema) });
/** POST /api/admin/moderation/bans/lift. */
export const UnbanBodySchema = z.object({ key: z.string().regex(/^[ga]:.{1,64}$/) });

export const AUDIT_ACTIONS = [
  'mute',
  'unmute',
  'kick',
  'ban',
  'unban',
  'delete',
  'reportResolved',
  'reportDismissed',
  'wordAdded',
  'wordRemoved',
  // Staff actions outside moderation, in the same log.
  'accountInvited',
  'accountReset',
  'accountDisabled',
  'editApproved',
  'editRejected',
  'totpEnabled',
  'totpDisabled',
  'totpReset',
  'announcementScheduled',
  'announcementCancelled',
  'enterprisesImported',
  'personalDataExported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditEntrySchema = z.object({
  id: z.number(),
  at: z.number(),
  actorName: z.string(),
  action: z.string(),
  target: z.string(),
  reason: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
/** GET /api/admin/moderation/audit?action=…: newest first, at most AUDIT_PAGE entries. */
export const AuditListSchema = z.object({ entries: z.array(AuditEntrySchema) });
export const AuditQuerySchema = z.object({ action: z.enum(AUDIT_ACTIONS).optional() });
export const AUDIT_PAGE = 200;

/** A banned word: plain, 1–40 characters (the matcher finds its disguised spellings). */
export const BannedWordSchema = z.string().trim().min(1).max(40);
export const WordListSchema = z.object({ words: z.array(z.object({ word: z.string(), addedBy: z.string(), addedAt: z.number() })) });
/** POST /api/admin/moderation/words and …/words/remove (admins only). */
export const WordBodySchema = z.object({ word: BannedWordSchema });

/** How often /admin/reports asks for new reports (the brief: within 5 s, no reload). */
export const REPORTS_POLL_MS = 3000;
