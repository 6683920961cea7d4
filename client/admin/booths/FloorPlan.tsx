import { useMemo } from 'react';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import { layoutWorld } from '../../../shared/world/layout.ts';
import { useLang } from '../../i18n/index.ts';
import { HISTORY_COLOR, PLAZA_COLOR, paletteColor } from '../../theme/palette.ts';

const HIGHLIGHT = '#d62d20';

/**
 * The venue's floor plan seen from above, as the world will lay it out (layoutWorld of the venue
 * given: the same function every browser runs, so what staff check is what visitors get). Areas
 * with their titles, every booth as its footprint, the booth being changed (or a fair's booths) drawn in red.
 * SVG's y is the world's z (south is down), one unit a metre.
 */
export function FloorPlan({ venue, highlight, label }: { venue: Catalogue; highlight: string | readonly string[]; label: string }) {
  const { l } = useLang();
  const marked = typeof highlight === 'string' ? [highlight] : highlight;
  const layout = useMemo(() => layoutWorld(venue), [venue]);
  const { minX, minZ, maxX, maxZ } = layout.bounds;
  const areaFill = (kind: string, colorIndex: number) => (kind === 'plaza' ? PLAZA_COLOR : kind === 'history' ? HISTORY_COLOR : paletteColor(colorIndex));
  return (
    <svg className="floor-plan" role="img" aria-label={label} viewBox={`${minX} ${minZ} ${maxX - minX} ${maxZ - minZ}`} preserveAspectRatio="xMidYMid meet">
      {layout.areas.map((a) => (
        <g key={a.id}>
          <rect x={a.rect.minX} y={a.rect.minZ} width={a.rect.maxX - a.rect.minX} height={a.rect.maxZ - a.rect.minZ} fill={areaFill(a.kind, a.colorIndex)} fillOpacity={0.35} stroke="#8a8478" strokeWidth={0.3} />
          <text x={(a.rect.minX + a.rect.maxX) / 2} y={a.rect.minZ + 3} fontSize={2.4} textAnchor="middle" fill="#1b1b1f">
            {l(a.title)}
          </text>
        </g>
      ))}
      {layout.booths.map((b) => {
        const on = marked.includes(b.id);
        return (
          <rect
            key={b.id}
            data-booth={b.id}
            data-area={b.areaId}
            data-highlight={on ? 'true' : undefined}
            x={-b.width / 2}
            y={-b.depth / 2}
            width={b.width}
            height={b.depth}
            transform={`translate(${b.position.x} ${b.position.z}) rotate(${(b.heading * 180) / Math.PI})`}
            fill={on ? HIGHLIGHT : '#ffffff'}
            stroke={on ? HIGHLIGHT : '#5a5650'}
            strokeWidth={on ? 0.8 : 0.25}
          >
            <title>{l(b.title)}</title>
          </rect>
        );
      })}
      {layout.booths
        // One booth is named on the plan; a fair's many are named by their tooltips.
        .filter((b) => typeof highlight === 'string' && b.id === highlight)
        .map((b) => (
          <text key="label" x={b.position.x} y={b.position.z - b.depth} fontSize={3} fontWeight={700} textAnchor="middle" fill={HIGHLIGHT}>
            {l(b.title)}
          </text>
        ))}
    </svg>
  );
}
