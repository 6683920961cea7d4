import { describe, expect, it } from 'vitest';
import { accountEn } from '../../shared/i18n/account-en.ts';
import { accountKo } from '../../shared/i18n/account-ko.ts';
import { adminEn } from '../../shared/i18n/admin-en.ts';
import { adminKo } from '../../shared/i18n/admin-ko.ts';
import { enterpriseImportEn } from '../../shared/i18n/enterprise-import-en.ts';
import { enterpriseImportKo } from '../../shared/i18n/enterprise-import-ko.ts';
import { inviteMailEn } from '../../shared/i18n/invite-mail-en.ts';
import { inviteMailKo } from '../../shared/i18n/invite-mail-ko.ts';
import { studioEn } from '../../shared/i18n/studio-en.ts';
import { studioKo } from '../../shared/i18n/studio-ko.ts';

/**
 * The private pages' namespaces (sign-in, /admin, /studio) load with their own chunk rather than
 * with client/i18n/resources.ts, so tests/unit/i18n.test.ts does not see them: the same checks here.
 */
const NAMESPACES: Record<string, [Record<string, string>, Record<string, string>]> = {
  account: [accountKo, accountEn],
  admin: [adminKo, adminEn],
  studio: [studioKo, studioEn],
  'enterprise-import': [enterpriseImportKo, enterpriseImportEn],
  'invite-mail': [inviteMailKo, inviteMailEn],
};

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
const hangul = /\p{Script=Hangul}/u;

describe('private pages’ strings', () => {
  for (const [ns, [ko, en]] of Object.entries(NAMESPACES)) {
    it(`${ns}: every key in both languages, none empty, same placeholders, each in its own language`, () => {
      expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
      for (const key of Object.keys(ko)) {
        expect(ko[key]!.trim(), `ko ${ns}:${key}`).not.toBe('');
        expect(en[key]!.trim(), `en ${ns}:${key}`).not.toBe('');
        expect(placeholders(en[key]!), `${ns}:${key} placeholders`).toEqual(placeholders(ko[key]!));
        expect(hangul.test(en[key]!), `en ${ns}:${key} = ${en[key]}`).toBe(false);
      }
    });
  }
});
