/**
 * The mails an inquiry sends, in plain text from the sentences in shared/i18n (inquiry-*, inquiry-mail-*): to the
 * people who answer it (in Korean, the center's language) and the receipt to the visitor (in the
 * language they wrote in).
 */
import type { InquiryKind, PurchaseDetails } from '../../shared/api/inquiry.ts';
import { inquiryEn } from '../../shared/i18n/inquiry-en.ts';
import { inquiryFormEn } from '../../shared/i18n/inquiry-form-en.ts';
import { inquiryFormKo } from '../../shared/i18n/inquiry-form-ko.ts';
import { inquiryKo } from '../../shared/i18n/inquiry-ko.ts';
import { inquiryMailEn } from '../../shared/i18n/inquiry-mail-en.ts';
import { inquiryMailKo } from '../../shared/i18n/inquiry-mail-ko.ts';
import type { Lang } from '../../shared/schemas/localized.ts';
import type { MailMessage } from './mailer.ts';

type Key = keyof typeof inquiryKo | keyof typeof inquiryFormKo | keyof typeof inquiryMailKo;
const STRINGS: Record<Lang, Record<Key, string>> = { ko: { ...inquiryKo, ...inquiryFormKo, ...inquiryMailKo }, en: { ...inquiryEn, ...inquiryFormEn, ...inquiryMailEn } };

/** i18next's {{name}} placeholders, filled; the values are plain text and stay plain text. */
export function fill(lang: Lang, key: Key, vars: Record<string, string> = {}): string {
  return STRINGS[lang][key].replace(/\{\{\s*(\w+)\s*\}\}/g, (_, v: string) => vars[v] ?? '');
}

/** YYYY-MM-DD in Korea: the day the data is erased, as the visitor's receipt says it. */
function kstDate(at: Date): string {
  return new Date(at.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

export interface MailedInquiry {
  reference: string;
  kind: InquiryKind;
  lang: Lang;
  name: string;
  email: string | null;
  phone: string | null;
  message: string;
  details: PurchaseDetails | null;
  deleteAfter: Date;
  /** The booth's name as the recipients know it, or the center's for sos. */
  boothName: string;
  /** Who answers, as the visitor's receipt names it. */
  recipientName: string;
}

function detailLines(lang: Lang, d: PurchaseDetails | null): string {
  if (!d) return '';
  const rows: [Key, string | number | undefined][] = [
    ['organisation', d.organisation],
    ['purpose', d.purpose],
    ['quantity', d.quantity],
    ['budget', d.budgetWon],
    ['wantedBy', d.wantedBy],
  ];
  return rows
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => fill(lang, 'mail_detailLine', { label: fill(lang, k), value: String(v) }) + '\n')
    .join('');
}

/** To the booth's members (or staff): a new inquiry arrived. */
export function newInquiryMail(q: MailedInquiry, to: string[]): MailMessage {
  const lang: Lang = 'ko';
  const kind = fill(lang, `kind_${q.kind}`);
  return {
    to,
    tag: `new_${q.kind}`,
    subject: fill(lang, 'mail_newSubject', { kind, reference: q.reference }),
    text: fill(lang, 'mail_newBody', {
      kind,
      reference: q.reference,
      booth: q.boothName,
      name: q.name,
      contact: q.email ?? q.phone ?? '',
      message: q.message,
      details: detailLines(lang, q.details),
      date: kstDate(q.deleteAfter),
    }),
  };
}

/** To the visitor who gave an email: their receipt. */
export function receiptMail(q: MailedInquiry & { email: string }, centerEmail: string): MailMessage {
  const kind = fill(q.lang, `kind_${q.kind}`);
  return {
    to: [q.email],
    tag: 'receipt',
    subject: fill(q.lang, 'mail_receiptSubject', { kind, reference: q.reference }),
    text: fill(q.lang, 'mail_receiptBody', {
      name: q.name,
      reference: q.reference,
      recipient: q.recipientName,
      message: q.message,
      date: kstDate(q.deleteAfter),
      centerEmail,
    }),
  };
}
