/**
 * Visitors per 10 minutes as a line chart (uPlot: small, canvas, no dependencies). Its module loads
 * with the chart only, a chunk of its own inside /admin. The figures it draws are in the tables
 * beside it, so the chart is one image with its description for screen readers.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyticsFigures } from '../../../shared/analytics/api.ts';

const HEIGHT = 220;

export function VisitsChart({ figures }: { figures: AnalyticsFigures }) {
  const { t } = useTranslation('analytics');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || figures.perTenMinutes.length === 0) return;
    let plot: { destroy(): void } | undefined;
    let gone = false;
    void Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([{ default: UPlot }]) => {
      if (gone) return;
      const xs = figures.perTenMinutes.map((b) => b.bucket / 1000);
      const ys = figures.perTenMinutes.map((b) => b.visitors);
      plot = new UPlot(
        {
          width: Math.max(280, el.clientWidth),
          height: HEIGHT,
          // Korea's clock whatever the browser's zone: the fair is in Bucheon.
          tzDate: (ts) => UPlot.tzDate(new Date(ts * 1000), 'Asia/Seoul'),
          series: [{}, { label: t('visitors'), stroke: '#1f6f5c', width: 2, fill: 'rgba(31,111,92,0.12)' }],
          axes: [{}, { label: t('visitors') }],
          legend: { show: false },
        },
        [xs, ys],
        el,
      );
    });
    return () => {
      gone = true;
      plot?.destroy();
    };
  }, [figures, t]);
  return (
    <figure className="analytics-chart">
      <figcaption>{t('chartTitle')}</figcaption>
      <div ref={box} role="img" aria-label={t('chartLabel')} />
    </figure>
  );
}
