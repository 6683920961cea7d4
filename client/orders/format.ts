/** Money and times as the orders pages show them, in the visitor's language. */

/**
 * Made on first use, not when the module loads: a page's first Intl formatter loads the browser's
 * locale data, 40 ms of CPU in a fresh browser, and /list imports this module without showing a price.
 */
const won: Partial<Record<'ko' | 'en', Intl.NumberFormat>> = {};

/** 12,000 (the caller puts it in `orders:priceWon`, "{{price}}원"). */
export function wonDigits(amount: number, lang: string): string {
  const key = lang === 'en' ? 'en' : 'ko';
  return (won[key] ??= new Intl.NumberFormat(key === 'en' ? 'en-US' : 'ko-KR')).format(amount);
}

/** A moment as Korea's clock shows it (the fair and its sellers are in Bucheon), with the date. */
export function kstDateTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Seoul' }).format(new Date(iso));
}

/** The time of day alone on Korea's clock (a live's start, "since 14:05"). */
export function kstTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', { timeStyle: 'short', timeZone: 'Asia/Seoul' }).format(new Date(iso));
}
