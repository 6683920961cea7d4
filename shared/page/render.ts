import type { PublicFair } from '../api/fairs.ts';
import type { LiveSummary } from '../api/live.ts';
import type { Catalogue } from '../schemas/catalogue.ts';
import type { Lang } from '../schemas/localized.ts';

/**
 * The contract between the server and the React server entry (client/entry-server.tsx, built by
 * Vite into dist/server/): the server asks for a URL in a language with a venue, and gets back the
 * page's status, its HTML (null for the 3D world, whose page is the client-rendered shell) and what
 * its <head> and link previews say.
 */
export interface RenderRequest {
  /** Path and the query parameters that change the page (view, notice). */
  url: string;
  lang: Lang;
  venue: Catalogue;
  /** The timed fairs open now and coming, for the pages that list them (the landing page). */
  fairs?: FairsNow;
  /** The lives on air now, for the landing page's "live now" (its HTML is the whole page: never hydrated). */
  lives?: LiveSummary[];
}

/**
 * Published timed fairs as the server read them: open now, and coming, soonest first; each with the
 * events that have not ended. Nothing in it names the time it was read, so a cached page changes
 * only when a fair or an event starts or ends.
 */
export interface FairsNow {
  open: PublicFair[];
  coming: PublicFair[];
}

export interface RenderedPage {
  status: 200 | 404;
  /** The root's inner HTML, or null when the page is the world's shell (rendered in the browser). */
  html: string | null;
  /** The document title, as the client sets it after navigation. */
  title: string;
  /** Meta description and link-preview text. */
  description: string;
  /** The title a link preview shows (the page's own name, without the site's). */
  shareTitle: string;
  /** The site's name in `lang` (og:site_name). */
  siteName: string;
  /** A page that is nobody's to find (sign-in, /admin, /studio): `robots: noindex`, and not cached. */
  noindex?: boolean;
}

export type RenderPage = (request: RenderRequest) => RenderedPage;
