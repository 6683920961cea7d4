/**
 * Enterprises from a CSV (shared/api/enterpriseImport.ts checks the rows): for each row that is ready,
 * a closed booth in the enterprise hall (as /admin/booths makes one: its certifications in its
 * procurement facts) and an enterprise invitation to it, mailed to the row's address. The booth's id
 * comes from the address, so a second import of the same file finds its booths and makes nothing:
 * rows already imported, and addresses that already have an account, are skipped.
 */
import { createHash } from 'node:crypto';
import { checkImport, importAnswer, type CheckedFile, type ImportRow, type RowIssue } from '../../shared/api/enterpriseImport.ts';
import { INVITE_TTL_MS } from '../../shared/api/account.ts';
import { ENTERPRISE_ZONE_ID } from '../../shared/catalogue/booths.ts';
import { hashToken, newToken } from '../auth/accountSessions.ts';
import type { Mailer } from '../inquiries/mailer.ts';
import type { VenueService } from '../venue/venueService.ts';
import { inviteMail } from './inviteMail.ts';

/** The booth an address's enterprise gets: the same for the same address, whatever its case. */
export function importedBoothId(email: string): string {
  return `imp-${createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 12)}`;
}

export interface ImportDeps {
  venue: Pick<VenueService, 'boothRows' | 'createBooth' | 'repos'>;
  mailer: Pick<Mailer, 'enabled' | 'send'>;
  now: () => number;
}

/** The file checked against what is stored: addresses with an account, booths an earlier import made. */
export async function previewImport({ venue }: Pick<ImportDeps, 'venue'>, csv: string): Promise<CheckedFile> {
  const [accounts, booths] = await Promise.all([venue.repos.accounts.listAccounts(), venue.boothRows()]);
  const emails = new Set(accounts.map((a) => a.email.toLowerCase()));
  const boothIds = new Set(booths.map((b) => b.id));
  const stored = (email: string): RowIssue | null => (boothIds.has(importedBoothId(email)) ? 'already_imported' : emails.has(email) ? 'email_taken' : null);
  return checkImport(csv, stored);
}

/** The paragraph a new booth shows until its enterprise writes its own: its name, nothing invented. */
const entryOf = (row: ImportRow) => ({
  name: { ko: row.name, en: row.name },
  icon: 'building',
  paragraphs: [row.name],
  ...(row.certifications.length ? { procurement: { certifications: row.certifications.map((type) => ({ type })) } } : {}),
});

/**
 * Creates what the ready rows stand for, one row after another. A row whose booth appeared meanwhile
 * (another admin importing the same file) is skipped as already imported.
 */
export async function runImport(deps: ImportDeps, csv: string, actorId: string, linkUrl: (token: string) => string) {
  const checked = await previewImport(deps, csv);
  if (!checked.ok) return checked;
  const rows: ImportRow[] = [];
  for (const row of checked.rows) {
    if (row.status !== 'ready') {
      rows.push(row);
      continue;
    }
    const boothId = importedBoothId(row.email);
    const made = await deps.venue.createBooth({ id: boothId, zoneId: ENTERPRISE_ZONE_ID, entry: entryOf(row) });
    if (!made.ok) {
      // Besides a booth made meanwhile, the venue can refuse only the entry, whose one free part is the name.
      rows.push({ ...row, status: made.reason === 'id_taken' ? 'skipped' : 'error', issues: [made.reason === 'id_taken' ? 'already_imported' : 'name_invalid'] });
      continue;
    }
    const token = newToken();
    const expiresAt = new Date(deps.now() + INVITE_TTL_MS);
    const note = [row.name, row.email, row.phone].filter(Boolean).join(' · ').slice(0, 200);
    const link = await deps.venue.repos.accounts.createLink({ tokenHash: hashToken(token), kind: 'invite', role: 'enterprise', boothId, note, createdBy: actorId, expiresAt });
    if (!link.ok) throw new Error(`invitation to the booth just made failed: ${link.reason}`);
    const url = linkUrl(token);
    if (deps.mailer.enabled) deps.mailer.send(inviteMail({ to: row.email, name: row.name, url, expiresAt }));
    rows.push({ ...row, status: 'created', boothId, url, mailed: deps.mailer.enabled });
  }
  return { ok: true as const, answer: importAnswer(rows) };
}
