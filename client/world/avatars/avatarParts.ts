import { CapsuleGeometry, CircleGeometry, Color, CylinderGeometry, DoubleSide, Matrix4, MeshBasicMaterial, MeshStandardMaterial, SphereGeometry, TorusGeometry, type BufferGeometry, type Texture } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import {
  AVATAR_BADGES,
  AVATAR_HAIRS,
  AVATAR_OUTFITS,
  AVATAR_SHAPES,
  type AvatarBadge,
  type AvatarHair,
  type AvatarOutfit,
  type AvatarShape,
} from '../../../shared/schemas/avatarLook.ts';
import { PLAYER_RADIUS } from '../../../shared/world/movement.ts';
import { PALETTE } from '../../theme/palette.ts';

/**
 * An avatar as parts (issue 12 §2): a body in the visitor's colour whose proportions follow the
 * chosen shape, a head wearing the face texture (avatarFace.ts) on its front, and one part per hair
 * style and outfit, and a scarf in the mark's colour for hosts and staff (seen from every side and
 * from afar, where name tags are not drawn). The local Avatar.tsx draws them as meshes; remote avatars draw each part as ONE
 * InstancedMesh for the whole crowd (avatarInstances.ts), so a look is a choice of instances, never a
 * draw call of its own. Offsets are per shape (index into AVATAR_SHAPES), in the avatar's frame
 * (+y up, facing -z).
 */
export interface AvatarPart {
  name: string;
  geometry: BufferGeometry;
  material: MeshStandardMaterial | MeshBasicMaterial;
  /** The part's placement for each body shape. */
  offsets: readonly Matrix4[];
  /** Who wears it: everyone, or those with this hair / outfit / mark. */
  wornBy: { hair: AvatarHair } | { outfit: AvatarOutfit } | { badge: AvatarBadge } | null;
  /** Per-instance colour: the visitor's palette colour (body, cap) or none (a fixed colour). */
  colored: boolean;
}

/** Skin and hair: warm flat tones from the center's language (no per-visitor skin choice yet). */
export const HEAD_COLOR = '#FFE6CF';
const HAIR_COLOR = '#4A3426';
const APRON_COLOR = '#FBF6EE';
const VEST_COLOR = '#2F3B52';
/** The marks' colour by AVATAR_BADGES index: gold for hosts (as the hosting star), blue for staff. Name tags' chips too. */
export const BADGE_COLORS = ['', '#F5B800', '#3D85D1'] as const;
const HEAD_R = 0.3;
const BODY_LENGTH = 0.8;

/** Body proportions per shape: a scale of the base capsule (x = z: round in plan). */
const SHAPE_SCALE: Record<AvatarShape, { xz: number; y: number }> = {
  round: { xz: 1.12, y: 0.9 },
  tall: { xz: 0.9, y: 1.12 },
  small: { xz: 0.95, y: 0.78 },
};

const BASE_BODY_TOP = 2 * PLAYER_RADIUS + BODY_LENGTH;

/** Height of the head's centre for a shape: just above the body's top, so no neck shows. */
export function headY(shape: AvatarShape): number {
  return BASE_BODY_TOP * SHAPE_SCALE[shape].y + 0.05;
}

/** The top of the tallest head with a cap (m): name tags float above it. */
export const AVATAR_TOP = Math.max(...AVATAR_SHAPES.map(headY)) + HEAD_R + 0.1;

const perShape = (f: (shape: AvatarShape) => Matrix4): Matrix4[] => AVATAR_SHAPES.map(f);
/** Torso-fixed parts (body, outfits) scale with the body; a part at height y of the base body. */
const onBody = (y: number): Matrix4[] =>
  perShape((shape) => {
    const s = SHAPE_SCALE[shape];
    return new Matrix4().makeScale(s.xz, s.y, s.xz).multiply(new Matrix4().makeTranslation(0, y, 0));
  });
/** Head-fixed parts keep their size and ride on the head's centre. */
const onHead = (local: Matrix4 = new Matrix4()): Matrix4[] => perShape((shape) => new Matrix4().makeTranslation(0, headY(shape), 0).multiply(local));

/** The top of the head, tilted back so the forehead shows: hair and the cap's crown. */
function crown(radius: number): BufferGeometry {
  return new SphereGeometry(radius, 14, 6, 0, Math.PI * 2, 0, Math.PI * 0.5).rotateX(0.35);
}

function hairGeometry(hair: Exclude<AvatarHair, 'none'>): BufferGeometry {
  const top = crown(HEAD_R + 0.02);
  if (hair === 'short') return top;
  if (hair === 'bun') return mergeGeometries([top, new SphereGeometry(0.13, 10, 8).translate(0, 0.2, 0.22)])!;
  // A cap: the crown and a brim over the eyes (forward is -z).
  const brim = new CylinderGeometry(0.2, 0.2, 0.025, 16, 1, false, Math.PI / 2, Math.PI).scale(1.1, 1, 1.35).translate(0, 0.11, -0.2);
  return mergeGeometries([crown(HEAD_R + 0.03), brim])!;
}

