import { CapsuleGeometry, Color, ConeGeometry, Matrix4, MeshStandardMaterial, Quaternion, SphereGeometry, Vector3, type BufferGeometry } from 'three';
import { PLAYER_RADIUS } from '../../../shared/world/movement.ts';
import { PALETTE } from '../../theme/palette.ts';

/**
 * The remote avatar's body parts, as the local Avatar.tsx draws them (body in the visitor's colour,
 * a head, a dark "nose" marking the facing), with fewer segments: a crowd of 100 is 100× each.
 * Each part is one InstancedMesh for all remote avatars; `offset` places it in the avatar's frame.
 */
export interface AvatarPart {
  name: string;
  geometry: BufferGeometry;
  material: MeshStandardMaterial;
  offset: Matrix4;
  /** Per-instance colour (the body: palette colour of the visitor). */
  colored: boolean;
  shadow: boolean;
}

const HEAD_COLOR = '#FFF4E6';
const INK = '#1b1b1f';

export function createAvatarParts(): AvatarPart[] {
  const t = (x: number, y: number, z: number): Matrix4 => new Matrix4().makeTranslation(x, y, z);
  return [
    {
      name: 'remote-bodies',
      geometry: new CapsuleGeometry(PLAYER_RADIUS, 0.8, 3, 10),
      // White base: the instance colour is the whole colour.
      material: new MeshStandardMaterial({ color: '#ffffff', roughness: 0.6 }),
      offset: t(0, PLAYER_RADIUS + 0.4, 0),
      colored: true,
      shadow: true,
    },
    {
      name: 'remote-heads',
      geometry: new SphereGeometry(0.3, 12, 8),
      material: new MeshStandardMaterial({ color: HEAD_COLOR, roughness: 0.7 }),
      offset: t(0, 1.5, 0),
      colored: false,
      shadow: true,
    },
    {
      name: 'remote-noses',
      geometry: new ConeGeometry(0.12, 0.3, 8),
      material: new MeshStandardMaterial({ color: INK, roughness: 0.5 }),
      // Points along -z (the heading convention's forward), like the local avatar's.
      offset: new Matrix4().compose(new Vector3(0, 1.5, -0.32), new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), -Math.PI / 2), new Vector3(1, 1, 1)),
      colored: false,
      shadow: false,
    },
  ];
}

/** Palette colours as three Colors (linear), made once. */
export const AVATAR_COLORS: readonly Color[] = PALETTE.map((hex) => new Color(hex));
