/** "2014–2020" (en dash) for a range, "2010" for a single year: ranges stay ranges (issue 3, §2). */
export function yearRange(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** A YYYY-MM-DD date in the visitor's language, without time-zone drift. */
export function formatIsoDate(iso: string, lang: 'ko' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
