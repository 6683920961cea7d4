import { BufferGeometry, Float32BufferAttribute } from 'three';

/** Triangles lying on the floor (positions and vertex colours, every normal +y) as one geometry: the floor's and the guide's path's. */
export function upFacingGeometry(pos: readonly number[], col: readonly number[]): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  g.setAttribute('color', new Float32BufferAttribute(col, 3));
  const normals = new Float32Array(pos.length);
  for (let i = 1; i < normals.length; i += 3) normals[i] = 1;
  g.setAttribute('normal', new Float32BufferAttribute(normals, 3));
  g.computeBoundingSphere();
  return g;
}
