/** A booth's orders as a spreadsheet (inquiries/csv.ts: UTF-8 BOM, formula-safe cells), headers in the seller's language. */
import type { OrderRow } from '../../shared/api/orders.ts';
import { ordersEn } from '../../shared/i18n/orders-en.ts';
import { ordersKo } from '../../shared/i18n/orders-ko.ts';
import type { Lang } from '../../shared/schemas/localized.ts';
import { toCsv } from '../inquiries/csv.ts';

const STRINGS = { ko: ordersKo, en: ordersEn } as const;

const COLUMNS = [
  'csv_number',
  'csv_createdAt',
  'csv_status',
  'csv_product',
  'csv_quantity',
  'csv_unitPrice',
  'csv_total',
  'csv_buyer',
  'csv_phone',
  'csv_address',
  'csv_postcode',
  'csv_expiresAt',
] as const;

/** An instant as Korea reads it (YYYY-MM-DD HH:MM). */
function kstTime(iso: string): string {
  return new Date(Date.parse(iso) + 9 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export function ordersCsv(rows: readonly OrderRow[], lang: Lang): Buffer {
  const t = STRINGS[lang];
  return toCsv(
    COLUMNS.map((c) => t[c]),
    rows.map((o) => [
      o.number,
      kstTime(o.createdAt),
      t[`status_${o.status}`],
      o.name,
      o.quantity,
      o.unitPriceWon,
      o.totalWon,
      o.buyerName,
      o.phone,
      o.address,
      o.postcode,
      kstTime(o.expiresAt),
    ]),
  );
}
