import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import type { Icon } from '../../../shared/schemas/icon.ts';
import type { Gate, Layout } from '../../../shared/world/types.ts';
import { signposts } from '../../../shared/world/floorPaths.ts';
import { BANNER, gateCentre } from './gateBanner.ts';
import { HISTORY_COLOR, PLAZA_COLOR, paletteColor, paletteInk } from '../../theme/palette.ts';
import { boothSignSpots, boothToWorld } from './boothParts.ts';
import { boothPictures } from './boothPictures.ts';
import { sceneEn } from '../../../shared/i18n/scene-en.ts';
import { sceneKo } from '../../../shared/i18n/scene-ko.ts';

/**
 * Every piece of text (and every icon) in the world, as data: what to draw into the atlas cell and
 * where the quad stands. Strings here are the catalogue's own; they are filtered against the font's
 * glyphs only when drawn (draw.ts), so the catalogue keeps the brochure's characters.
 */
export type SignContent =
  | { kind: 'area'; ko: string; en: string; color: string; ink: string }
  | { kind: 'booth'; ko: string; en: string; letter: string | undefined; color: string; ink: string; logo: boolean }
  | { kind: 'icon'; icon: Icon; color: string }
  | { kind: 'history'; years: string; lines: string[]; color: string }
  | { kind: 'plate'; title: string; subtitle: string; color: string }
  | { kind: 'bubble'; ko: string; en: string }
  | { kind: 'directory'; ko: string; en: string; rows: { ko: string; en: string; angle: number; color: string }[] }
  | { kind: 'signpost'; ko: string; en: string; rows: { ko: string; en: string; angle: number; color: string }[] };

/** Cell size in atlas pixels at scale 1, per kind (the packer may scale all cells down together). */
export const CELL: Record<SignContent['kind'], [number, number]> = {
  area: [1024, 320],
  booth: [896, 160],
  icon: [256, 256],
  history: [896, 736],
  plate: [640, 232],
  bubble: [512, 256],
  directory: [768, 896],
  signpost: [768, 480],
};

export interface Placement {
  /** Quad centre in world metres. */
  x: number;
  y: number;
  z: number;
  /** The way the sign's face looks (same convention as booth headings). */
  heading: number;
  width: number;
  height: number;
}

export interface SignSpec {
  key: string;
  content: SignContent;
  /** One cell may show in several places (an area sign's two faces). */
  placements: Placement[];
  /** The booth this sign belongs to (clicking it opens the booth), else -1. */
  boothIndex: number;
}

/** Area signs hang high (bottom ≈ 3.1 m) so the follow camera passes under them instead of into them. */
export const AREA_SIGN = { width: 4.6, height: 1.44, y: 3.85, post: 0.16 } as const;
/** The plaza's sign stands behind 시웃이 (≈3.3 m tall with its plinth): bigger and above its head. */
export const PLAZA_SIGN_SCALE = 1.1;
export function areaSignY(kind: string): number {
  return kind === 'plaza' ? 5.05 : AREA_SIGN.y;
}
/** The plaza's directory board (shared/world/directory.ts places it): same aspect as its cell. */
export const DIRECTORY_BOARD = { width: 1.8, height: 2.1, y: 1.75, post: 0.14 } as const;
/**
 * A signpost at a junction of the floor paths (shared/world/floorPaths.ts): the directory's drawing
 * on a shorter board at the same metres per atlas pixel, so its lines are as tall; below the area
 * signs (bottom 3.1 m), so it hides none of them from the walkways.
 */
export const SIGNPOST_BOARD = { width: 1.8, height: (1.8 * 480) / 768, y: 1.85, post: 0.12 } as const;
/** The info desk's sign board, on two posts behind its counter (shared/world/infoDesk.ts places the desk). */
export const INFO_DESK_BOARD = { width: 1.9, height: 0.69, y: 2.45, back: 0.25 } as const;
export const STATION_PANEL = { width: 3, height: 2.5, depth: 0.4, y: 1.35 } as const;

