/**
 * /admin/analytics ("방문 통계"): for staff, the hall's fair over a range of Seoul days: visitors per
 * 10 minutes as a chart, the heatmap over the floor plan, each booth's figures, the latest visits,
 * and the fair as CSV. Read when opened and when the range changes.
 */
import '../../analytics/i18n.ts';
import '../../analytics/analytics.css';
import '../booths/booths.css';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/api/account.ts';
import type { AnalyticsFigures, Heatmap } from '../../../shared/analytics/api.ts';
import { useCatalogue } from '../../data/catalogue.ts';
import { useLang } from '../../i18n/index.ts';
import { AdminPage, LoadProblem } from '../AdminPage.tsx';
import { fairCsvHref, lastWeek, readFairFigures, readHeatmap, type DayRange } from '../../analytics/analyticsApi.ts';
import { BoothFiguresTable, RecentVisits } from '../../analytics/FiguresTables.tsx';
import { HeatmapPlan } from './HeatmapPlan.tsx';
import { RangeForm } from '../../analytics/RangeForm.tsx';
import { VisitsChart } from './VisitsChart.tsx';

type State = { status: 'loading' } | { status: 'error' } | { status: 'ready'; figures: AnalyticsFigures; heat: Heatmap };

export function AnalyticsSection({ me }: { me: Account }) {
  const { t } = useTranslation('analytics');
  const { lang } = useLang();
  const venue = useCatalogue();
  const [range, setRange] = useState<DayRange>(() => lastWeek());
  const [state, setState] = useState<State>({ status: 'loading' });
  const load = useCallback(async (r: DayRange) => {
    setState({ status: 'loading' });
    const [figures, heat] = await Promise.all([readFairFigures(r), readHeatmap(r)]);
    setState(figures.ok && heat.ok ? { status: 'ready', figures: figures.data, heat: heat.data } : { status: 'error' });
  }, []);
  useEffect(() => {
    void load(range);
  }, [load, range]);

  return (
    <AdminPage account={me} title={t('analyticsTitle')}>
      <p>{t('privacyNote')}</p>
      <RangeForm range={range} onChange={setRange} />
      <p>
        <a className="button button--secondary" href={fairCsvHref(range, lang)} download>
          {t('csvFair')}
        </a>
      </p>
      {state.status === 'loading' ? <p role="status">…</p> : null}
      {state.status === 'error' ? <LoadProblem text={t('loadFailed')} onRetry={() => void load(range)} /> : null}
      {state.status === 'ready' ? (
        <>
          <VisitsChart figures={state.figures} />
          {venue.status === 'ready' ? <HeatmapPlan venue={venue.catalogue} heat={state.heat} /> : null}
          <BoothFiguresTable figures={state.figures} />
          <RecentVisits figures={state.figures} />
        </>
      ) : null}
    </AdminPage>
  );
}
