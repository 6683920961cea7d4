/**
 * A fair's or a booth's figures as tables: per booth (visits, unique visitors, average stay, and
 * what visitors did there), and the latest visits with their stay. Used by /admin/analytics and
 * a booth's page in /studio.
 */
import { useTranslation } from 'react-i18next';
import { BOOTH_ACTIVITY_KINDS, type AnalyticsFigures } from '../../shared/analytics/api.ts';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { useCatalogue } from '../data/catalogue.ts';
import { useLang } from '../i18n/index.ts';

const kstTime = (ms: number) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
const secondsOf = (ms: number) => Math.round(ms / 1000);

function useBoothName(): (id: string) => string {
  const { l } = useLang();
  const venue = useCatalogue();
  return (id) => {
    const booth = venue.status === 'ready' ? findBooth(venue.catalogue, id) : undefined;
    return booth ? l(booth.summary.title) : id;
  };
}

export function BoothFiguresTable({ figures }: { figures: AnalyticsFigures }) {
  const { t } = useTranslation('analytics');
  const nameOf = useBoothName();
  if (figures.booths.length === 0) return <p>{t('noVisits')}</p>;
  return (
    <div className="analytics-scroll" role="region" aria-label={t('figuresTitle')} tabIndex={0}>
      <table className="analytics-table">
        <caption>{t('figuresTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('booth')}</th>
            <th scope="col">{t('visits')}</th>
            <th scope="col">{t('uniqueVisitors')}</th>
            <th scope="col">{t('avgDwell')}</th>
            {BOOTH_ACTIVITY_KINDS.map((k) => (
              <th scope="col" key={k}>
                {t(`kind_${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figures.booths.map((b) => (
            <tr key={b.boothId} data-booth={b.boothId}>
              <th scope="row">{nameOf(b.boothId)}</th>
              <td>{b.visits}</td>
              <td>{b.uniqueVisitors}</td>
              <td>{t('seconds', { count: secondsOf(b.avgDwellMs) })}</td>
              {BOOTH_ACTIVITY_KINDS.map((k) => (
                <td key={k}>{b.events[k]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RecentVisits({ figures }: { figures: AnalyticsFigures }) {
  const { t } = useTranslation('analytics');
  const nameOf = useBoothName();
  if (figures.recentVisits.length === 0) return null;
  return (
    <div className="analytics-scroll" role="region" aria-label={t('recentVisitsTitle')} tabIndex={0}>
      <table className="analytics-table" data-testid="recent-visits">
        <caption>{t('recentVisitsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('booth')}</th>
            <th scope="col">{t('visitStart')}</th>
            <th scope="col">{t('visitEnd')}</th>
            <th scope="col">{t('dwell')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.recentVisits.map((v) => (
            <tr key={`${v.boothId}-${v.startedAt}`} data-booth={v.boothId}>
              <th scope="row">{nameOf(v.boothId)}</th>
              <td>{kstTime(v.startedAt)}</td>
              <td>{kstTime(v.endedAt)}</td>
              <td>{t('seconds', { count: secondsOf(v.dwellMs) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
