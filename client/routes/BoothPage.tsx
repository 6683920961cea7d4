import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { findBooth, listZones } from '../../shared/catalogue/booths.ts';
import { useCatalogue } from '../data/catalogue.ts';
import { useLang } from '../i18n/index.ts';
import { InquiryActions } from '../inquiry/InquiryActions.tsx';
import { LiveVideoSlot } from '../live/LiveVideoSlot.tsx';
import { BoothSalesSlot } from '../orders/BoothSalesSlot.tsx';
import { ReplaysSlot } from '../replays/ReplaysSlot.tsx';
import { BoothContent } from '../ui/BoothContent.tsx';
import { boothHref } from '../ui/boothHref.ts';
import { usePageFair, withFair } from '../ui/fairLink.ts';
import { SiteHeader } from '../ui/SiteHeader.tsx';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';
import { useHydrated } from '../ui/useHydrated.ts';

// The hall connection (Colyseus SDK) loads after the booth content, not with the first page, and
// only in the browser: the server build leaves the chat chunk out (import.meta.env.SSR is constant).
const loadListChat = () => (import.meta.env.SSR ? Promise.reject(new Error('chat is browser-only')) : import('../chat/ListChat.tsx'));
const ListChat = lazy(() => loadListChat().then((m) => ({ default: m.ListChat })));
const BoothOccupancy = lazy(() => loadListChat().then((m) => ({ default: m.BoothOccupancy })));
// The hall's store comes with it, after the first paint (as the occupancy line's does).
const BoothHost = lazy(() => import('../ui/BoothHost.tsx'));

/**
 * /booth/:id?view=list: one booth as a plain page, with a breadcrumb back into the list. The
 * visitor is present at the booth in the hall too: counted in its occupancy, with booth and hall
 * chat below the content.
 */
export function BoothPage({ boothId }: { boothId: string }) {
  const { t } = useTranslation();
  const { l } = useLang();
  const state = useCatalogue();
  const fair = usePageFair();
  const fairLink = (to: string) => withFair(to, fair);
  const catalogue = state.status === 'ready' ? state.catalogue : null;
  const booth = catalogue ? findBooth(catalogue, boothId) : undefined;
  const zone = catalogue && booth ? listZones(catalogue).find((z) => z.id === booth.summary.zoneId) : undefined;
  const title = booth ? l(booth.summary.title) : null;
  // Presence and chat need the page's JavaScript: they come after hydration (ui/useHydrated.ts).
  const live = useHydrated() && booth !== undefined;
  useDocumentTitle(title ?? (catalogue ? t('booth:notFoundTitle') : null));

  // A client-side page change does not move focus: put it on the page's main so reading starts here.
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    main.current?.focus({ preventScroll: false });
  }, [boothId]);

  return (
    <div className="page">
      <SiteHeader />
      <main id="main" ref={main} tabIndex={-1} className="content booth-page">
        <nav aria-label={t('common:breadcrumb')} className="breadcrumb">
          <ol>
            <li>
              <Link to={fairLink('/list')}>{t('list:title')}</Link>
            </li>
            {zone ? (
              <li>
                <Link to={fairLink(`/list#zone-${zone.id}`)}>{l(zone.title)}</Link>
              </li>
            ) : null}
            <li>
              <span aria-current="page">{title ?? boothId}</span>
            </li>
          </ol>
        </nav>
        {live ? (
          <Suspense fallback={null}>
            <BoothOccupancy boothId={boothId} />
            <BoothHost boothId={boothId} />
          </Suspense>
        ) : null}
        <BoothContent boothId={boothId} headingLevel={1} />
        {live && title ? <LiveVideoSlot boothId={boothId} boothName={title} /> : null}
        {booth && title ? <BoothSalesSlot boothId={boothId} boothName={title} headingLevel={2} /> : null}
        {live ? <ReplaysSlot boothId={boothId} headingLevel={2} /> : null}
        {catalogue && booth ? <InquiryActions catalogue={catalogue} boothId={boothId} headingLevel={2} /> : null}
        <ul className="inline-links booth-page__nav">
          <li>
            <Link to={fairLink('/list')}>{t('common:toList')}</Link>
          </li>
          {booth ? (
            <li>
              <Link to={boothHref(boothId, 'world', fair)}>{t('common:view3d')}</Link>
            </li>
          ) : null}
        </ul>
        {live && title ? (
          <div className="booth-page__chat">
            <Suspense fallback={null}>
              <ListChat boothId={boothId} boothName={title} />
            </Suspense>
          </div>
        ) : null}
      </main>
    </div>
  );
}
