import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isStaff, type Account } from '../../shared/api/account.ts';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { Pending, PrivatePage } from '../account/PrivatePage.tsx';
import { useCatalogue } from '../data/catalogue.ts';
import { useLang } from '../i18n/index.ts';
import { InboxLink } from '../inquiry/inbox/InboxLink.tsx';
import { boothHref } from '../ui/boothHref.ts';

/** /studio: a card per booth the account keeps (names from the venue), each leading to its editor. */
export function MyBooths({ me }: { me: Account }) {
  const { t } = useTranslation();
  const { l } = useLang();
  const venue = useCatalogue();
  return (
    <PrivatePage title={t('studio:title')} account={me}>
      <h1>{t('studio:title')}</h1>
      {isStaff(me.role) ? (
        <p className="notice">
          {t('studio:staffNote')} <Link to="/admin">{t('studio:toAdmin')}</Link>
        </p>
      ) : null}
      {!isStaff(me.role) && me.boothIds.length === 0 ? <p className="notice">{t('studio:empty')}</p> : null}
      {me.boothIds.length > 0 ? <p className="lead">{t('studio:lead')}</p> : null}
      {me.boothIds.length > 0 && venue.status === 'loading' ? <Pending text={t('account:loadingPage')} /> : null}
      {me.boothIds.length > 0 && venue.status !== 'loading' ? (
        <ul className="cards">
          {me.boothIds.map((id) => {
            const booth = venue.status === 'ready' ? findBooth(venue.catalogue, id) : undefined;
            return (
              <li key={id} className="card">
                <h2 className="card__title">{booth ? l(booth.summary.title) : id}</h2>
                {booth ? (
                  <ul className="inline-links">
                    <li>
                      <Link to={`/studio/booths/${encodeURIComponent(id)}`} className="button button--primary">
                        {t('studio:edit')}
                      </Link>
                    </li>
                    <li>
                      <InboxLink boothId={id} />
                    </li>
                    <li>
                      <Link to={`/studio/booths/${encodeURIComponent(id)}/listings`}>{t('orders:studioListingsTitle')}</Link>
                    </li>
                    <li>
                      <Link to={`/studio/booths/${encodeURIComponent(id)}/orders`}>{t('orders:studioOrdersTitle')}</Link>
                    </li>
                    <li>
                      <Link to={`/studio/booths/${encodeURIComponent(id)}/analytics`}>{t('analytics:boothAnalyticsTitle')}</Link>
                    </li>
                    <li>
                      <Link to={boothHref(id, 'world')}>{t('studio:viewInWorld')}</Link>
                    </li>
                    <li>
                      <Link to={boothHref(id, 'list')}>{t('studio:viewInList')}</Link>
                    </li>
                  </ul>
                ) : (
                  <p>{t('studio:boothMissing', { id })}</p>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </PrivatePage>
  );
}
