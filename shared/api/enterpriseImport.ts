/**
 * Enterprises imported from a CSV at /admin/accounts (admins): POST /api/admin/enterprise-import/preview
 * checks every row and writes nothing; POST /api/admin/enterprise-import creates, for each row that is
 * ready, a closed booth in the enterprise hall and an invitation to it, mailed to the row's address.
 * Columns by header, in English or Korean: name (기업명), contact or email (연락처, 이메일: an address,
 * optionally followed by a phone number), phone (전화), certification (인증: the catalogue's values,
 * several separated by ; or |). Row problems are codes; their sentences live in shared/i18n (admin-*).
 */
import { z } from 'zod';
import { CERTIFICATION_LABELS, CERTIFICATION_TYPES, CertificationTypeSchema, type CertificationType } from '../schemas/procurement.ts';
import { parseCsv } from '../text/csv.ts';
import { EmailSchema } from './account.ts';
import { normalizeKoreanPhone } from './phone.ts';
import { NAME_MAX } from './studio.ts';

/** Rows per file: an import is checked and written in one request. */
export const IMPORT_MAX_ROWS = 100;
/** The CSV's UTF-8 size: with the JSON around it the body stays under the edge's 16 KB limit (bodyLimit.ts). */
export const IMPORT_MAX_BYTES = 15 * 1024;

/** Bytes in UTF-8, as the edge counts them (shared/ has no TextEncoder type: it runs in both places). */
function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

export const ImportBodySchema = z.object({
  csv: z
    .string()
    .min(1)
    .refine((s) => utf8Length(s) <= IMPORT_MAX_BYTES, { message: 'too_large' }),
});
export type ImportBody = z.infer<typeof ImportBodySchema>;

type Column = 'name' | 'contact' | 'phone' | 'certification';
/** Header names each column is known by (compared lower-cased, spaces removed). */
const HEADERS: Record<Column, readonly string[]> = {
  name: ['name', 'enterprise', 'company', '기업명', '기업', '업체명', '이름'],
  contact: ['contact', 'email', 'e-mail', '연락처', '이메일', '연락처/이메일', '연락처(이메일)'],
  phone: ['phone', 'telephone', 'tel', '전화', '전화번호', '휴대폰'],
  certification: ['certification', 'certifications', '인증', '인증유형', '인증구분'],
};

export const FILE_ERRORS = ['empty', 'too_large', 'too_many_rows', 'missing_columns', 'unclosed_quote', 'stray_quote'] as const;
export type FileError = (typeof FILE_ERRORS)[number];

export const ROW_ISSUES = ['name_invalid', 'email_invalid', 'phone_invalid', 'certification_unknown', 'duplicate_in_file', 'email_taken', 'already_imported'] as const;
export const RowIssueSchema = z.enum(ROW_ISSUES);
export type RowIssue = z.infer<typeof RowIssueSchema>;
/** Issues that mean "this one is already here" rather than "this row is wrong": the import skips them quietly. */
export const SKIP_ISSUES: readonly RowIssue[] = ['email_taken', 'already_imported'];

