/**
 * Test DSL for the world: catalogues of a chosen shape, small hand-built arenas for movement tests,
 * and `layoutProblems`, which lists every way a layout breaks the floor-plan rules (empty = valid).
 */
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { listBooths } from '../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import type { Programme } from '../../shared/schemas/programme.ts';
import type { Enterprise } from '../../shared/schemas/enterprise.ts';
import { boothFootprint } from '../../shared/world/boothSlots.ts';
import { NAV_CELL, PLAYER_RADIUS } from '../../shared/world/constants.ts';
import { AISLE_WIDTH, MIN_BOOTH_GAP } from '../../shared/world/dimensions.ts';
import { facing, rectContains, rectContainsRect, rectGap, rectsOverlap } from '../../shared/world/geometry.ts';
import { buildNavGrid, isWalkable } from '../../shared/world/navGrid.ts';
import { findPath, lineOfSight } from '../../shared/world/path.ts';
import type { Layout, Rect, Vec2 } from '../../shared/world/types.ts';

/** Shape of a test catalogue: programmes per stage (per activity), enterprise count, history blocks. */
export interface CatalogueShape {
  stages: number[][];
  enterprises: number;
  history: number;
}

/**
 * A catalogue with the real center and mascot but a chosen number of stages, programmes, enterprises
 * and history blocks. Titles say "test" so nothing can pass for brochure content.
 */
export function shapedCatalogue(shape: CatalogueShape): Catalogue {
  let n = 0;
  const programme = (): Programme => {
    n += 1;
    return { id: `test-programme-${n}`, letter: '가', title: { ko: `테스트 ${n}`, en: `Test ${n}` }, icon: 'star', intro: [], exhibits: [] };
  };
  const activities = shape.stages.map((stageSizes, a) => ({
    id: `test-activity-${a + 1}`,
    title: { ko: `활동 ${a + 1}`, en: `Activity ${a + 1}` },
    stages: stageSizes.map((count, s) => ({
      id: `test-stage-${a + 1}-${s + 1}`,
      number: s + 1,
      title: { ko: `단계 ${s + 1}`, en: `Stage ${s + 1}` },
      intro: [],
      colorIndex: (a * 2 + s) % 8,
      programmes: Array.from({ length: count }, programme),
    })),
  }));
  const firstProgramme = activities[0]?.stages[0]?.programmes[0]?.id ?? 'none';
  const enterprises: Enterprise[] = Array.from({ length: shape.enterprises }, (_, i) => ({
    id: `test-enterprise-${i + 1}`,
    name: { ko: `테스트 기업 ${i + 1}`, en: `Test enterprise ${i + 1}` },
    programmeId: firstProgramme,
    icon: 'star',
    paragraphs: ['테스트'],
    links: [],
  }));
  const history = Array.from({ length: shape.history }, (_, i) => ({
    id: `test-history-${i + 1}`,
    yearFrom: 2010 + i,
    yearTo: 2010 + i + (i % 3 === 0 ? 1 : 0),
    items: [{ text: `테스트 연혁 ${i + 1}` }],
  }));
  return { ...CATALOGUE, history, valueChain: { ...CATALOGUE.valueChain, activities }, enterprises };
}

/**
 * A bare walled arena (no booths) with extra boxes, for movement and path tests: bounds from
 * -half..half on both axes, outer walls 0.5 m thick, the spawn at the origin.
 */
export function arena(half: number, boxes: Rect[] = []): Layout {
  const bounds: Rect = { minX: -half, minZ: -half, maxX: half, maxZ: half };
  const t = 0.5;
  const walls: Rect[] = [
    { minX: -half, minZ: -half, maxX: half, maxZ: -half + t },
    { minX: -half, minZ: half - t, maxX: half, maxZ: half },
    { minX: -half, minZ: -half, maxX: -half + t, maxZ: half },
    { minX: half - t, minZ: -half, maxX: half, maxZ: half },
  ];
  const colliders = [...walls, ...boxes];
  return {
    bounds,
    spawn: { position: { x: 0, z: 0 }, heading: 0 },
    areas: [],
    booths: [],
    historyStations: [],
    mascot: { position: { x: 0, z: 0 }, heading: 0 },
    colliders,
    walls,
    gates: [],
    infoDesk: { position: { x: 0, z: 0 }, heading: 0, interactPoint: { x: 0, z: 0 }, interactRadius: 0 },
    paths: [],
    teleports: [],
    nav: buildNavGrid(bounds, colliders, PLAYER_RADIUS, NAV_CELL),
    directory: { position: { x: 0, z: 0 }, heading: 0, entries: [] },
  };
}

function pathIsClear(layout: Layout, path: Vec2[]): boolean {
  for (let i = 1; i < path.length; i++) if (!lineOfSight(layout.nav, path[i - 1]!, path[i]!)) return false;
  return true;
}

