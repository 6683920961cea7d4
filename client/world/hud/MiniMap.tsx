import { addAfterEffect } from '@react-three/fiber';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { areaTeleportId, boothTeleportId } from '../../../shared/world/teleports.ts';
import type { Area, Layout } from '../../../shared/world/types.ts';
import { useLang } from '../../i18n/index.ts';
import { FLOOR_COLOR, HISTORY_COLOR, PLAZA_COLOR, paletteColor } from '../../theme/palette.ts';
import { useWorld, useWorldState } from '../state/context.ts';
import './miniMap.css';

function areaColor(a: Area): string {
  if (a.kind === 'plaza') return PLAZA_COLOR;
  if (a.kind === 'history') return HISTORY_COLOR;
  return paletteColor(a.colorIndex);
}

export interface MiniMapProps {
  layout: Layout;
  onTeleport(teleportId: string, name: string): void;
}

/**
 * The floor plan as SVG in world metres (x east, z south = SVG y down, so north is up). Areas are
 * coloured and named in the legend (colour is never the only cue); booths are drawn to scale.
 * Clicking an area or booth teleports; for keyboards the legend and the booth list are real buttons,
 * named by their visible titles inside lists labelled "go to an area / a booth". The "you are here"
 * marker moves through a ref after each of R3F's frames (addAfterEffect), so walking never
 * re-renders React and a hidden tab moves nothing.
 */
export function MiniMap({ layout, onTeleport }: MiniMapProps) {
  const { t } = useTranslation('world');
  const { l } = useLang();
  const { frame } = useWorld();
  const collapsed = useWorldState((s) => s.mapCollapsed);
  const toggle = useWorldState((s) => s.toggleMap);
  const marker = useRef<SVGGElement>(null);
  const [boothsOpen, setBoothsOpen] = useState(false);
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
    <nav className={`world-map${collapsed ? ' world-map--collapsed' : ''}`} aria-label={t('mapTitle')}>
      <button type="button" className="world-map__toggle" aria-expanded={!collapsed} onClick={toggle}>
        <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span> {collapsed ? t('mapShow') : t('mapHide')}
      </button>
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
                  <title>{l(b.title)}</title>
                </rect>
              ))}
              <g ref={marker} className="world-map__marker">
                <title>{t('mapYouAreHere')}</title>
                <circle r={2.6} fill="#ffffff" stroke="#1b1b1f" strokeWidth={0.8} />
                <path d="M0 -4.6 L2 -1.2 L-2 -1.2 Z" fill="#1b1b1f" />
              </g>
            </svg>
          </div>
          <ul className="world-map__legend" aria-label={t('mapGoAreas')}>
            {layout.areas.map((a) => (
              <li key={a.id}>
                <button type="button" onClick={() => go(areaTeleportId(a.id), l(a.title))}>
                  <span className="world-map__swatch" style={{ background: areaColor(a) }} aria-hidden="true" />
                  {l(a.title)}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="world-map__toggle world-map__booths-toggle" aria-expanded={boothsOpen} onClick={() => setBoothsOpen((o) => !o)}>
            <span aria-hidden="true">{boothsOpen ? '▾' : '▸'}</span> {t('mapBooths')} ({layout.booths.length})
          </button>
          {boothsOpen ? (
            <ul className="world-map__booth-list" aria-label={t('mapGoBooths')}>
              {layout.booths.map((b) => (
                <li key={b.id}>
                  <button type="button" onClick={() => go(boothTeleportId(b.id), l(b.title))}>
                    {l(b.title)}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </nav>
  );
}
