import type { BoothKind } from '../../../shared/catalogue/booths.ts';
import { boothMediaSpots, CANOPY, PANEL_SPOTS, WALL_HEIGHT, WALL_T } from './boothParts.ts';

/**
 * A booth's stand, generated from its data: a header fascia (the title sign and logo sit on its
 * front), poster panels, a counter the interact point faces, the back-wall screen, and plants or a
 * product stand. Programme booths are open pavilions in their zone's colour under a roof canopy;
 * enterprise booths are shell-scheme cubicles (aluminium posts, white panels) in their own colour
 * with a product stand. Pure data in the booth's local frame (open front towards -z, boothParts.ts),
 * so the instanced meshes and the tests read the same parts; no randomness at render: variations
 * come from a hash of the booth id.
 */
export type TemplateRole =
  | 'floor' | 'back' | 'side' | 'post' | 'rail' | 'roof'
  | 'header' | 'headerTrim'
  | 'counter' | 'counterTop'
  | 'screen' | 'bezel'
  | 'frame' | 'poster' | 'posterAlt' | 'posterLine'
  | 'pot' | 'leaves' | 'stand' | 'standTop' | 'product';

/** The shared unit mesh a part is an instance of: a box, a (tapered) cylinder or a leafy ball. */
export type TemplateShape = 'box' | 'round' | 'ball';

export interface TemplatePart {
  role: TemplateRole;
  shape: TemplateShape;
  /** Centre and size, metres, local frame. */
  c: [number, number, number];
  s: [number, number, number];
}

/** What the template reads of a booth. */
export interface BoothTemplateInput {
  id: string;
  kind: BoothKind;
  width: number;
  depth: number;
  /** How many images the booth has (the first PANEL_SPOTS hang on poster frames). */
  images: number;
  /** A programme's exhibits: each gets a coloured poster where there is no image. */
  exhibits: number;
}

/** The roof canopy of a programme pavilion rests on the header's top edge. */
export const ROOF = { y: CANOPY.y + CANOPY.height / 2, thickness: 0.1 } as const;
/** Every booth shows at least this many posters, so none has bare side walls. */
const MIN_POSTERS = 2;

/** FNV-1a: a stable 32-bit number per booth id, the source of its decorations' variations. */
export function boothHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const box = (role: TemplateRole, c: TemplatePart['c'], s: TemplatePart['s']): TemplatePart => ({ role, shape: 'box', c, s });

export function boothTemplate(b: BoothTemplateInput): TemplatePart[] {
  const hw = b.width / 2;
  const hd = b.depth / 2;
  const parts: TemplatePart[] = [box('floor', [0, 0.04, 0], [b.width, 0.08, b.depth])];
  parts.push(box('back', [0, WALL_HEIGHT / 2, hd - WALL_T / 2], [b.width, WALL_HEIGHT, WALL_T]));
  if (b.kind === 'programme') parts.push(...pavilion(hw, hd));
  else parts.push(...shellScheme(hw, hd));
  parts.push(...header(b.width, hd, b.kind), ...counter(b.width, hd, b.kind), ...screen(b.width, hd));
  parts.push(...posters(b), ...decor(b, hw, hd));
  return parts;
}

/** Open on three sides: raised poster boards on the sides, slim posts in the zone colour, a roof. */
function pavilion(hw: number, hd: number): TemplatePart[] {
  const x = hw - WALL_T / 2;
  const boardFront = -hd + 0.35;
  const boardLen = hd - WALL_T - boardFront;
  const boardZ = boardFront + boardLen / 2;
  const post = 0.1;
  const parts = [-1, 1].flatMap((side) => [
    box('side', [side * x, 1.45, boardZ], [WALL_T, 1.7, boardLen]),
    box('post', [side * (hw - post / 2), ROOF.y / 2, -hd + post / 2], [post, ROOF.y, post]),
    box('post', [side * (hw - post / 2), ROOF.y / 2, hd - post / 2], [post, ROOF.y, post]),
  ]);
  parts.push(box('roof', [0, ROOF.y + ROOF.thickness / 2, 0], [hw * 2 + 0.3, ROOF.thickness, hd * 2 + 0.1]));
  return parts;
}

/** Full-height white side panels framed by aluminium posts and top rails. */
function shellScheme(hw: number, hd: number): TemplatePart[] {
  const x = hw - WALL_T / 2;
  const p = WALL_T + 0.04;
  return [-1, 1].flatMap((side) => [
    box('side', [side * x, WALL_HEIGHT / 2, 0], [WALL_T, WALL_HEIGHT, hd * 2]),
    box('post', [side * (hw - p / 2), WALL_HEIGHT / 2, -hd + p / 2], [p, WALL_HEIGHT, p]),
    box('post', [side * (hw - p / 2), WALL_HEIGHT / 2, hd - p / 2], [p, WALL_HEIGHT, p]),
    box('rail', [side * (hw - p / 2), WALL_HEIGHT + 0.025, 0], [p, 0.05, hd * 2]),
  ]);
}

/** The fascia the title sign covers (it rests on the side walls or the pavilion's posts), trimmed in the booth's colour below (and above on a shell scheme). */
function header(w: number, hd: number, kind: BoothKind): TemplatePart[] {
  const z = -hd + CANOPY.depth / 2;
  const parts = [
    box('header', [0, CANOPY.y, z], [w + 0.2, CANOPY.height, CANOPY.depth]),
    box('headerTrim', [0, CANOPY.y - CANOPY.height / 2 - 0.04, z], [w + 0.26, 0.08, CANOPY.depth + 0.04]),
  ];
  if (kind === 'enterprise') parts.push(box('headerTrim', [0, CANOPY.y + CANOPY.height / 2 + 0.03, z], [w + 0.26, 0.06, CANOPY.depth + 0.04]));
  return parts;
}

