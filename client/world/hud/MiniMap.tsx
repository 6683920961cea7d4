import { addAfterEffect } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { areaTeleportId, boothTeleportId } from '../../../shared/world/teleports.ts';
import type { Area, Layout } from '../../../shared/world/types.ts';
import { useLang } from '../../i18n/index.ts';
import { useOnAirBooths } from '../../live/useOnAirBooths.ts';
import { FLOOR_COLOR, HISTORY_COLOR, PLAZA_COLOR, paletteColor } from '../../theme/palette.ts';
import { useWorld, useWorldState } from '../state/context.ts';
import { MapIcon } from './HudIcon.tsx';
import './miniMap.css';

function areaColor(a: Area): string {
  if (a.kind === 'plaza') return PLAZA_COLOR;
  if (a.kind === 'history') return HISTORY_COLOR;
  return paletteColor(a.colorIndex);
}

/** Booth numbers only on the widened plan: on the small one a booth is a few pixels wide. */
function boothLabelSize(width: number, digits: number): number {
  return Math.min(2.6, (width * 1.3) / Math.max(digits, 1));
}

export interface MiniMapProps {
  layout: Layout;
  onTeleport(teleportId: string, name: string): void;
}

/**
 * The floor plan as SVG in world metres (x east, z south = SVG y down, so north is up). Small by
 * default: areas coloured and numbered (badges where their signs stand, in the aisles), booths
 * drawn to scale, and the visitor as a dot with a view cone for facing. The legend (a disclosure, closed at first) widens
 * the plan enough to number the booths too and lists areas and booths by those numbers, each a
 * real button named by its visible title (the numbers are pictures of the plan, hidden from screen
 * readers). Clicking an area or booth on the plan teleports as the buttons do. The marker moves
 * through a ref after each of R3F's frames (addAfterEffect), so walking never re-renders React and
 * a hidden tab moves nothing.
 */