/** "2014–2020", or "2010" when a block has one year. */
export function yearRange(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/**
 * The area's banner at its gate (scene/hallFrame.ts hangs the board): the area sign's own cell again,
 * on both faces of the board, so the banner is the same drawing under the same legibility rules and
 * costs no atlas space.
 */
export function bannerPlacements(g: Gate): Placement[] {
  const { x, z, fx, fz } = gateCentre(g);
  const off = 0.03 + 0.012;
  const face = { y: BANNER.y, width: BANNER.width, height: BANNER.height };
  return [
    { ...face, x: x + fx * off, z: z + fz * off, heading: g.heading },
    { ...face, x: x - fx * off, z: z - fz * off, heading: g.heading + Math.PI },
  ];
}

function areaColor(layout: Layout, i: number): string {
  const a = layout.areas[i]!;
  if (a.kind === 'plaza') return '#F26B3A';
  return paletteColor(a.colorIndex);
}

/**
 * Each booth's title sign (in its zone's colour, with room for its logo) and its icon, booth by booth
 * in layout order. The world draws them among all its signs; /studio's 3D preview draws only these.
 */
export function boothSignSpecs(layout: Layout, catalogue: Catalogue): SignSpec[] {
  const specs: SignSpec[] = [];
  const zoneColor = new Map(layout.areas.map((a) => [a.id, a.colorIndex]));
  const pictures = boothPictures(catalogue);
  layout.booths.forEach((b, i) => {
    const ci = zoneColor.get(b.areaId) ?? 0;
    const spots = boothSignSpots(b.width, b.depth);
    const [tx, ty, tz] = boothToWorld(b, ...spots.title.c);
    const [ix, iy, iz] = boothToWorld(b, ...spots.icon.c);
    specs.push({
      key: `booth:${b.id}`,
      content: { kind: 'booth', ko: b.title.ko, en: b.title.en, letter: b.letter, color: paletteColor(ci), ink: paletteInk(ci), logo: pictures.get(b.id)?.logo !== undefined },
      placements: [{ x: tx, y: ty, z: tz, heading: b.heading, width: spots.title.size[0], height: spots.title.size[1] }],
      boothIndex: i,
    });
    specs.push({
      key: `icon:${b.id}`,
      content: { kind: 'icon', icon: b.icon, color: paletteColor(ci) },
      placements: [{ x: ix, y: iy, z: iz, heading: b.heading, width: spots.icon.size[0], height: spots.icon.size[1] }],
      boothIndex: i,
    });
  });
  return specs;
}

export function signSpecs(layout: Layout, catalogue: Catalogue): SignSpec[] {
  const specs: SignSpec[] = [];

  layout.areas.forEach((a, i) => {
    const { x, z } = a.sign.position;
    const k = a.kind === 'plaza' ? PLAZA_SIGN_SCALE : 1;
    const face: Placement = { x, y: areaSignY(a.kind), z, heading: a.sign.heading, width: AREA_SIGN.width * k, height: AREA_SIGN.height * k };
    // The back face too, 2 cm behind, so the sign reads from both sides of the walkway.
    const back: Placement = { ...face, x: x - Math.sin(a.sign.heading) * 0.1, z: z + Math.cos(a.sign.heading) * 0.1, heading: a.sign.heading + Math.PI };
    const color = areaColor(layout, i);
    const ink = a.kind === 'plaza' ? '#ffffff' : paletteInk(a.colorIndex);
    const gate = layout.gates.find((g) => g.areaId === a.id);
    const banners = gate ? bannerPlacements(gate) : [];
    specs.push({ key: `area:${a.id}`, content: { kind: 'area', ko: a.title.ko, en: a.title.en, color, ink }, placements: [face, back, ...banners], boothIndex: -1 });
  });

  specs.push(...boothSignSpecs(layout, catalogue));

  const blocks = new Map(catalogue.history.map((h) => [h.id, h]));
  for (const s of layout.historyStations) {
    const fx = Math.sin(s.heading);
    const fz = -Math.cos(s.heading);
    const off = STATION_PANEL.depth / 2 + 0.012;
    specs.push({
      key: `history:${s.id}`,
      content: { kind: 'history', years: yearRange(s.yearFrom, s.yearTo), lines: (blocks.get(s.id)?.items ?? []).map((it) => it.text), color: paletteColor(6) },
      placements: [{ x: s.position.x + fx * off, y: STATION_PANEL.y, z: s.position.z + fz * off, heading: s.heading, width: STATION_PANEL.width - 0.16, height: STATION_PANEL.height - 0.16 }],
      boothIndex: -1,
    });
  }

  const d = layout.directory;
  specs.push({
    key: 'directory',
    content: {
      kind: 'directory',
      ko: sceneKo.directoryTitle,
      en: sceneEn.directoryTitle,
      rows: d.entries.map((e) => ({ ko: e.title.ko, en: e.title.en, angle: e.angle, color: areaColor(layout, layout.areas.findIndex((a) => a.id === e.areaId)) })),
    },
    placements: [{ x: d.position.x + Math.sin(d.heading) * 0.05, y: DIRECTORY_BOARD.y, z: d.position.z - Math.cos(d.heading) * 0.05, heading: d.heading, width: DIRECTORY_BOARD.width, height: DIRECTORY_BOARD.height }],
    boothIndex: -1,
  });

  // A signpost at each junction of the floor paths, arrows in the colours of the lanes they follow.
  signposts(layout).forEach((p, i) => {
    specs.push({
      key: `signpost:${i}`,
      content: {
        kind: 'signpost',
        ko: sceneKo.directoryTitle,
        en: sceneEn.directoryTitle,
        rows: p.entries.map((e) => ({ ko: e.title.ko, en: e.title.en, angle: e.angle, color: areaColor(layout, layout.areas.findIndex((a) => a.id === e.areaId)) })),
      },
      placements: [{ x: p.position.x + Math.sin(p.heading) * 0.05, y: SIGNPOST_BOARD.y, z: p.position.z - Math.cos(p.heading) * 0.05, heading: p.heading, width: SIGNPOST_BOARD.width, height: SIGNPOST_BOARD.height }],
      boothIndex: -1,
    });
  });

  // The info desk's board: a plate like 시웃이's, "안내 / Information", in the center's orange.
  const desk = layout.infoDesk;
  const dx = Math.sin(desk.heading);
  const dz = -Math.cos(desk.heading);
  const boardOff = -INFO_DESK_BOARD.back + 0.05;
  specs.push({
    key: 'infodesk',
    content: { kind: 'plate', title: sceneKo.infoDeskSign, subtitle: sceneEn.infoDeskSign, color: '#F26B3A' },
    placements: [{ x: desk.position.x + dx * boardOff, y: INFO_DESK_BOARD.y, z: desk.position.z + dz * boardOff, heading: desk.heading, width: INFO_DESK_BOARD.width, height: INFO_DESK_BOARD.height }],
    boothIndex: -1,
  });

  // 시웃이's plinth plate (his profile: name, MBTI) and speech bubble: an interface sentence, not
  // his printed catchphrases ("좋아", "나는 시웃이" stitched into a line he never says).
  const m = layout.mascot;
  const mx = Math.sin(m.heading);
  const mz = -Math.cos(m.heading);
  const mascot = catalogue.mascot;
  specs.push({
    key: 'mascot:plate',
    content: { kind: 'plate', title: mascot.name, subtitle: `${mascot.mbti.type} · ${mascot.mbti.label}`, color: '#F26B3A' },
    placements: [{ x: m.position.x + mx * 1.13, y: 0.45, z: m.position.z + mz * 1.13, heading: m.heading, width: 1.9, height: 0.69 }],
    boothIndex: -1,
  });
  // Beside the head, towards the viewer's right (local -x turned by the heading).
  const rx = -Math.cos(-m.heading);
  const rz = Math.sin(-m.heading);
  specs.push({
    key: 'mascot:bubble',
    content: { kind: 'bubble', ko: sceneKo.mascotBubble, en: sceneEn.mascotBubble },
    placements: [{ x: m.position.x + rx * 1.9 + mx * 0.3, y: 3.75, z: m.position.z + rz * 1.9 + mz * 0.3, heading: m.heading, width: 2.6, height: 1.3 }],
    boothIndex: -1,
  });
  return specs;
}

/** Floor tint per area kind, for the ground (pastel: the zone colour mixed into the floor). */
export function areaFloorColor(kind: string, colorIndex: number): string {
  if (kind === 'plaza') return PLAZA_COLOR;
  if (kind === 'history') return HISTORY_COLOR;
  return paletteColor(colorIndex);
}