/** The counter across the front middle, where the interact point looks: a body and a top in the booth's colour. */
export const COUNTER = { depth: 0.5, height: 1, widthShare: 0.45, inset: 0.3 } as const;

function counter(w: number, hd: number, kind: BoothKind): TemplatePart[] {
  const cw = w * COUNTER.widthShare;
  const z = -hd + COUNTER.inset + COUNTER.depth / 2;
  const parts = [
    box('counter', [0, (COUNTER.height - 0.05) / 2, z], [cw, COUNTER.height - 0.05, COUNTER.depth]),
    box('counterTop', [0, COUNTER.height - 0.025, z - 0.03], [cw + 0.1, 0.05, COUNTER.depth + 0.1]),
  ];
  // The enterprise counter carries a band of its colour on its front, like a printed counter skin.
  if (kind === 'enterprise') parts.push(box('counterTop', [0, 0.62, z - COUNTER.depth / 2 - 0.006], [cw, 0.2, 0.012]));
  return parts;
}

/** The one screen quad per booth (issue 10 puts the live video on it), in a dark bezel on the back wall. */
export const SCREEN = { y: 1.55, height: 1.5, widthShare: 0.5, offsetShare: -0.25 } as const;

function screen(w: number, hd: number): TemplatePart[] {
  const x = (w / 2) * SCREEN.offsetShare;
  const face = hd - WALL_T;
  return [
    box('bezel', [x, SCREEN.y, face - 0.035], [w * SCREEN.widthShare + 0.12, SCREEN.height + 0.12, 0.07]),
    box('screen', [x, SCREEN.y, face - 0.07], [w * SCREEN.widthShare, SCREEN.height, 0.02]),
  ];
}

/** How many poster panels a booth shows: its images, else a programme's exhibits, at least MIN_POSTERS. */
export function posterCount(b: Pick<BoothTemplateInput, 'kind' | 'images' | 'exhibits'>): number {
  return Math.min(PANEL_SPOTS, Math.max(MIN_POSTERS, b.images, b.kind === 'programme' ? b.exhibits : 0));
}

/**
 * Poster panels at the side walls' picture spots (boothMediaSpots): a white frame behind each image
 * the picture quad hangs on; a coloured poster with a title strip and text lines where there is none.
 */
function posters(b: BoothTemplateInput): TemplatePart[] {
  const spots = boothMediaSpots(b.width, b.depth).panels;
  const parts: TemplatePart[] = [];
  for (let i = 0; i < posterCount(b); i++) {
    const spot = spots[i]!;
    const [x, y, z] = spot.c;
    // The wall's inner face, just behind where the picture quad hangs.
    const wall = x - spot.facing * 0.012;
    const at = (depth: number): number => wall + spot.facing * depth;
    const size = spot.size;
    if (i < b.images) {
      parts.push(box('frame', [at(0.004), y, z], [0.008, size + 0.1, size + 0.1]));
      continue;
    }
    parts.push(box(i % 2 === 0 ? 'poster' : 'posterAlt', [at(0.005), y, z], [0.01, size * 1.2, size * 0.85]));
    parts.push(box('posterLine', [at(0.011), y + size * 0.4, z], [0.004, size * 0.16, size * 0.7]));
    for (const k of [0, 1, 2]) parts.push(box('posterLine', [at(0.011), y + size * (0.1 - k * 0.17), z], [0.004, size * 0.05, size * 0.6]));
  }
  return parts;
}

/** A potted plant: a tapered pot and a leafy ball, `h` tall in all. */
function plant(x: number, z: number, h: number): TemplatePart[] {
  const pot = h * 0.38;
  return [
    { role: 'pot', shape: 'round', c: [x, pot / 2, z], s: [0.36, pot, 0.36] },
    { role: 'leaves', shape: 'ball', c: [x, pot + (h - pot) / 2 - 0.05, z], s: [0.62, h - pot + 0.1, 0.62] },
  ];
}

/**
 * Plants or stands, chosen by the id's hash. Programme: a plant at the front left, and at the front
 * right a second plant or a leaflet stand. Enterprise: a product stand at the front left (a boxed or a
 * round product), sometimes a plant in the back right corner.
 */
function decor(b: BoothTemplateInput, hw: number, hd: number): TemplatePart[] {
  const h = boothHash(b.id);
  const left = -hw + 0.42;
  const front = -hd + 0.42;
  const height = 1 + ((h >>> 4) % 4) * 0.12;
  if (b.kind === 'programme') {
    const parts = plant(left, front, height);
    if (h & 1) parts.push(...plant(hw - 0.42, front, 2.2 - height));
    else {
      parts.push(box('stand', [hw - 0.42, 0.6, front], [0.06, 1.2, 0.06]));
      parts.push(box('standTop', [hw - 0.42, 1.25, front], [0.5, 0.66, 0.04]));
    }
    return parts;
  }
  const parts = [
    box('stand', [left, 0.45, front], [0.5, 0.9, 0.5]),
    box('standTop', [left, 0.92, front], [0.56, 0.04, 0.56]),
  ];
  if (h & 1) parts.push(box('product', [left, 1.1, front], [0.3, 0.32, 0.22]));
  else parts.push({ role: 'product', shape: 'round', c: [left, 1.11, front], s: [0.24, 0.34, 0.24] });
  // Between the screen and the right wall, clear of the wall's posters.
  if (h & 2) parts.push(...plant(hw - 0.8, hd - WALL_T - 0.35, height));
  return parts;
}
