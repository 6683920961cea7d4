import { describe, expect, it } from 'vitest';
import { decoyHash, hashPassword, SCRYPT_PARAMS, verifyPassword } from '../../server/auth/password.ts';

describe('password hashes (scrypt)', () => {
  it('verifies the password it was made from and nothing else', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('stores its parameters and a salt of its own: the same password hashes differently each time', async () => {
    const a = await hashPassword('비밀번호는 열 글자 이상');
    const b = await hashPassword('비밀번호는 열 글자 이상');
    expect(a).toMatch(new RegExp(`^scrypt\\$${SCRYPT_PARAMS.N}\\$8\\$1\\$[A-Za-z0-9_-]{22}\\$[A-Za-z0-9_-]{43}$`));
    expect(SCRYPT_PARAMS.N).toBe(2 ** 15);
    expect(a).not.toBe(b);
    expect(await verifyPassword('비밀번호는 열 글자 이상', b)).toBe(true);
  });

  it('reads hashes made with other parameters, so they can be raised later', async () => {
    const cheap = await hashPassword('an older password', { N: 2 ** 10, r: 8, p: 1 });
    expect(cheap.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('an older password', cheap)).toBe(true);
  });

  it('treats a Korean password typed as composed or decomposed jamo as the same password', async () => {
    const stored = await hashPassword('한글비밀번호입니다'.normalize('NFC'));
    expect(await verifyPassword('한글비밀번호입니다'.normalize('NFD'), stored)).toBe(true);
  });

  it('never matches a malformed or tampered hash, and refuses parameters that would exhaust memory', async () => {
    const stored = await hashPassword('correct horse battery');
    const [, , r, p, salt, key] = stored.split('$');
    for (const bad of ['', 'plain', `bcrypt$${stored.slice(7)}`, `scrypt$1000$${r}$${p}$${salt}$${key}`, `scrypt$${2 ** 24}$${r}$${p}$${salt}$${key}`, `scrypt$32768$${r}$${p}$${salt}`, `scrypt$32768$0$${p}$${salt}$${key}`]) {
      expect(await verifyPassword('correct horse battery', bad)).toBe(false);
    }
  });

  it('has a decoy hash for unknown emails that costs the same and matches nothing typed', async () => {
    const decoy = await decoyHash();
    expect(decoy).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await decoyHash()).toBe(decoy);
    expect(await verifyPassword('correct horse battery', decoy)).toBe(false);
  });
});
