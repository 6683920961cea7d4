/** A moment as staff read it, in the page's language. */
export const when = (ms: number, lang: string): string => new Date(ms).toLocaleString(lang === 'en' ? 'en-GB' : 'ko-KR');
