/** The inbox as a spreadsheet (csv.ts): one row per inquiry, headers and labels in the staff's language. */
import type { InquiryRow } from '../../shared/api/inquiry.ts';
import { findBooth } from '../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import type { Lang } from '../../shared/schemas/localized.ts';
import { toCsv } from './csv.ts';
import { fill } from './mails.ts';

const COLUMNS = [
  'csv_reference',
  'csv_createdAt',
  'csv_kind',
  'csv_booth',
  'csv_status',
  'csv_name',
  'csv_email',
  'csv_phone',
  'csv_message',
  'csv_organisation',
  'csv_purpose',
  'csv_quantity',
  'csv_budget',
  'csv_wantedBy',
  'csv_erasedAt',
] as const;

/** An instant as Korea reads it (YYYY-MM-DD HH:MM): what staff compare with their calendars. */
function kstTime(iso: string): string {
  return new Date(Date.parse(iso) + 9 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export function inquiriesCsv(rows: readonly InquiryRow[], venue: Catalogue, lang: Lang): Buffer {
  const boothName = (id: string | null): string => {
    if (id === null) return venue.center.name[lang];
    return findBooth(venue, id)?.summary.title[lang] ?? id;
  };
  return toCsv(
    COLUMNS.map((k) => fill(lang, k)),
    rows.map((r) => [
      r.reference,
      kstTime(r.createdAt),
      fill(lang, `kind_${r.kind}`),
      boothName(r.boothId),
      fill(lang, `status_${r.status}`),
      r.name,
      r.email,
      r.phone,
      r.message,
      r.purchase?.organisation,
      r.purchase?.purpose,
      r.purchase?.quantity,
      r.purchase?.budgetWon,
      r.purchase?.wantedBy,
      r.erasedAt ? kstTime(r.erasedAt) : null,
    ]),
  );
}
