/**
 * /admin/analytics ("방문 통계"): for staff, one fair (the permanent exhibition or a timed fair they
 * pick) over a range of Seoul days: visitors per 10 minutes as a chart, the heatmap over that fair's
 * floor plan, each booth's figures, the latest visits, and the fair as CSV. Read when opened and
 * when the fair or the range changes.
 */
import '../../analytics/i18n.ts';
import '../../analytics/analytics.css';
import '../booths/booths.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/api/account.ts';
import type { AnalyticsFigures, Heatmap } from '../../../shared/analytics/api.ts';
import { venueForFair } from '../../../shared/world/fairVenue.ts';
import { useCatalogue } from '../../data/catalogue.ts';
import { useLang } from '../../i18n/index.ts';
import { AdminPage, LoadProblem } from '../AdminPage.tsx';
import { fairCsvHref, lastWeek, readFairFigures, readHeatmap, type DayRange } from '../../analytics/analyticsApi.ts';
import { BoothFiguresTable, RecentVisits } from '../../analytics/FiguresTables.tsx';
import { FairPicker, PERMANENT, type PickedFair } from './FairPicker.tsx';
import { HeatmapPlan } from './HeatmapPlan.tsx';
import { RangeForm } from '../../analytics/RangeForm.tsx';
import { VisitsChart } from './VisitsChart.tsx';

type State = { status: 'loading' } | { status: 'error' } | { status: 'ready'; figures: AnalyticsFigures; heat: Heatmap };

export function AnalyticsSection({ me }: { me: Account }) {
  const { t } = useTranslation('analytics');
  const { lang } = useLang();
  const venue = useCatalogue();
  const [fair, setFair] = useState<PickedFair>(PERMANENT);
  const [range, setRange] = useState<DayRange>(() => lastWeek());
  const [state, setState] = useState<State>({ status: 'loading' });
  // Only the latest read is shown: picking another fair while the first one's figures are on their
  // way must not let those arrive last and stand under the new fair's name.
  const latest = useRef(0);
  const load = useCallback(async (fairId: number, r: DayRange) => {
    const mine = ++latest.current;
    setState({ status: 'loading' });
    const [figures, heat] = await Promise.all([readFairFigures(fairId, r), readHeatmap(fairId, r)]);
    if (mine !== latest.current) return;
    setState(figures.ok && heat.ok ? { status: 'ready', figures: figures.data, heat: heat.data } : { status: 'error' });
  }, []);
  useEffect(() => {
    void load(fair.id, range);
  }, [load, fair.id, range]);
  // A timed fair's halls are laid out from its own booths: its heat is drawn over that plan.
  const plan = useMemo(() => (venue.status !== 'ready' ? null : fair.boothIds ? venueForFair(venue.catalogue, fair.boothIds) : venue.catalogue), [venue, fair.boothIds]);

  return (
    <AdminPage account={me} title={t('analyticsTitle')}>
      <p>{t('privacyNote')}</p>
      <FairPicker fair={fair} onChange={setFair} />
      <RangeForm range={range} onChange={setRange} />
      <p>
        <a className="button button--secondary" href={fairCsvHref(fair.id, range, lang)} download>
          {t('csvFair')}
        </a>
      </p>
      {state.status === 'loading' ? <p role="status">…</p> : null}
      {state.status === 'error' ? <LoadProblem text={t('loadFailed')} onRetry={() => void load(fair.id, range)} /> : null}
      {state.status === 'ready' ? (
        <>
          <VisitsChart figures={state.figures} />
          {plan ? <HeatmapPlan venue={plan} heat={state.heat} /> : null}
          <BoothFiguresTable figures={state.figures} />
          <RecentVisits figures={state.figures} />
        </>
      ) : null}
    </AdminPage>
  );
}
