import { describe, expect, it } from 'vitest';
import { chatEn } from '../../shared/i18n/chat-en.ts';
import { chatKo } from '../../shared/i18n/chat-ko.ts';
import { en } from '../../shared/i18n/en.ts';
import { ko } from '../../shared/i18n/ko.ts';
import { worldEn } from '../../shared/i18n/world-en.ts';
import { worldKo } from '../../shared/i18n/world-ko.ts';

type Strings = Record<string, Record<string, string>>;
const KO: Strings = { ...ko, world: worldKo, chat: chatKo };
const EN: Strings = { ...en, world: worldEn, chat: chatEn };

/** {{name}} placeholders a string interpolates. */
const placeholders = (s: string): string[] => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();

describe('UI strings', () => {
  it('have the same namespaces in Korean and English', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(KO).sort());
  });

  for (const ns of Object.keys(KO)) {
    it(`namespace "${ns}": every key in both languages, none empty, same placeholders`, () => {
      const k = KO[ns]!;
      const e = EN[ns] ?? {};
      expect(Object.keys(e).sort(), `${ns}: keys`).toEqual(Object.keys(k).sort());
      for (const key of Object.keys(k)) {
        expect(k[key]!.trim(), `ko ${ns}:${key}`).not.toBe('');
        expect(e[key]?.trim(), `en ${ns}:${key}`).not.toBe('');
        expect(typeof e[key], `en ${ns}:${key}`).toBe('string');
        expect(placeholders(e[key] ?? ''), `${ns}:${key} placeholders`).toEqual(placeholders(k[key]!));
      }
    });
  }

  it('the Korean strings are Korean and the English ones are not (except language names)', () => {
    const hangul = /\p{Script=Hangul}/u;
    const allowedKoInEn = new Set(['common:langKo', 'common:langKoShort', 'list:mascotTitle']);
    for (const ns of Object.keys(EN)) {
      for (const [key, text] of Object.entries(EN[ns]!)) {
        if (!allowedKoInEn.has(`${ns}:${key}`)) expect(hangul.test(text), `en ${ns}:${key} = ${text}`).toBe(false);
      }
    }
  });
});
