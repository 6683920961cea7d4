/**
 * Real links for the center's printed contacts. The brochure prints "032-625-2990~6" (a number
 * range) and "www.seeot.or.kr" (no scheme), so these turn print forms into dialable/clickable hrefs.
 */
export function telHref(printed: string): string {
  const first = printed.split(/[~,/]/)[0] ?? printed;
  const digits = first.replace(/[^\d+]/g, '');
  return `tel:${digits}`;
}

export function mailtoHref(email: string): string {
  return `mailto:${email.trim()}`;
}

export function websiteHref(printed: string): string {
  const t = printed.trim();
  return /^https?:\/\//i.test(t) ? t : `https://${t}`;
}

/** Links that leave the exhibition open in a new tab; tel:/mailto: hand over to the OS. */
export function isExternalWeb(href: string): boolean {
  return /^https?:\/\//i.test(href);
}
