import { Color, Matrix4, Quaternion, Vector3, type InstancedMesh } from 'three';

/** A box instance: centre, size, rotation about y (radians), colour. */
export interface BoxInstance {
  x: number;
  y: number;
  z: number;
  sx: number;
  sy: number;
  sz: number;
  rotY: number;
  color: string;
}

/**
 * Writes matrices and colours of unit-box instances (one-off, when the layout changes; never per
 * frame). Temporary objects are local to this call.
 */
export function writeBoxes(mesh: InstancedMesh, boxes: readonly BoxInstance[]): void {
  const m = new Matrix4();
  const q = new Quaternion();
  const p = new Vector3();
  const s = new Vector3();
  const up = new Vector3(0, 1, 0);
  const c = new Color();
  boxes.forEach((b, i) => {
    q.setFromAxisAngle(up, b.rotY);
    m.compose(p.set(b.x, b.y, b.z), q, s.set(b.sx, b.sy, b.sz));
    mesh.setMatrixAt(i, m);
    mesh.setColorAt(i, c.set(b.color));
  });
  mesh.count = boxes.length;
  mesh.instanceMatrix.needsUpdate = true;
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  mesh.computeBoundingSphere();
}

/** `hex` mixed towards white by `t` (0 = unchanged, 1 = white): pastel tints of the palette. */
export function tint(hex: string, t: number): string {
  return '#' + new Color(hex).lerp(new Color('#ffffff'), t).getHexString();
}
