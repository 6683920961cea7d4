/**
 * Pages rendered on the server: `/`, `/list`, `/booth/:id?view=list` and the not-found pages come
 * with their text in the HTML, in the visitor's language, from the same React components and the
 * same venue the API serves, then hydrate; `/world` and `/booth/:id` get the shell the 3D world
 * renders into, with the page's own head (title, link preview). The React entry is built by Vite
 * (client/entry-server.tsx → dist/server/), since this server runs TypeScript without a JSX step.
 */
import type { Request, RequestHandler, Response } from 'express';
import { Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { asLang, cookieValue, decideLang, langCookie, LANG_COOKIE } from '../../shared/i18n/langChoice.ts';
import { BOOT_ELEMENT_ID, type Boot } from '../../shared/page/boot.ts';
import type { DomFontManifest } from '../../shared/page/fonts.ts';
import type { LiveSummary } from '../../shared/api/live.ts';
import type { FairsNow, RenderPage } from '../../shared/page/render.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import type { Lang } from '../../shared/schemas/localized.ts';
import type { Logger } from '../logger.ts';
import { acceptedCodings } from './precompressed.ts';
import { contentSecurityPolicy } from './securityHeaders.ts';
import { isFairSlug } from '../../shared/api/fairSlug.ts';
import { venueForFair } from '../../shared/world/fairVenue.ts';
import { PageCache, pageCacheKey, pageUrl, venueVersion } from './ssrCache.ts';
import { assemblePage, fontFacesTag, headTags, jsonForScript } from './ssrDocument.ts';
import { fontFacesFor, loadFontManifest } from './ssrFonts.ts';
import { shareImage, shareRoutes } from './ssrShare.ts';
import { cspHash, loadPageTemplate, type PageTemplate } from './ssrTemplate.ts';

/**
 * Every route and booth in both languages several times over (a page is ~95 KB with its compressed
 * copies). Not-found pages are not cached: any path is one, so caching them would let anyone fill
 * the cache; they are rendered per request and compressed quickly instead.
 */
const CACHE_PAGES = 200;

/**
 * Pages that are complete as the server renders them: their links and language switch work as plain
 * navigations, so they get no boot data and client/start.ts starts no app on them (it only loads
 * the page's fonts). The landing page is one: hydrating it cost a phone's main thread the app's
 * whole JavaScript (~120 KB gzip, 30–70 ms of CPU at 4× slowdown in one task) for a page whose only
 * script-driven behaviours were the in-place language switch and in-app navigation to the next page.
 */
const STATIC_PAGES = new Set(['/']);

/** Brotli quality: the best for cached pages (compressed once), a fast one for the rest. */
const BROTLI_CACHED = 11;
const BROTLI_PER_REQUEST = 5;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** One rendered page, compressed once when it is cached (on the thread pool, not the halls' loop). */
interface CachedPage {
  status: number;
  /** Kept in the cache: a found public page (private pages carry a token in their path, so any path is one). */
  cacheable: boolean;
  csp: string;
  body: { identity: Buffer; br: Buffer; gzip: Buffer };
}

export interface PageRendererOptions {
  /** dist/client: index.html, the stylesheet, the font manifest. */
  clientDir: string;
  /** dist/server: the React entry. */
  serverDir: string;
  /** The venue as the API serves it now (read per request: it may change while the fair runs). */
  venue: () => Catalogue | Promise<Catalogue>;
  /** The timed fairs open now and coming (the landing page lists them); absent without a database. */
  fairs?: () => Promise<FairsNow | undefined>;
  /**
   * A timed fair's booths by its address, or null (unknown, unpublished or ended): a page asked with
   * `?fair=<slug>` (/list, /world) renders the venue cut to them, as its client shows it (client/data/fairCut.ts).
   */
  fairBooths?: (slug: string) => Promise<readonly string[] | null>;
  /** The lives on air now (the landing page lists them, without viewer counts). */
  lives?: () => Promise<LiveSummary[]>;
  /** PUBLIC_URL: the origin (and path) absolute links are built on; unset, the request's own. */
  publicUrl: string | undefined;
  log: Logger;
}

/** The origin links are built on, without a trailing slash. */
function originOf(req: Request, publicUrl: string | undefined): string {
  return (publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`).replace(/\/+$/, '');
}

/** `url` with `lang=` added (the address of this page in that language). */
function withLang(url: string, lang: Lang): string {
  return `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`;
}

/**
 * The page handler (manifest, site images, then every client path), or null when the server entry
 * is not built (`vite build` without `--ssr`): the caller then serves the bare shell, which renders
 * in the browser, and says so.
 */
export async function pageRenderer(opts: PageRendererOptions): Promise<RequestHandler | null> {
  const entry = join(opts.serverDir, 'entry-server.js');
  if (!existsSync(entry) || !existsSync(join(opts.clientDir, 'index.html'))) return null;
  const mod: unknown = await import(pathToFileURL(entry).href);
  const render = (mod as { render?: unknown }).render;
  if (typeof render !== 'function') throw new Error(`${entry} does not export render(); rebuild with \`npm run build\``);
  const template = loadPageTemplate(opts.clientDir);
  const fonts = loadFontManifest(opts.clientDir);
  if (!fonts) opts.log.warn('no DOM font manifest in the client build: pages render in fallback fonts');

  const cache = new PageCache<Promise<CachedPage>>(CACHE_PAGES);
  const pages: RequestHandler = (req, res, next) => {
    const query = typeof req.query.lang === 'string' ? req.query.lang : undefined;
    const cookie = cookieValue(req.headers.cookie, LANG_COOKIE);
    const lang = decideLang({ query, cookie, acceptLanguage: req.headers['accept-language'] });
    const linkLang = asLang(query);
    // A ?lang= link is a choice: remembered like the switch's, so the next pages stay in it.
    if (linkLang && linkLang !== cookie) res.append('Set-Cookie', langCookie(lang, req.secure));
    const origin = originOf(req, opts.publicUrl);
    /** `fair`: the timed fair the page shows (its links keep it), null for the whole venue. */
    const respond = async (venue: Catalogue, fair: string | null): Promise<void> => {
      const url = pageUrl(req.originalUrl, fair);
      // The address previews point at: a link that named its language keeps it, so preview and page agree.
      const shareUrl = linkLang ? withLang(url, linkLang) : url;
      // Only the landing page lists fairs; which are open or coming is part of what its cached copy depends on.
      const landing = new URL(url, 'http://page').pathname === '/';
      const fairs = landing ? await opts.fairs?.() : undefined;
      // So are the lives on air (not their viewer counts, which the page does not show and which change every second).
      const lives = landing ? await opts.lives?.().catch(() => undefined) : undefined;
      const onAir = lives?.length ? `:${JSON.stringify(lives.map(({ viewers: _, ...shown }) => shown))}` : '';
      const key = pageCacheKey({ url: shareUrl, lang, venueVersion: (fairs ? `${venueVersion(venue)}:${JSON.stringify(fairs)}` : venueVersion(venue)) + onAir, origin });
      let page = cache.get(key);
      if (!page) {
        page = buildPage({ render: render as RenderPage, template, fonts, venue, fairs, lives }, { url, shareUrl, lang, origin });
        cache.set(key, page);
        page.then(
          (p) => !p.cacheable && cache.delete(key),
          () => cache.delete(key),
        );
      }
      return page.then((p) => send(req, res, p));
    };
    // The cut venue has its own version (ssrCache's venueVersion), so its pages are cached apart from the whole venue's.
    const fair = isFairSlug(req.query.fair) ? req.query.fair : null;
    const booths = fair && opts.fairBooths ? opts.fairBooths(fair) : Promise.resolve(null);
    Promise.all([opts.venue(), booths])
      .then(([venue, shown]) => (shown ? respond(venueForFair(venue, shown), fair) : respond(venue, null)))
      .catch(next);
  };

  const r = Router();
  r.use(shareRoutes());
  r.get(/.*/, pages);
  return r;
}

interface Renderer {
  render: RenderPage;
  template: PageTemplate;
  fonts: DomFontManifest | null;
  venue: Catalogue;
  fairs: FairsNow | undefined;
  lives: LiveSummary[] | undefined;
}

interface PageAddress {
  /** What is rendered: pageUrl() of the request. */
  url: string;
  /** What previews and the canonical link point at (relative to `origin`). */
  shareUrl: string;
  lang: Lang;
  origin: string;
}

async function buildPage({ render, template, fonts, venue, fairs, lives }: Renderer, { url, shareUrl, lang, origin }: PageAddress): Promise<CachedPage> {
  const page = render({ url, lang, venue, fairs, lives });
  const cacheable = page.status === 200 && !page.noindex;
  const faces = fonts && page.html ? fontFacesFor(fonts, page.html) : '';
  const head = headTags({
    lang,
    title: page.title,
    description: page.description,
    shareTitle: page.shareTitle,
    siteName: page.siteName,
    url: origin + shareUrl,
    alternates: { ko: origin + withLang(url, 'ko'), en: origin + withLang(url, 'en') },
    image: shareImage(origin, page.siteName),
    noindex: page.noindex,
  });
  const boot: Boot = { venue, fontCss: fonts?.css ?? null };
  const hydrated = page.html === null || !STATIC_PAGES.has(new URL(url, 'http://page').pathname);
  const html = assemblePage(template, {
    lang,
    head: faces ? `${head}\n    ${fontFacesTag(faces)}` : head,
    html: page.html,
    bootJson: hydrated ? jsonForScript(boot) : null,
    bootId: BOOT_ELEMENT_ID,
  });
  const identity = Buffer.from(html, 'utf8');
  const [br, gzipped] = await Promise.all([
    brotli(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: cacheable ? BROTLI_CACHED : BROTLI_PER_REQUEST,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
    gz(identity, { level: cacheable ? constants.Z_BEST_COMPRESSION : constants.Z_DEFAULT_COMPRESSION }),
  ]);
  return {
    status: page.status,
    cacheable,
    csp: contentSecurityPolicy(faces ? [template.styleHash, cspHash(faces)] : [template.styleHash]),
    body: { identity, br, gzip: gzipped },
  };
}

function send(req: Request, res: Response, page: CachedPage): void {
  const coding = acceptedCodings(req.headers['accept-encoding'])[0];
  res.status(page.status);
  res.set({
    'Content-Type': 'text/html; charset=utf-8',
    // Rendered per language and venue: always revalidated, and a cache keeps one copy per what it varied on.
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding, Accept-Language, Cookie',
    'Content-Security-Policy': page.csp,
  });
  if (coding) res.set('Content-Encoding', coding);
  res.send(page.body[coding ?? 'identity']);
}
