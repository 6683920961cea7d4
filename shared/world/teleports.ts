import type { Localized } from '../schemas/localized.ts';
import { PLAZA_TITLE } from './plaza.ts';
import type { Area, BoothPlacement, HistoryStation, Layout, TeleportPoint, Vec2 } from './types.ts';

/** Teleport ids are namespaced by kind so a booth and a zone may share an id safely. */
export const SPAWN_TELEPORT_ID = 'spawn';
export const areaTeleportId = (areaId: string): string => `area:${areaId}`;
export const boothTeleportId = (boothId: string): string => `booth:${boothId}`;
export const historyTeleportId = (stationId: string): string => `history:${stationId}`;

/** Heading from a point towards a target. */
function headingTowards(from: Vec2, to: Vec2): number {
  return Math.atan2(to.x - from.x, -(to.z - from.z));
}

function yearsLabel(s: HistoryStation): Localized {
  const years = s.yearFrom === s.yearTo ? `${s.yearFrom}` : `${s.yearFrom}–${s.yearTo}`;
  return { ko: `${years}년`, en: years };
}

/**
 * The named points the mini-map, search and deep links may send a visitor to (the server accepts no
 * others): the spawn, each area's entrance, each booth's interact point and each history station's,
 * facing the booth or panel.
 */
export function layoutTeleports(
  spawn: { position: Vec2; heading: number },
  areas: readonly Area[],
  booths: readonly BoothPlacement[],
  stations: readonly HistoryStation[],
): TeleportPoint[] {
  const points: TeleportPoint[] = [
    { id: SPAWN_TELEPORT_ID, kind: 'spawn', label: PLAZA_TITLE, position: { ...spawn.position }, heading: spawn.heading },
  ];
  for (const a of areas) {
    points.push({ id: areaTeleportId(a.id), kind: 'area', label: a.title, position: { ...a.entrance.position }, heading: a.entrance.heading });
  }
  for (const b of booths) {
    points.push({ id: boothTeleportId(b.id), kind: 'booth', label: b.title, position: { ...b.interactPoint }, heading: headingTowards(b.interactPoint, b.position) });
  }
  for (const s of stations) {
    points.push({ id: historyTeleportId(s.id), kind: 'history', label: yearsLabel(s), position: { ...s.interactPoint }, heading: headingTowards(s.interactPoint, s.position) });
  }
  return points;
}

/** The teleport point with this id, if the layout has one. Linear: teleports are rare requests. */
export function teleportTarget(layout: Pick<Layout, 'teleports'>, id: string): TeleportPoint | undefined {
  return layout.teleports.find((t) => t.id === id);
}
