/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads Korean as mojibake),
 * RFC 4180 (CRLF line ends; a cell with a quote, comma or line break quoted, quotes doubled), and
 * safe to open: a cell a spreadsheet would run as a formula (starting with = + - @, or a tab or
 * carriage return before one) gets a leading apostrophe, so a visitor's message cannot become one
 * (OWASP "CSV injection").
 */

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  // Numbers we write ourselves (quantities, budgets) are never user formulas; a negative one cannot occur.
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The whole file: BOM, header row, rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): Buffer {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(',') + '\r\n');
  return Buffer.from(BOM + lines.join(''), 'utf8');
}
