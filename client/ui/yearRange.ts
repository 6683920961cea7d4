import type { TFunction } from 'i18next';

/** "2014–2020" (en dash) for a range, "2010" for a single year: ranges stay ranges (issue 3, §2). */
export function yearRange(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

const MONTHS = ['list:month1', 'list:month2', 'list:month3', 'list:month4', 'list:month5', 'list:month6', 'list:month7', 'list:month8', 'list:month9', 'list:month10', 'list:month11', 'list:month12'] as const;

/**
 * A YYYY-MM-DD date in the visitor's language ("2013년 1월 1일", "1 January 2013"), from the i18n
 * strings rather than Intl.DateTimeFormat: the first Intl formatter a page makes loads the browser's
 * locale data, 15-25 ms of main thread in one task (60-100 ms on a phone), and this date was the
 * only Intl use while /list hydrates. A calendar date has no time zone to drift through.
 */
export function formatIsoDate(iso: string, t: TFunction): string {
  const [year, month, day] = iso.split('-').map(Number);
  return t('list:date', { year: year!, month: t(MONTHS[(month ?? 1) - 1]!), day: day ?? 1 });
}
