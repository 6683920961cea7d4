/**
 * Where visitors stood, over the floor plan: each 4 m cell a square whose opacity grows with its
 * count (relative to the busiest cell). An SVG with the plan's own viewBox laid over FloorPlan, so
 * one world metre is one unit in both.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Heatmap } from '../../../shared/analytics/api.ts';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import { layoutWorld } from '../../../shared/world/layout.ts';
import { FloorPlan } from '../booths/FloorPlan.tsx';

export function HeatmapPlan({ venue, heat }: { venue: Catalogue; heat: Heatmap }) {
  const { t } = useTranslation('analytics');
  const { minX, minZ, maxX, maxZ } = useMemo(() => layoutWorld(venue).bounds, [venue]);
  const top = Math.max(1, ...heat.cells.map((c) => c.count));
  return (
    <figure className="analytics-heatmap">
      <figcaption>{t('heatmapTitle')}</figcaption>
      <div className="analytics-heatmap__plan">
        <FloorPlan venue={venue} highlight={[]} label={t('heatmapLabel')} />
        <svg className="analytics-heatmap__cells" aria-hidden="true" viewBox={`${minX} ${minZ} ${maxX - minX} ${maxZ - minZ}`} preserveAspectRatio="xMidYMid meet">
          {heat.cells.map((c) => (
            <rect key={`${c.x}:${c.z}`} x={c.x * heat.cellM} y={c.z * heat.cellM} width={heat.cellM} height={heat.cellM} fill="#d62d20" fillOpacity={0.15 + 0.7 * (c.count / top)} />
          ))}
        </svg>
      </div>
    </figure>
  );
}
