/**
 * The invitation an imported enterprise's contact receives: plain text, Korean first and English
 * below it (we do not know which they read), from shared/i18n (invite-mail-*).
 */
import { inviteMailEn } from '../../shared/i18n/invite-mail-en.ts';
import { inviteMailKo } from '../../shared/i18n/invite-mail-ko.ts';
import type { MailMessage } from '../inquiries/mailer.ts';

const fill = (s: string, vars: Record<string, string>) => s.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, v: string) => vars[v] ?? '');

/** The day and minute the link ends, in Korea (the fair's time zone), as both languages print it. */
const kst = (at: Date) => `${new Date(at.getTime() + 9 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')} KST`;

export function inviteMail({ to, name, url, expiresAt }: { to: string; name: string; url: string; expiresAt: Date }): MailMessage {
  const vars = { name, url, date: kst(expiresAt) };
  return {
    to: [to],
    subject: fill(inviteMailKo.subject, vars),
    text: `${fill(inviteMailKo.body, vars)}\n\n----\n\n${fill(inviteMailEn.body, vars)}`,
    tag: 'enterprise invitation',
  };
}
