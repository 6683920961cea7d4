/**
 * /admin's booth section speaks in sentences: every code the booths API answers and every icon the
 * create form offers has its Korean and English text (shared/i18n/admin-booths-*).
 */
import { describe, expect, it } from 'vitest';
import { ADMIN_BOOTH_ERRORS } from '../../shared/api/adminBooths.ts';
import { adminBoothsEn } from '../../shared/i18n/admin-booths-en.ts';
import { adminBoothsKo } from '../../shared/i18n/admin-booths-ko.ts';
import { ICONS } from '../../shared/schemas/icon.ts';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('admin-booths strings', () => {
  it('every error code and icon has a sentence in both languages', () => {
    for (const key of [...ADMIN_BOOTH_ERRORS.map((c) => `err_${c}`), ...ICONS.map((i) => `icon_${i}`)]) {
      expect(adminBoothsKo[key as keyof typeof adminBoothsKo], key).toBeTruthy();
      expect(adminBoothsEn[key as keyof typeof adminBoothsEn], key).toBeTruthy();
    }
  });

  it('both languages fill the same placeholders', () => {
    for (const key of Object.keys(adminBoothsKo) as (keyof typeof adminBoothsKo)[]) expect(placeholders(adminBoothsEn[key]), key).toEqual(placeholders(adminBoothsKo[key]));
  });
});
