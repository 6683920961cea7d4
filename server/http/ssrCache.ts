/**
 * Server-rendered pages are cached: a page depends only on its address (path and the parameters
 * that change it), its language, the venue and the public origin its links are built on. When the
 * venue changes (a booth added while the fair runs), its version changes and so does every key.
 */
import { createHash } from 'node:crypto';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import type { Lang } from '../../shared/schemas/localized.ts';

/**
 * The query parameters a page's content reads, and the values that change it (`view=list` on
 * /booth/:id, `notice=no-webgl` on /list). Anything else (`lang`, decided before rendering;
 * `quality`, `staff`, for the world's scripts; other values; whatever a link adds) renders the same
 * page, so it is left out of what is rendered and of the key: the set of pages stays the routes times
 * the booths, however many addresses are asked for.
 */
const PAGE_PARAMS: Record<string, readonly string[]> = { view: ['list'], notice: ['no-webgl'] };

/**
 * The address a page is rendered at: its path and the PAGE_PARAMS that change it, in a fixed order,
 * then `fair` when the page is a known timed fair's (its links keep the fair: shared/api/fairLink.ts).
 * Only a fair the caller found is kept, so made-up slugs do not multiply the cached pages.
 */
export function pageUrl(requestUrl: string, fair: string | null = null): string {
  const url = new URL(requestUrl, 'http://page.invalid');
  const kept = new URLSearchParams();
  for (const [name, values] of Object.entries(PAGE_PARAMS)) {
    const value = url.searchParams.get(name);
    if (value !== null && values.includes(value)) kept.set(name, value);
  }
  if (fair !== null && url.searchParams.get('fair') === fair) kept.set('fair', fair);
  const search = kept.toString();
  return search ? `${url.pathname}?${search}` : url.pathname;
}

const versions = new WeakMap<Catalogue, string>();

/**
 * A short fingerprint of the venue's content, computed once per venue object: the venue is
 * immutable data, replaced (not edited) when it changes.
 */
export function venueVersion(venue: Catalogue): string {
  let v = versions.get(venue);
  if (!v) {
    v = createHash('sha256').update(JSON.stringify(venue)).digest('base64url').slice(0, 16);
    versions.set(venue, v);
  }
  return v;
}

export interface PageKey {
  /** pageUrl() of the request. */
  url: string;
  lang: Lang;
  venueVersion: string;
  /** The origin absolute links are built on (PUBLIC_URL, or the request's own). */
  origin: string;
}

export function pageCacheKey(k: PageKey): string {
  return JSON.stringify([k.url, k.lang, k.venueVersion, k.origin]);
}

/**
 * Least recently used, bounded: the pages are few (a few routes and two per booth, times two
 * languages), but the bound holds whatever is asked (other origins when PUBLIC_URL is unset).
 */
export class PageCache<V> {
  private readonly entries = new Map<string, V>();
  private readonly max: number;
  constructor(max: number) {
    this.max = max;
  }

  get(key: string): V | undefined {
    const v = this.entries.get(key);
    if (v !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