function reachable(layout: Layout, target: Vec2): boolean {
  const path = findPath(layout.nav, layout.spawn.position, target);
  if (!path || !pathIsClear(layout, path)) return false;
  const end = path[path.length - 1]!;
  return Math.hypot(end.x - target.x, end.z - target.z) < 1e-9;
}

/** Every rule a generated layout must keep, as readable messages. An empty list means valid. */
export function layoutProblems(layout: Layout, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const { bounds, booths, areas } = layout;
  const feet = booths.map(boothFootprint);
  const boothRects = new Set(feet.map((f) => JSON.stringify(f)));
  const otherColliders = layout.colliders.filter((c) => !boothRects.has(JSON.stringify(c)));

  const expected = listBooths(catalogue).map((b) => b.id).sort();
  const got = booths.map((b) => b.id).sort();
  if (JSON.stringify(expected) !== JSON.stringify(got)) problems.push('booths do not match the catalogue');

  for (let i = 0; i < feet.length; i++) {
    for (let j = i + 1; j < feet.length; j++) {
      if (rectGap(feet[i]!, feet[j]!) < MIN_BOOTH_GAP - 1e-9) problems.push(`booths ${booths[i]!.id} and ${booths[j]!.id} are closer than ${MIN_BOOTH_GAP} m`);
    }
  }
  for (let i = 0; i < areas.length; i++) {
    for (let j = i + 1; j < areas.length; j++) if (rectsOverlap(areas[i]!.rect, areas[j]!.rect)) problems.push(`areas ${areas[i]!.id} and ${areas[j]!.id} overlap`);
  }
  booths.forEach((b, i) => {
    const foot = feet[i]!;
    const own = areas.find((a) => a.id === b.areaId);
    if (!own || !rectContainsRect(own.rect, foot)) problems.push(`booth ${b.id} is not inside its area ${b.areaId}`);
    for (const a of areas) if (a.id !== b.areaId && rectsOverlap(a.rect, foot)) problems.push(`booth ${b.id} overlaps area ${a.id}`);
    for (const c of otherColliders) if (rectsOverlap(c, foot)) problems.push(`booth ${b.id} overlaps a wall or fixture`);
    // Open front: the interact point is in front of the booth, and an aisle of ≥ 3 m is clear there.
    const f = facing(b.heading);
    const ahead = (b.interactPoint.x - b.position.x) * f.x + (b.interactPoint.z - b.position.z) * f.z;
    if (ahead <= b.depth / 2) problems.push(`booth ${b.id}'s interact point is not in front of it`);
    const frontX = b.position.x + (f.x * b.depth) / 2;
    const frontZ = b.position.z + (f.z * b.depth) / 2;
    const hw = b.width / 2 - 0.01;
    const aisle: Rect = {
      minX: Math.min(frontX + 0.01 * f.x, frontX + 3 * f.x) - (f.x === 0 ? hw : 0),
      maxX: Math.max(frontX + 0.01 * f.x, frontX + 3 * f.x) + (f.x === 0 ? hw : 0),
      minZ: Math.min(frontZ + 0.01 * f.z, frontZ + 3 * f.z) - (f.z === 0 ? hw : 0),
      maxZ: Math.max(frontZ + 0.01 * f.z, frontZ + 3 * f.z) + (f.z === 0 ? hw : 0),
    };
    if (layout.colliders.some((c) => rectsOverlap(c, aisle))) problems.push(`booth ${b.id} has less than 3 m of aisle in front`);
    if (!reachable(layout, b.interactPoint)) problems.push(`booth ${b.id} cannot be reached from the spawn`);
  });
  if (AISLE_WIDTH < 3) problems.push('aisles are narrower than 3 m');

  for (const s of layout.historyStations) if (!reachable(layout, s.interactPoint)) problems.push(`history station ${s.id} cannot be reached`);

  const inside = (what: string, r: Rect): void => {
    if (!rectContainsRect(bounds, r)) problems.push(`${what} is outside the bounds`);
  };
  const point = (p: Vec2): Rect => ({ minX: p.x, minZ: p.z, maxX: p.x, maxZ: p.z });
  areas.forEach((a) => {
    inside(`area ${a.id}`, a.rect);
    inside(`sign of ${a.id}`, point(a.sign.position));
  });
  layout.colliders.forEach((c, i) => inside(`collider ${i}`, c));
  layout.teleports.forEach((t) => inside(`teleport ${t.id}`, point(t.position)));
  layout.historyStations.forEach((s) => inside(`station ${s.id}`, point(s.position)));
  inside('spawn', point(layout.spawn.position));
  inside('mascot', point(layout.mascot.position));

  const ids = layout.teleports.map((t) => t.id);
  if (new Set(ids).size !== ids.length) problems.push('teleport ids repeat');
  for (const t of layout.teleports) if (!isWalkable(layout.nav, t.position)) problems.push(`teleport ${t.id} is not walkable`);
  if (!rectContains(bounds, layout.spawn.position)) problems.push('spawn outside bounds');
  return problems;
}
