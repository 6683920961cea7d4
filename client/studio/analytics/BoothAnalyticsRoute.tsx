/**
 * /studio/booths/:id/analytics: the booth's own figures for its members (and staff) over a range
 * of Seoul days: visits, unique visitors, average stay, what visitors did, the latest visits, and
 * its visits as CSV. The same tables staff read in /admin/analytics, for this booth only.
 */
import '../../analytics/i18n.ts';
import '../../analytics/analytics.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Account } from '../../../shared/api/account.ts';
import type { AnalyticsFigures } from '../../../shared/analytics/api.ts';
import { findBooth } from '../../../shared/catalogue/booths.ts';
import { Pending, PrivatePage } from '../../account/PrivatePage.tsx';
import { boothCsvHref, lastWeek, readBoothFigures, type DayRange } from '../../analytics/analyticsApi.ts';
import { BoothFiguresTable, RecentVisits } from '../../analytics/FiguresTables.tsx';
import { RangeForm } from '../../analytics/RangeForm.tsx';
import { useCatalogue } from '../../data/catalogue.ts';
import { useLang } from '../../i18n/index.ts';

export function BoothAnalyticsRoute({ me }: { me: Account }) {
  const { t } = useTranslation('analytics');
  const { t: ta } = useTranslation('account');
  const { l, lang } = useLang();
  const boothId = useParams().id ?? '';
  const venue = useCatalogue();
  const booth = venue.status === 'ready' ? findBooth(venue.catalogue, boothId) : undefined;
  const [range, setRange] = useState<DayRange>(() => lastWeek());
  const [figures, setFigures] = useState<AnalyticsFigures | 'error' | null>(null);
  useEffect(() => {
    let live = true;
    setFigures(null);
    void readBoothFigures(boothId, range).then((r) => live && setFigures(r.ok ? r.data : 'error'));
    return () => {
      live = false;
    };
  }, [boothId, range]);
  const title = t('boothAnalyticsTitle');
  return (
    <PrivatePage title={booth ? `${title} — ${l(booth.summary.title)}` : title} account={me}>
      <h1>{title}</h1>
      {booth ? <p>{l(booth.summary.title)}</p> : null}
      <p>{t('privacyNote')}</p>
      <RangeForm range={range} onChange={setRange} />
      <p>
        <a className="button button--secondary" href={boothCsvHref(boothId, range, lang)} download>
          {t('csvBooth')}
        </a>
      </p>
      {figures === null ? <Pending text={ta('loadingPage')} /> : null}
      {figures === 'error' ? (
        <p className="status status--error" role="alert">
          {t('loadFailed')}
        </p>
      ) : null}
      {figures !== null && figures !== 'error' ? (
        <>
          <BoothFiguresTable figures={figures} />
          <RecentVisits figures={figures} />
        </>
      ) : null}
    </PrivatePage>
  );
}
