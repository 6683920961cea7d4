import { describe, expect, it } from 'vitest';
import { createI18n } from '../../client/i18n/index.ts';
import { formatIsoDate } from '../../client/ui/yearRange.ts';

/**
 * /list writes the center's founding date from the i18n strings instead of Intl.DateTimeFormat (whose
 * first use loads the browser's locale data in the middle of hydration): the text stays what the
 * Intl formatter printed, in both languages.
 */
describe('formatIsoDate', () => {
  const dates = ['2013-01-01', '2019-12-31', '2020-02-29', '2024-07-09'];
  it.each([
    ['ko', 'ko-KR'],
    ['en', 'en-GB'],
  ] as const)('reads in %s as Intl writes it (%s, long)', (lang, locale) => {
    const t = createI18n(lang).t;
    const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    for (const iso of dates) expect(formatIsoDate(iso, t)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
  });
});