function outfitGeometry(outfit: Exclude<AvatarOutfit, 'plain'>): BufferGeometry {
  const r = PLAYER_RADIUS;
  // Open shells around the torso (theta = π is the front, -z): an apron covers the front and flares,
  // a vest covers all but a gap down the front where the body's colour shows.
  if (outfit === 'apron') return new CylinderGeometry(r + 0.012, r + 0.05, 0.72, 20, 1, true, Math.PI - 1.05, 2.1);
  return new CylinderGeometry(r + 0.018, r + 0.02, 0.5, 20, 1, true, Math.PI + 0.42, Math.PI * 2 - 0.84);
}

/** The contact shadow's disc: a little wider than the body, just above the floor and its painted lanes. */
const BLOB_RADIUS = 0.5;
const BLOB_Y = 0.03;

/**
 * Every part an avatar can have; `face` is the head's texture and `blob` the contact shadow's fade
 * (blobShadow.ts), each null where there is no canvas (unit tests). No part casts into the sun's
 * shadow map: that map is drawn once for the still world (scene/ShadowBake.tsx), and the contact
 * shadow, the first part, grounds a moving avatar instead.
 */
export function createAvatarParts(face: Texture | null, blob: Texture | null = null): AvatarPart[] {
  const std = (color: string, extra: { map?: Texture | null; side?: typeof DoubleSide } = {}): MeshStandardMaterial =>
    new MeshStandardMaterial({ color, roughness: 0.7, ...extra });
  const parts: AvatarPart[] = [
    {
      name: 'avatar-blob',
      geometry: new CircleGeometry(BLOB_RADIUS, 20).rotateX(-Math.PI / 2),
      material: new MeshBasicMaterial({ color: '#1d2433', alphaMap: blob, transparent: true, opacity: blob ? 0.45 : 0.2, depthWrite: false }),
      // On the floor whatever the shape (the rig's walk bob lifts it a few centimetres at most).
      offsets: perShape(() => new Matrix4().makeTranslation(0, BLOB_Y, 0)),
      wornBy: null,
      colored: false,
    },
    {
      name: 'avatar-bodies',
      geometry: new CapsuleGeometry(PLAYER_RADIUS, BODY_LENGTH, 3, 10),
      // White base: the instance colour is the whole colour.
      material: std('#ffffff'),
      offsets: onBody(PLAYER_RADIUS + BODY_LENGTH / 2),
      wornBy: null,
      colored: true,
    },
    {
      name: 'avatar-heads',
      geometry: new SphereGeometry(HEAD_R, 16, 12),
      // The face texture carries the skin tone around the whole head, features on the front.
      material: face ? std('#ffffff', { map: face }) : std(HEAD_COLOR),
      offsets: onHead(),
      wornBy: null,
      colored: false,
    },
  ];
  for (const hair of AVATAR_HAIRS) {
    if (hair === 'none') continue;
    parts.push({
      name: `avatar-hair-${hair}`,
      geometry: hairGeometry(hair),
      material: std(hair === 'cap' ? '#ffffff' : HAIR_COLOR),
      offsets: onHead(),
      wornBy: { hair },
      colored: hair === 'cap', // a cap in the visitor's colour, like a team cap
    });
  }
  for (const outfit of AVATAR_OUTFITS) {
    if (outfit === 'plain') continue;
    parts.push({
      name: `avatar-outfit-${outfit}`,
      geometry: outfitGeometry(outfit),
      material: std(outfit === 'apron' ? APRON_COLOR : VEST_COLOR, { side: DoubleSide }),
      offsets: onBody(outfit === 'apron' ? 0.62 : 0.98),
      wornBy: { outfit },
      colored: false,
    });
  }
  AVATAR_BADGES.forEach((badge, i) => {
    if (badge === '') return;
    parts.push({
      name: `avatar-mark-${badge}`,
      // A scarf round the top of the body, under the head.
      geometry: new TorusGeometry(0.3, 0.075, 8, 20).rotateX(Math.PI / 2),
      material: std(BADGE_COLORS[i]!),
      offsets: onBody(BASE_BODY_TOP - 0.2),
      wornBy: { badge },
      colored: false,
    });
  });
  return parts;
}

/** Whether an avatar with this hair, outfit and mark wears the part. */
export function wears(part: AvatarPart, hair: AvatarHair, outfit: AvatarOutfit, badge: AvatarBadge = ''): boolean {
  const w = part.wornBy;
  if (w === null) return true;
  if ('hair' in w) return w.hair === hair;
  return 'outfit' in w ? w.outfit === outfit : w.badge === badge;
}

/** Palette colours as three Colors (linear), made once. */
export const AVATAR_COLORS: readonly Color[] = PALETTE.map((hex) => new Color(hex));