export const ROW_STATUSES = ['ready', 'error', 'skipped', 'created'] as const;
export const ImportRowSchema = z.object({
  /** Its row as a spreadsheet numbers it (the header is row 1). */
  row: z.number().int().positive(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  certifications: z.array(CertificationTypeSchema),
  status: z.enum(ROW_STATUSES),
  issues: z.array(RowIssueSchema),
  /** created: the booth made for it, and the invitation's link (shown once) and whether it was mailed. */
  boothId: z.string().optional(),
  url: z.string().optional(),
  mailed: z.boolean().optional(),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

/** A file refused whole: `fields` the missing columns, `line` where a quote went wrong. */
export const FileProblemSchema = z.object({ error: z.enum(FILE_ERRORS), fields: z.array(z.string()).optional(), line: z.number().int().optional() });
export type FileProblem = z.infer<typeof FileProblemSchema>;

/**
 * Both answers: the rows as checked (preview) or as imported, and the counts the summary shows. A
 * file that cannot be read at all is a 200 with no rows and `file` saying why: it is the preview's
 * finding, shown like the rows' (a body that is not a CSV string at all is a 400 'invalid').
 */
export const ImportAnswerSchema = z.object({
  file: FileProblemSchema.optional(),
  rows: z.array(ImportRowSchema),
  ready: z.number().int(),
  created: z.number().int(),
  skipped: z.number().int(),
});
export type ImportAnswer = z.infer<typeof ImportAnswerSchema>;


const headerKey = (h: string) => h.trim().toLowerCase().replace(/\s+/g, '');

function columnsOf(header: readonly string[]): Partial<Record<Column, number>> {
  const at: Partial<Record<Column, number>> = {};
  header.forEach((h, i) => {
    const key = headerKey(h);
    const col = (Object.keys(HEADERS) as Column[]).find((c) => HEADERS[c].includes(key));
    if (col && at[col] === undefined) at[col] = i;
  });
  return at;
}

const CERT_BY_NAME = new Map<string, CertificationType>(
  CERTIFICATION_TYPES.flatMap((t) => [
    [t.replace(/\s+/g, ''), t],
    [CERTIFICATION_LABELS[t].en.toLowerCase().replace(/\s+/g, ''), t],
  ]),
);

function certificationsOf(cell: string): { types: CertificationType[]; unknown: boolean } {
  const names = cell
    .split(/[;|]/)
    .map((s) => s.trim().toLowerCase().replace(/\s+/g, ''))
    .filter(Boolean);
  const types = names.map((n) => CERT_BY_NAME.get(n));
  return { types: [...new Set(types.filter((t): t is CertificationType => t !== undefined))], unknown: types.includes(undefined) };
}

/** "a@b.kr 010-1234-5678" in one contact cell: the part with an @ is the address, the rest a phone number. */
function splitContact(cell: string): { email: string; phone: string } {
  const parts = cell.split(/[\s;,/]+/).filter(Boolean);
  const email = parts.find((p) => p.includes('@'));
  // No address in it: the whole cell is the (wrong) address, not a phone number.
  if (email === undefined) return { email: cell, phone: '' };
  return { email, phone: parts.filter((p) => p !== email).join(' ') };
}

/** One record checked on its own (duplicates and what is already stored are the server's to add). */
function checkRecord(record: readonly string[], cols: Partial<Record<Column, number>>, row: number): ImportRow {
  const cell = (c: Column) => (cols[c] === undefined ? '' : (record[cols[c]] ?? '').trim());
  const name = cell('name');
  const contact = splitContact(cell('contact'));
  const phoneText = [contact.phone, cell('phone')].filter(Boolean).join(' ');
  const issues: RowIssue[] = [];
  if (name.length === 0 || name.length > NAME_MAX) issues.push('name_invalid');
  const email = EmailSchema.safeParse(contact.email);
  if (!email.success) issues.push('email_invalid');
  const phone = phoneText ? normalizeKoreanPhone(phoneText) : null;
  if (phoneText && phone === null) issues.push('phone_invalid');
  const certs = certificationsOf(cell('certification'));
  if (certs.unknown) issues.push('certification_unknown');
  return {
    row,
    name: name.slice(0, NAME_MAX),
    email: email.success ? email.data : contact.email.slice(0, 254),
    phone,
    certifications: certs.types,
    status: issues.length ? 'error' : 'ready',
    issues,
  };
}

export type CheckedFile = { ok: true; rows: ImportRow[] } | { ok: false; error: FileError; fields?: string[]; line?: number };

/**
 * The file read and every row checked on its own, then against the others: a second row with an
 * address already seen is a duplicate. `stored` flags an address that has an account or a booth
 * made by an earlier import (the server's knowledge).
 */
export function checkImport(csv: string, stored: (email: string) => RowIssue | null = () => null): CheckedFile {
  const parsed = parseCsv(csv);
  if (!parsed.ok) return { ok: false, error: parsed.error, line: parsed.line };
  const [header, ...records] = parsed.records;
  if (!header || records.length === 0) return { ok: false, error: 'empty' };
  if (records.length > IMPORT_MAX_ROWS) return { ok: false, error: 'too_many_rows' };
  const cols = columnsOf(header);
  const missing = (['name', 'contact'] as const).filter((c) => cols[c] === undefined);
  if (missing.length) return { ok: false, error: 'missing_columns', fields: [...missing] };
  const seen = new Set<string>();
  const rows = records.map((r, i) => {
    const row = checkRecord(r, cols, i + 2);
    if (row.issues.includes('email_invalid')) return row;
    const issues = [...row.issues];
    if (seen.has(row.email)) issues.push('duplicate_in_file');
    seen.add(row.email);
    const known = stored(row.email);
    if (known) issues.push(known);
    const status = issues.length === 0 ? 'ready' : issues.every((x) => SKIP_ISSUES.includes(x)) ? 'skipped' : 'error';
    return { ...row, issues, status } satisfies ImportRow;
  });
  return { ok: true, rows };
}

/** The answer's counts from its rows. */
export function importAnswer(rows: ImportRow[]): ImportAnswer {
  const count = (s: ImportRow['status']) => rows.filter((r) => r.status === s).length;
  return { rows, ready: count('ready'), created: count('created'), skipped: rows.length - count('ready') - count('created') };
}
