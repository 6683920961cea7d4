import { Color, InstancedMesh, Matrix4, type Object3D } from 'three';
import { AVATAR_BADGES, AVATAR_HAIRS, AVATAR_OUTFITS, AVATAR_SHAPES } from '../../../shared/schemas/avatarLook.ts';
import { wears, type AvatarPart } from './avatarParts.ts';

const WHITE = new Color(1, 1, 1);

/**
 * The crowd's instances: one InstancedMesh per part (avatarParts.ts), avatars packed into the parts
 * they wear. Per frame: begin(), add() each avatar with its pose, end(). A part nobody wears draws
 * nothing (count 0, hidden), so the draw calls are the parts in use, never one per avatar.
 * Colours are written only when the caller says the set or the roster changed (`recolor`): the
 * packing order only changes then. Nothing is allocated per frame.
 */
export class AvatarInstances {
  readonly meshes: InstancedMesh[];
  readonly capacity: number;
  private readonly parts: readonly AvatarPart[];
  /** Per part: which (hair, outfit, mark) wear it, as a lookup [part][(hair * OUTFITS + outfit) * BADGES + badge]. */
  private readonly worn: Uint8Array[];
  private readonly counts: Int32Array;
  private readonly m = new Matrix4();
  private recolor = false;

  constructor(parts: readonly AvatarPart[], capacity: number) {
    this.parts = parts;
    this.capacity = capacity;
    this.counts = new Int32Array(parts.length);
    this.worn = parts.map((p) => {
      const t = new Uint8Array(AVATAR_HAIRS.length * AVATAR_OUTFITS.length * AVATAR_BADGES.length);
      AVATAR_HAIRS.forEach((h, hi) =>
        AVATAR_OUTFITS.forEach((o, oi) =>
          AVATAR_BADGES.forEach((b, bi) => (t[(hi * AVATAR_OUTFITS.length + oi) * AVATAR_BADGES.length + bi] = wears(p, h, o, b) ? 1 : 0)),
        ),
      );
      return t;
    });
    this.meshes = parts.map((p) => {
      const mesh = new InstancedMesh(p.geometry, p.material, capacity);
      mesh.name = p.name;
      mesh.frustumCulled = false; // a crowd spans the hall: one sphere test per part is not worth it
      mesh.count = 0;
      mesh.visible = false;
      if (p.colored) mesh.setColorAt(0, WHITE); // makes the instance colour attribute
      return mesh;
    });
  }

  attach(parent: Object3D): void {
    for (const m of this.meshes) parent.add(m);
  }

  dispose(parent: Object3D | null): void {
    for (const m of this.meshes) {
      parent?.remove(m);
      m.dispose();
    }
  }

  begin(recolor: boolean): void {
    this.counts.fill(0);
    this.recolor = recolor;
  }

  /**
   * One avatar: `base` places it (position, heading, bob); shape, hair, outfit and badge are indices
   * into the look lists and AVATAR_BADGES (out of range reads as the first); `color` tints its
   * coloured parts.
   */
  add(base: Matrix4, shape: number, hair: number, outfit: number, color: Color, badge = 0): void {
    const s = shape < AVATAR_SHAPES.length ? shape : 0;
    const look =
      ((hair < AVATAR_HAIRS.length ? hair : 0) * AVATAR_OUTFITS.length + (outfit < AVATAR_OUTFITS.length ? outfit : 0)) * AVATAR_BADGES.length +
      (badge < AVATAR_BADGES.length ? badge : 0);
    for (let k = 0; k < this.parts.length; k++) {
      if (this.worn[k]![look] === 0) continue;
      const i = this.counts[k]!;
      if (i >= this.capacity) continue;
      this.counts[k] = i + 1;
      const mesh = this.meshes[k]!;
      mesh.setMatrixAt(i, this.m.multiplyMatrices(base, this.parts[k]!.offsets[s]!));
      if (this.recolor && this.parts[k]!.colored) mesh.setColorAt(i, color);
    }
  }

  end(): void {
    for (let k = 0; k < this.meshes.length; k++) {
      const mesh = this.meshes[k]!;
      mesh.count = this.counts[k]!;
      mesh.visible = mesh.count > 0;
      mesh.instanceMatrix.needsUpdate = true;
      if (this.recolor && mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    }
  }
}
