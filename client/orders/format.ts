/** Money and times as the orders pages show them, in the visitor's language. */

const WON = { ko: new Intl.NumberFormat('ko-KR'), en: new Intl.NumberFormat('en-US') };

/** 12,000 (the caller puts it in `orders:priceWon`, "{{price}}원"). */
export function wonDigits(won: number, lang: string): string {
  return (lang === 'en' ? WON.en : WON.ko).format(won);
}

/** A moment as Korea's clock shows it (the fair and its sellers are in Bucheon), with the date. */
export function kstDateTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Seoul' }).format(new Date(iso));
}

/** The time of day alone on Korea's clock (a live's start, "since 14:05"). */
export function kstTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', { timeStyle: 'short', timeZone: 'Asia/Seoul' }).format(new Date(iso));
}
