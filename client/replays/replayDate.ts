/** A replay's start as people read it, in Seoul's time whatever the browser's zone. */
export const replayDate = (iso: string, lang: string): string =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Seoul' }).format(new Date(iso));
