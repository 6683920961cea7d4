/**
 * RFC 4180 CSV, read: records of fields separated by commas, ended by CRLF (or a lone LF or CR, as
 * spreadsheets on other systems save them). A field in double quotes may hold commas, line breaks
 * and doubled quotes (""). A leading byte-order mark (Excel's "CSV UTF-8") is dropped. No package
 * for this is installed; the import's files are small, so a plain scan is enough.
 */

export type CsvResult = { ok: true; records: string[][] } | { ok: false; error: 'unclosed_quote' | 'stray_quote'; line: number };

export function parseCsv(input: string): CsvResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let line = 1;
  let quoted = false;
  /** Where the open quote began: an unclosed one is reported there, not at the file's end. */
  let quoteLine = 0;
  /** The field began with a quote: characters after its closing quote are an error, not data. */
  let closedQuote = false;
  const endField = () => {
    record.push(field);
    field = '';
    closedQuote = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          closedQuote = true;
        }
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
      continue;
    }
    if (c === ',') endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
    } else if (c === '"') {
      if (field !== '' || closedQuote) return { ok: false, error: 'stray_quote', line };
      quoted = true;
      quoteLine = line;
    } else {
      if (closedQuote) return { ok: false, error: 'stray_quote', line };
      field += c;
    }
  }
  if (quoted) return { ok: false, error: 'unclosed_quote', line: quoteLine };
  // The last record needs no line break after it; a file's final line break adds no empty record.
  if (field !== '' || record.length > 0 || closedQuote) endRecord();
  // Blank lines (a record of one empty field) carry nothing.
  return { ok: true, records: records.filter((r) => !(r.length === 1 && r[0]!.trim() === '')) };
}
