import { describe, expect, it } from 'vitest';
import { checkImport, IMPORT_MAX_ROWS, ImportBodySchema } from '../../shared/api/enterpriseImport.ts';

const ok = (csv: string, stored?: Parameters<typeof checkImport>[1]) => {
  const r = checkImport(csv, stored);
  if (!r.ok) throw new Error(r.error);
  return r.rows;
};

describe('enterprise import rows', () => {
  it('reads English headers and checks each row: address lower-cased, phone written one way, certifications known', () => {
    const [row] = ok('name,contact,phone,certification\r\n시웃 협동조합, Hello@Seeot.KR ,01012345678,협동조합;Certified social enterprise\r\n');
    expect(row).toEqual({ row: 2, name: '시웃 협동조합', email: 'hello@seeot.kr', phone: '010-1234-5678', certifications: ['협동조합', '사회적기업'], status: 'ready', issues: [] });
  });

  it('reads Korean headers, and an address with a phone number in one contact cell', () => {
    const [row] = ok('기업명,연락처,인증\n마을빵집,"bread@example.kr 02-123-4567",마을기업\n');
    expect(row).toMatchObject({ name: '마을빵집', email: 'bread@example.kr', phone: '02-123-4567', certifications: ['마을기업'], status: 'ready' });
  });

  it('names every problem of a row, and a duplicate address in the file', () => {
    const rows = ok('기업명,이메일,전화,인증\n,not-an-address,12,우주기업\n가,a@b.kr,,\n나,A@B.kr,,\n');
    expect(rows[0]).toMatchObject({ row: 2, status: 'error', issues: ['name_invalid', 'email_invalid', 'phone_invalid', 'certification_unknown'] });
    expect(rows[1]).toMatchObject({ status: 'ready', issues: [] });
    expect(rows[2]).toMatchObject({ row: 4, status: 'error', issues: ['duplicate_in_file'] });
  });

  it('skips what is already stored rather than calling it an error', () => {
    const rows = ok('name,email\n가,taken@b.kr\n나,done@b.kr\n', (e) => (e === 'taken@b.kr' ? 'email_taken' : e === 'done@b.kr' ? 'already_imported' : null));
    expect(rows.map((r) => [r.status, r.issues])).toEqual([
      ['skipped', ['email_taken']],
      ['skipped', ['already_imported']],
    ]);
  });

  it('refuses a file without rows, without the needed columns, with too many rows, or too large', () => {
    expect(checkImport('name,email\n')).toEqual({ ok: false, error: 'empty' });
    expect(checkImport('회사,인증\nx,y\n')).toEqual({ ok: false, error: 'missing_columns', fields: ['name', 'contact'] });
    const many = ['name,email', ...Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i) => `e${i},e${i}@x.kr`)].join('\n');
    expect(checkImport(many)).toEqual({ ok: false, error: 'too_many_rows' });
    expect(checkImport('name,email\n"x,a@b.kr\n')).toMatchObject({ ok: false, error: 'unclosed_quote' });
    // 5,200 Hangul syllables are 15,600 bytes in UTF-8: over the cap though far fewer characters.
    expect(ImportBodySchema.safeParse({ csv: '가'.repeat(5200) }).success).toBe(false);
    expect(ImportBodySchema.safeParse({ csv: '가'.repeat(5000) }).success).toBe(true);
  });
});
