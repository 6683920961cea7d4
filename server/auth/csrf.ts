/**
 * CSRF, two ways. A signed-in browser's writes carry its session's token in X-CSRF-Token, which a
 * page on another site cannot read (the session's SameSite=Lax cookie alone is not enough: it rides
 * along on top-level posts). Requests that create a session (sign-in, setup, accepting an invitation,
 * a reset) carry no token yet, so they must come from this site: Sec-Fetch-Site same-origin or none,
 * or, from a browser that does not send it, an Origin equal to the request's own.
 */
import { timingSafeEqual } from 'node:crypto';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isStateChanging = (method: string): boolean => !SAFE_METHODS.has(method.toUpperCase());

/** Constant time: the comparison tells nothing about how much of a guess was right. */
export function csrfTokenMatches(sent: string | undefined, expected: string): boolean {
  if (sent === undefined) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface OriginFacts {
  secFetchSite: string | undefined;
  origin: string | undefined;
  /** The request's own origin as this server sees it (protocol://host). */
  selfOrigin: string;
  /** Further origins that are this site (PUBLIC_URL's, when a proxy rewrites Host). */
  alsoSelf?: readonly string[];
}

/**
 * Whether a session-creating request comes from this site. Sec-Fetch-Site decides where a browser
 * sends it; without it, Origin must be ours; a request with neither (curl, a script) is not a
 * browser carrying someone's cookies, so it passes.
 */
export function isSameSiteRequest({ secFetchSite, origin, selfOrigin, alsoSelf = [] }: OriginFacts): boolean {
  if (secFetchSite !== undefined) return secFetchSite === 'same-origin' || secFetchSite === 'none';
  if (origin === undefined) return true;
  return origin === selfOrigin || alsoSelf.includes(origin);
}