export function MiniMap({ layout, onTeleport }: MiniMapProps) {
  const { t } = useTranslation('world');
  const { l } = useLang();
  const { frame } = useWorld();
  const collapsed = useWorldState((s) => s.mapCollapsed);
  const toggle = useWorldState((s) => s.toggleMap);
  const marker = useRef<SVGGElement>(null);
  const [legendOpen, setLegendOpen] = useState(false);
  const [boothsOpen, setBoothsOpen] = useState(false);
  const onAir = useOnAirBooths();
  const boothNumbers = useMemo(() => new Map(layout.booths.map((b, i) => [b.id, i + 1])), [layout]);
  const { bounds } = layout;
  const w = bounds.maxX - bounds.minX;
  const h = bounds.maxZ - bounds.minZ;

  useEffect(() => {
    if (collapsed) return;
    let lastX = NaN;
    let lastZ = NaN;
    let lastH = NaN;
    return addAfterEffect(() => {
      const { position, heading } = frame.player;
      // Only touch the DOM when the avatar moved enough to show (a tenth of a metre or ~1°).
      if (Math.abs(position.x - lastX) < 0.1 && Math.abs(position.z - lastZ) < 0.1 && Math.abs(heading - lastH) < 0.02) return;
      lastX = position.x;
      lastZ = position.z;
      lastH = heading;
      marker.current?.setAttribute('transform', `translate(${position.x.toFixed(2)} ${position.z.toFixed(2)}) rotate(${((heading * 180) / Math.PI).toFixed(1)})`);
    });
  }, [frame, collapsed]);

  const go = (id: string, name: string) => onTeleport(id, name);

  return (
    <nav className={`world-map${collapsed ? ' world-map--collapsed' : ''}${legendOpen && !collapsed ? ' world-map--legend' : ''}`} aria-label={t('mapTitle')}>
      <div className="world-map__bar">
        <button type="button" className="world-map__toggle" aria-expanded={!collapsed} onClick={toggle}>
          <span aria-hidden="true">{collapsed ? <MapIcon /> : '▾'}</span> <span className="world-map__toggle-text">{collapsed ? t('mapShow') : t('mapHide')}</span>
        </button>
        {collapsed ? null : (
          <button type="button" className="world-map__toggle world-map__legend-toggle" aria-expanded={legendOpen} onClick={() => setLegendOpen((o) => !o)}>
            {t('mapLegend')}
          </button>
        )}
      </div>
      {collapsed ? null : (
        <>
          <div className="world-map__plan" style={{ aspectRatio: `${w} / ${h}` }}>
            <svg viewBox={`${bounds.minX} ${bounds.minZ} ${w} ${h}`} aria-hidden="true" focusable="false">
              <rect x={bounds.minX} y={bounds.minZ} width={w} height={h} fill={FLOOR_COLOR} rx={2} />
              {layout.paths.map((p, i) => (
                <line key={i} x1={p.from.x} y1={p.from.z} x2={p.to.x} y2={p.to.z} stroke="#c4bcae" strokeWidth={p.width} />
              ))}
              {layout.areas.map((a) => (
                <rect
                  key={a.id}
                  className="world-map__area"
                  x={a.rect.minX}
                  y={a.rect.minZ}
                  width={a.rect.maxX - a.rect.minX}
                  height={a.rect.maxZ - a.rect.minZ}
                  fill={areaColor(a)}
                  rx={1}
                  onClick={() => go(areaTeleportId(a.id), l(a.title))}
                />
              ))}
              {/* Pointer targets only (too small and close for WCAG 2.5.8); the booth list below is the
                  keyboard and screen-reader way to the same teleports. */}
              {layout.booths.map((b) => (
                <rect
                  key={b.id}
                  className="world-map__booth"
                  x={b.position.x - b.width / 2}
                  y={b.position.z - b.depth / 2}
                  width={b.width}
                  height={b.depth}
                  transform={`rotate(${(b.heading * 180) / Math.PI} ${b.position.x} ${b.position.z})`}
                  onClick={() => go(boothTeleportId(b.id), l(b.title))}
                >
                  <title>{`${boothNumbers.get(b.id)} ${l(b.title)}${onAir.has(b.id) ? ` · ${t('mapOnAir')}` : ''}`}</title>
                </rect>
              ))}
              {/* A red dot on each booth on air (the world's LIVE badges' twin). */}
              {layout.booths
                .filter((b) => onAir.has(b.id))
                .map((b) => (
                  <circle key={b.id} className="world-map__live" data-booth={b.id} cx={b.position.x} cy={b.position.z} r={2.2} fill="#e0002b" stroke="#ffffff" strokeWidth={0.6} pointerEvents="none" />
                ))}
              {legendOpen
                ? layout.booths.map((b) => {
                    const n = String(boothNumbers.get(b.id));
                    return (
                      <text key={b.id} className="world-map__booth-number" x={b.position.x} y={b.position.z} fontSize={boothLabelSize(b.width, n.length)}>
                        {n}
                      </text>
                    );
                  })
                : null}
              {layout.areas.map((a, i) => (
                <g key={a.id} className="world-map__area-number" transform={`translate(${a.sign.position.x} ${a.sign.position.z})`}>
                  <circle r={3.2} fill={areaColor(a)} />
                  <text fontSize={4}>{i + 1}</text>
                </g>
              ))}
              {/* Facing as a view cone, readable at a glance where a small arrow is not. */}
              <g ref={marker} className="world-map__marker">
                <title>{t('mapYouAreHere')}</title>
    <path d="M0 0 L-5.5 -11 A 12.3 12.3 0 0 1 5.5 -11 Z" fill="#1b1b1f" fillOpacity={0.28} />
                <circle r={2.6} fill="#ffffff" stroke="#1b1b1f" strokeWidth={0.8} />
                <path d="M0 -4.6 L2 -1.2 L-2 -1.2 Z" fill="#1b1b1f" />
              </g>
            </svg>
          </div>
          {legendOpen ? (
            <>
              <ul className="world-map__legend" aria-label={t('mapGoAreas')}>
                {layout.areas.map((a, i) => (
                  <li key={a.id}>
                    <button type="button" onClick={() => go(areaTeleportId(a.id), l(a.title))}>
                      <span className="world-map__swatch" style={{ background: areaColor(a) }} aria-hidden="true">
                        {i + 1}
                      </span>
                      {l(a.title)}
                    </button>
                  </li>
                ))}
              </ul>
              <button type="button" className="world-map__toggle world-map__booths-toggle" aria-expanded={boothsOpen} onClick={() => setBoothsOpen((o) => !o)}>
                <span aria-hidden="true">{boothsOpen ? '▾' : '▸'}</span> {t('mapBooths')} ({layout.booths.length})
              </button>
              {boothsOpen ? (
                <ol className="world-map__booth-list" aria-label={t('mapGoBooths')}>
                  {layout.booths.map((b) => (
                    <li key={b.id}>
                      <button type="button" onClick={() => go(boothTeleportId(b.id), l(b.title))}>
                        <span className="world-map__booth-no" aria-hidden="true">
                          {boothNumbers.get(b.id)}
                        </span>
                        {l(b.title)}
                        {/* The red dot's twin in the list a keyboard or a screen reader uses. */}
                        {onAir.has(b.id) ? <span className="world-map__on-air">{t('mapOnAir')}</span> : null}
                      </button>
                    </li>
                  ))}
                </ol>
              ) : null}
            </>
          ) : null}
        </>
      )}
    </nav>
  );
}
