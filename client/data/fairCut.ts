/**
 * A timed fair's pages: /world?fair=<slug> and /list?fair=<slug> show the venue cut to the fair's
 * booths (shared/world/fairVenue.ts, the same cut the server lays the fair's hall out with), and the
 * page joins that fair's hall. The fair's booths come from GET /api/fairs (published fairs open or
 * coming); a fair it does not list leaves the venue whole (the hall then refuses with `fairClosed`).
 */
import { isFairSlug } from '../../shared/api/fairSlug.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { venueForFair } from '../../shared/world/fairVenue.ts';

/** The page's `?fair=` when it is a fair's address; '' (the permanent exhibition) otherwise. */
export function fairOfPage(search: string = typeof location === 'undefined' ? '' : location.search): string {
  const fair = new URLSearchParams(search).get('fair');
  return isFairSlug(fair) ? fair : '';
}

/**
 * The venue as the page's fair shows it (the whole venue without one). Revalidated, not taken from
 * the browser's cache: after staff change a fair's booths its hall re-lays-out and the page re-reads.
 */
export async function cutForFair(venue: Catalogue, fair: string = fairOfPage()): Promise<Catalogue> {
  if (!fair) return venue;
  const [res, { PublicFairListSchema }] = await Promise.all([fetch('/api/fairs', { headers: { Accept: 'application/json' }, cache: 'no-cache' }), import('../../shared/api/fairs.ts')]);
  const parsed = PublicFairListSchema.safeParse(res.ok ? await res.json() : null);
  const shown = parsed.success ? parsed.data.fairs.find((f) => f.slug === fair) : undefined;
  return shown ? venueForFair(venue, shown.boothIds) : venue;
}
