/**
 * A fair's address as a plain test, without zod, for a page's first chunk (the client reads
 * `?fair=` before any schema loads). The same rule as FairSlugSchema (shared/api/fairs.ts).
 */
const FAIR_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const FAIR_SLUG_MAX = 48;

export function isFairSlug(s: unknown): s is string {
  return typeof s === 'string' && s.length <= FAIR_SLUG_MAX && FAIR_SLUG.test(s);
}
