/**
 * The React server entry: built by Vite (`vite build --ssr entry-server.tsx`) into dist/server/ and
 * imported by server/http/ssr.ts, which runs TypeScript without a JSX or CSS step of its own. It
 * renders the same routes the browser hydrates (App.tsx) with the venue and language of the request,
 * and says what the page's <head> and link previews carry.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { matchPath, StaticRouter } from 'react-router';
import type { TFunction } from 'i18next';
import { findBooth, type BoothDetail } from '../shared/catalogue/booths.ts';
import type { RenderedPage, RenderPage } from '../shared/page/render.ts';
import { accountEn } from '../shared/i18n/account-en.ts';
import { accountKo } from '../shared/i18n/account-ko.ts';
import { adminEn } from '../shared/i18n/admin-en.ts';
import { adminKo } from '../shared/i18n/admin-ko.ts';
import { studioEn } from '../shared/i18n/studio-en.ts';
import { studioKo } from '../shared/i18n/studio-ko.ts';
import { PRIVATE_PAGES } from './account/privatePages.ts';
import { AppRoutes } from './App.tsx';
import { ServedVenue } from './data/catalogue.ts';
import { ServedFairs } from './schedule/servedFairs.ts';
import { ServedLives } from './live/servedLives.ts';
import { createI18n, localized } from './i18n/index.ts';
import { isListView } from './ui/boothHref.ts';
import { documentTitle } from './ui/useDocumentTitle.ts';

/** One i18next instance per language for the server's whole life: renders are synchronous. */
const I18NS = { ko: createI18n('ko'), en: createI18n('en') };
// The private pages' names, for their <head> (the browser loads these strings with their chunk).
for (const [ns, ko, en] of [['account', accountKo, accountEn], ['admin', adminKo, adminEn], ['studio', studioKo, studioEn]] as const) {
  I18NS.ko.addResourceBundle('ko', ns, ko);
  I18NS.en.addResourceBundle('en', ns, en);
}

/** Link previews cut descriptions around here (KakaoTalk shows two lines, search results ~160 characters). */
const DESCRIPTION_MAX = 150;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= DESCRIPTION_MAX) return flat;
  const cut = flat.slice(0, DESCRIPTION_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > DESCRIPTION_MAX * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A booth's own words for its preview: the brochure's first paragraph (Korean, as printed). */
function boothDescription(booth: BoothDetail): string | undefined {
  if (booth.kind === 'enterprise') return booth.enterprise.paragraphs[0];
  return booth.programme.intro[0] ?? booth.programme.exhibits.find((e) => e.paragraphs.length > 0)?.paragraphs[0];
}

type Head = Pick<RenderedPage, 'title' | 'shareTitle' | 'description'>;

/** What a page is called and says, in `t`'s language. `page` null is the site itself. */
function head(t: TFunction, page: string | null, description: string): Head {
  const title = documentTitle(t, page);
  return { title, shareTitle: title, description: clip(description) };
}

export const render: RenderPage = ({ url, lang, venue, fairs, lives }) => {
  const i18n = I18NS[lang];
  const t = i18n.t;
  const { pathname, searchParams } = new URL(url, 'http://page.invalid');
  const body = (): string =>
    renderToString(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <ServedVenue.Provider value={venue}>
            <ServedFairs.Provider value={fairs ?? null}>
              <ServedLives.Provider value={lives ?? null}>
                <StaticRouter location={url}>
                  <AppRoutes />
                </StaticRouter>
              </ServedLives.Provider>
            </ServedFairs.Provider>
          </ServedVenue.Provider>
        </I18nextProvider>
      </StrictMode>,
    );
  const page = (status: 200 | 404, html: string | null, name: string | null, description: string): RenderedPage => ({
    status,
    html,
    siteName: t('common:appName'),
    ...head(t, name, description),
  });

  if (pathname === '/') return page(200, body(), null, t('landing:intro'));
  if (pathname === '/list') return page(200, body(), t('list:title'), t('list:lead'));
  if (pathname === '/privacy') return page(200, body(), t('privacy:title'), t('privacy:lead'));
  // The world draws itself in the browser: its page is the shell, with the site's or the booth's head.
  if (pathname === '/world') return page(200, null, null, t('landing:intro'));
  // /orders finds a guest's order in the browser (number and phone go in a POST body): the shell.
  if (pathname === '/orders') return { ...page(200, null, t('orders:lookupTitle'), t('orders:lookupIntro')), noindex: true };
  // Sign-in, /admin and /studio: the shell, kept out of search engines; what they show is read in the browser.
  const own = PRIVATE_PAGES.find((p) => matchPath(p.path, pathname));
  if (own) return { ...page(200, null, t(own.title), t('landing:intro')), noindex: true };
  const boothId = matchPath('/booth/:id', pathname)?.params.id;
  if (boothId === undefined) return page(404, body(), t('common:notFoundTitle'), t('common:notFoundBody'));
  const html = isListView(searchParams) ? body() : null;
  const booth = findBooth(venue, boothId);
  // Unknown in either view is a 404: the list view says so on the page, the world in its booth dialog.
  if (!booth) return page(404, html, t('booth:notFoundTitle'), t('booth:notFoundBody', { id: boothId }));
  return page(200, html, localized(booth.summary.title, lang), boothDescription(booth) ?? t('landing:intro'));
};
