import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { SearchHit } from '../../shared/catalogue/search.ts';
import { useCatalogue } from '../data/catalogue.ts';
import { LiveNow } from '../live/LiveNow.tsx';
import { ScheduleSlot } from '../schedule/ScheduleSlot.tsx';
import { boothHref } from '../ui/boothHref.ts';
import { usePageFair, withFair } from '../ui/fairLink.ts';
import { CatalogueStatus } from '../ui/CatalogueStatus.tsx';
import { SearchBox } from '../ui/SearchBox.tsx';
import { SiteHeader } from '../ui/SiteHeader.tsx';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';
import { useHashFocus } from '../ui/useHashFocus.ts';
import { CenterSection } from '../center/CenterSection.tsx';
import { EnterpriseFinder } from './list/EnterpriseFinder.tsx';
import { HistorySection } from './list/HistorySection.tsx';
import { MascotSection } from './list/MascotSection.tsx';
import { ValueChainSection } from './list/ValueChainSection.tsx';

/** /list: the screen-reader-first twin of the world, generated from the same catalogue. */
export function ListRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const state = useCatalogue();
  const fair = usePageFair();
  useDocumentTitle(t('list:title'));
  useHashFocus(state.status === 'ready');

  const onSelect = (hit: SearchHit) => {
    if (hit.kind === 'zone' || !hit.boothId) {
      void navigate(withFair(`/list#zone-${hit.zoneId}-title`, fair));
      return;
    }
    const hash = hit.kind === 'exhibit' && hit.exhibitId ? `#exhibit-${hit.exhibitId}` : '';
    void navigate(boothHref(hit.boothId, 'list', fair) + hash);
  };

  return (
    <div className="page">
      <SiteHeader>
        <search className="site-header__search">
          <SearchBox onSelect={onSelect} />
        </search>
      </SiteHeader>
      <main id="main" tabIndex={-1} className="content list">
        {params.get('notice') === 'no-webgl' ? (
          <p className="notice" role="status">
            {t('list:noticeNoWebgl')}
          </p>
        ) : null}
        <h1>{t('list:title')}</h1>
        <p className="lead">
          {t('list:lead')} <Link to={withFair('/world', fair)}>{t('common:view3d')}</Link>
        </p>
        <LiveNow />
        <ScheduleSlot />
        {state.status !== 'ready' ? (
          <CatalogueStatus state={state} />
        ) : (
          <>
            <CenterSection center={state.catalogue.center} />
            <MascotSection mascot={state.catalogue.mascot} brandMark={state.catalogue.center.brandMark} />
            <HistorySection history={state.catalogue.history} />
            <ValueChainSection catalogue={state.catalogue} />
            <EnterpriseFinder catalogue={state.catalogue} />
          </>
        )}
      </main>
      <footer className="site-footer">
        <p>{t('landing:footer')}</p>
      </footer>
    </div>
  );
}
