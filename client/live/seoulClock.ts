/** A moment's time of day on Korea's clock (the fair is in Bucheon), in the visitor's language. */
export const seoulClock = (iso: string, lang: string): string =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', { timeStyle: 'short', timeZone: 'Asia/Seoul' }).format(new Date(iso));
