import { listBooths, listZones, ENTERPRISE_ZONE_ID } from '../catalogue/booths.ts';
import type { Catalogue } from '../schemas/catalogue.ts';
import type { AreaPiece } from './areaPiece.ts';
import { fitBounds, outerWalls } from './colliders.ts';
import { NAV_CELL, PLAYER_RADIUS } from './constants.ts';
import { layoutDirectory } from './directory.ts';
import { layoutEnterpriseHall } from './enterpriseHall.ts';
import { layoutHistoryHall } from './historyHall.ts';
import { buildNavGrid } from './navGrid.ts';
import { layoutPlaza } from './plaza.ts';
import { layoutTeleports } from './teleports.ts';
import type { Layout } from './types.ts';
import { layoutZones } from './zones.ts';

/**
 * The whole floor plan from the catalogue. Pure and deterministic: the same catalogue gives a
 * deep-equal layout on the server and in every browser, so positions can be sent as numbers.
 *
 *              history hall (north, a corridor: oldest block nearest the plaza)
 *   주활동 zones  ──  plaza with 시웃이 (spawn faces it)  ──  지원활동 zones
 *              enterprise hall (south; its grid grows with the booth count)
 *
 * Cost: O(booths + nav cells); ~10 ms for 300 booths, done once per process / page.
 */
export function layoutWorld(catalogue: Catalogue): Layout {
  const zones = listZones(catalogue);
  const booths = new Map(listBooths(catalogue).map((b) => [b.id, b]));

  const plaza = layoutPlaza();
  const plazaRect = plaza.area.rect;
  const wings = layoutZones(zones, booths, plazaRect);
  const northEdge = Math.min(plazaRect.minZ, ...wings.map((w) => w.area.rect.minZ));
  const southEdge = Math.max(plazaRect.maxZ, ...wings.map((w) => w.area.rect.maxZ));
  const history = layoutHistoryHall(catalogue.history, northEdge, plazaRect.minZ);
  const enterprise = layoutEnterpriseHall(zones.find((z) => z.id === ENTERPRISE_ZONE_ID), booths, southEdge, plazaRect.maxZ);

  const pieces: AreaPiece[] = [plaza, ...(history ? [history] : []), ...wings, ...(enterprise ? [enterprise] : [])];
  const areas = pieces.map((p) => p.area);
  const bounds = fitBounds(
    areas.map((a) => a.rect),
    areas.map((a) => a.sign.position),
  );
  const boundary = outerWalls(bounds);
  const walls = [...boundary, ...pieces.flatMap((p) => p.walls)];
  const colliders = [...boundary, ...pieces.flatMap((p) => p.colliders)];
  const placed = pieces.flatMap((p) => p.booths);
  const stations = pieces.flatMap((p) => p.stations);

  return {
    bounds,
    spawn: plaza.spawn,
    areas,
    booths: placed,
    historyStations: stations,
    mascot: plaza.mascot,
    colliders,
    walls,
    gates: pieces.flatMap((p) => (p.gate ? [p.gate] : [])),
    infoDesk: plaza.infoDesk,
    paths: pieces.flatMap((p) => (p.path ? [p.path] : [])),
    teleports: layoutTeleports(plaza.spawn, areas, placed, stations),
    nav: buildNavGrid(bounds, colliders, PLAYER_RADIUS, NAV_CELL),
    directory: layoutDirectory(areas),
  };
}
