/**
 * /admin/dashboard ("실시간 현황"): visitors now in the halls, per fair and shard and per booth, and chat
 * messages per minute, read every 5 s from GET /api/admin/dashboard (the shards' own presence
 * counts, so watching costs the halls nothing). A failed read keeps the last figures and says so.
 */
import '../../analytics/i18n.ts';
import '../../analytics/analytics.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/api/account.ts';
import type { Dashboard } from '../../../shared/analytics/api.ts';
import { findBooth } from '../../../shared/catalogue/booths.ts';
import { useCatalogue } from '../../data/catalogue.ts';
import { useLang } from '../../i18n/index.ts';
import { AdminPage } from '../AdminPage.tsx';
import { readDashboard } from '../../analytics/analyticsApi.ts';

export const DASHBOARD_POLL_MS = 5000;

export function DashboardSection({ me }: { me: Account }) {
  const { t } = useTranslation('analytics');
  const { l } = useLang();
  const venue = useCatalogue();
  const [now, setNow] = useState<Dashboard | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () =>
      void readDashboard().then((r) => {
        if (!live) return;
        if (r.ok) setNow(r.data);
        setFailed(!r.ok);
        timer = setTimeout(read, DASHBOARD_POLL_MS);
      });
    read();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  const nameOf = (id: string) => {
    const booth = venue.status === 'ready' ? findBooth(venue.catalogue, id) : undefined;
    return booth ? l(booth.summary.title) : id;
  };
  // A shard is named by its fair and hall: every fair numbers its halls from 1.
  const fairName = (slug: string) => {
    if (slug === '') return t('permanentExhibition');
    const fair = now?.fairs.find((f) => f.slug === slug);
    return fair ? l(fair.title) : slug;
  };
  const time = now ? new Date(now.at + 9 * 3600_000).toISOString().slice(11, 19) : '';

  return (
    <AdminPage account={me} title={t('dashboardTitle')}>
      {failed ? (
        <p className="status status--error" role="alert">
          {t('loadFailed')}
        </p>
      ) : null}
      {now ? (
        <>
          <p className="analytics-now" data-testid="visitors-now">
            {t('visitorsNow', { count: now.visitors })}
          </p>
          <p data-testid="chat-per-minute">{t('chatPerMinute', { count: now.chatPerMinute })}</p>
          <p>{t('updatedAt', { time })}</p>
          <div className="analytics-scroll" role="region" aria-label={t('shardsTitle')} tabIndex={0}>
            <table className="analytics-table">
              <caption>{t('shardsTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('shardFair')}</th>
                  <th scope="col">{t('shard')}</th>
                  <th scope="col">{t('visitors')}</th>
                </tr>
              </thead>
              <tbody data-testid="shards-now">
                {now.shards.map((s) => (
                  <tr key={s.shardId} data-fair={s.fair}>
                    <td>{fairName(s.fair)}</td>
                    <th scope="row">{t('hallNumber', { n: s.number })}</th>
                    <td>{s.visitors}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {now.booths.length === 0 ? (
            <p>{t('nobodyAtBooths')}</p>
          ) : (
            <div className="analytics-scroll" role="region" aria-label={t('boothsNowTitle')} tabIndex={0}>
              <table className="analytics-table" data-testid="booths-now">
                <caption>{t('boothsNowTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('booth')}</th>
                    <th scope="col">{t('visitors')}</th>
                  </tr>
                </thead>
                <tbody>
                  {now.booths.map((b) => (
                    <tr key={b.boothId} data-booth={b.boothId}>
                      <th scope="row">{nameOf(b.boothId)}</th>
                      <td>{b.visitors}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </AdminPage>
  );
}
