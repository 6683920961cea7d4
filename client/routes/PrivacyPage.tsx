import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_VERSION, consentNotices, DEFAULT_RETENTION_DAYS, ITEMS } from '../../shared/privacy/notices.ts';
import { useCatalogue } from '../data/catalogue.ts';
import { useLang } from '../i18n/index.ts';
import { CatalogueStatus } from '../ui/CatalogueStatus.tsx';
import { CenterContacts } from '../ui/CenterContacts.tsx';
import { SiteHeader } from '../ui/SiteHeader.tsx';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';

/**
 * The server's retention (INQUIRY_RETENTION_DAYS), read after hydration; the first HTML states the
 * default. The API module (with zod) loads only here, not with the page.
 */
function useRetentionDays(): number {
  const [days, setDays] = useState(DEFAULT_RETENTION_DAYS);
  useEffect(() => {
    let live = true;
    void import('../inquiry/api.ts')
      .then((m) => m.fetchPolicy())
      .then((p) => {
        if (live && p) setDays(p.retentionDays);
      });
    return () => {
      live = false;
    };
  }, []);
  return days;
}

/**
 * /privacy: what the inquiry form collects, by whom, what for, who receives it, for how long, and how
 * to have it deleted, from the same notices the form shows (shared/privacy/notices.ts), in the
 * visitor's language; rendered on the server like /list.
 */
export function PrivacyPage() {
  const { t } = useTranslation('privacy');
  const { t: ti } = useTranslation('inquiry');
  const { l } = useLang();
  const state = useCatalogue();
  const days = useRetentionDays();
  useDocumentTitle(t('title'));
  const items = (kind: keyof typeof ITEMS) => ITEMS[kind].map((i) => ti(`item_${i}`)).join(ti('itemsJoin'));
  // Every purpose any notice states, once.
  const purposes = [...new Set((['consultation', 'purchase'] as const).flatMap((k) => consentNotices(k, 'enterprise').map((n) => n.purposeKey)))];
  return (
    <div className="page">
      <SiteHeader />
      <main id="main" tabIndex={-1} className="content privacy">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        {state.status !== 'ready' ? (
          <CatalogueStatus state={state} />
        ) : (
          <>
            <h2>{t('controllerTitle')}</h2>
            <p>{t('controller', { center: l(state.catalogue.center.name) })}</p>
            <h2>{t('collectedTitle')}</h2>
            <ul>
              <li>{t('collected_consultation', { items: items('consultation') })}</li>
              <li>{t('collected_purchase', { items: items('purchase') })}</li>
            </ul>
            <p>{t('collectedNone')}</p>
            <h2>{t('purposesTitle')}</h2>
            <ul>
              {purposes.map((p) => (
                <li key={p}>{ti(p)}</li>
              ))}
            </ul>
            <h2>{t('recipientsTitle')}</h2>
            <p>{t('recipients_center')}</p>
            <p>{t('recipients_enterprise')}</p>
            <h2>{t('retentionTitle')}</h2>
            <p>{t('retention', { days })}</p>
            <h2>{t('rightsTitle')}</h2>
            <p>{t('rights')}</p>
            <h2>{t('refuseTitle')}</h2>
            <p>{t('refuse')}</p>
            <h2>{t('cookiesTitle')}</h2>
            <p>{t('cookies')}</p>
            <h2>{t('analyticsTitle')}</h2>
            <p>{t('analytics')}</p>
            <h2>{t('contactTitle')}</h2>
            <CenterContacts center={state.catalogue.center} withAddress />
            <p className="privacy__version">{t('version', { version: CONSENT_VERSION })}</p>
          </>
        )}
      </main>
    </div>
  );
}
