import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/text/csv.ts';

const records = (s: string) => {
  const r = parseCsv(s);
  if (!r.ok) throw new Error(`${r.error} at ${r.line}`);
  return r.records;
};

describe('parseCsv (RFC 4180)', () => {
  it('reads CRLF, LF and CR line ends, with or without a final line break', () => {
    expect(records('a,b\r\n1,2\r\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(records('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(records('a,b\r1,2\r')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('drops a byte-order mark (Excel’s CSV UTF-8) and blank lines', () => {
    expect(records('\uFEFF기업명,인증\r\n\r\n시웃,마을기업\r\n\r\n')).toEqual([['기업명', '인증'], ['시웃', '마을기업']]);
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields, and empty fields', () => {
    expect(records('"a, b","line\r\nbreak","say ""hi""",\r\n"",x,,')).toEqual([
      ['a, b', 'line\r\nbreak', 'say "hi"', ''],
      ['', 'x', '', ''],
    ]);
  });

  it('refuses an unclosed quote and a quote in the middle of a field, naming the line', () => {
    expect(parseCsv('a\r\n"open\r\nstill')).toEqual({ ok: false, error: 'unclosed_quote', line: 2 });
    expect(parseCsv('a\nab"c')).toEqual({ ok: false, error: 'stray_quote', line: 2 });
    expect(parseCsv('"a"b')).toEqual({ ok: false, error: 'stray_quote', line: 1 });
  });
});
