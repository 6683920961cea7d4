import { CanvasTexture, Color, Float32BufferAttribute, RepeatWrapping, SRGBColorSpace, type BufferGeometry } from 'three';
import { floorLanes } from '../../../shared/world/floorPaths.ts';
import { upFacingGeometry } from '../geometry/upFacing.ts';
import type { Layout } from '../../../shared/world/types.ts';
import { FLOOR_COLOR, PLAZA_COLOR, paletteColor } from '../../theme/palette.ts';
import { areaFloorColor } from '../signage/specs.ts';
import { tint } from './instancing.ts';

/** Floor tiles are 2 m: a human scale cue that makes distances readable. */
export const TILE = 2;
/** A floor path's painted lane: a line on the walkway (3 m), not a second walkway. */
const LANE_WIDTH = 0.5;

/**
 * The walkable floor as ONE mesh with vertex colours: the base inside the walls, each area's floor
 * tinted from the palette, the walkways, the floor paths' lanes in the colour of the area each leads
 * to (shared/world/floorPaths.ts), and a round inlay under 시웃이. Layers sit a few millimetres
 * apart so they never z-fight; everything faces up (normal +y).
 */
export function buildFloorGeometry(layout: Layout): BufferGeometry {
  const pos: number[] = [];
  const col: number[] = [];
  const c = new Color();
  const quad = (x0: number, z0: number, x1: number, z1: number, y: number, hex: string): void => {
    c.set(hex);
    pos.push(x0, y, z0, x0, y, z1, x1, y, z1, x0, y, z0, x1, y, z1, x1, y, z0);
    for (let i = 0; i < 6; i++) col.push(c.r, c.g, c.b);
  };
  const disc = (x: number, z: number, r: number, y: number, hex: string): void => {
    c.set(hex);
    const n = 48;
    for (let i = 0; i < n; i++) {
      const a0 = (i / n) * Math.PI * 2;
      const a1 = ((i + 1) / n) * Math.PI * 2;
      pos.push(x, y, z, x + Math.cos(a1) * r, y, z + Math.sin(a1) * r, x + Math.cos(a0) * r, y, z + Math.sin(a0) * r);
      for (let k = 0; k < 3; k++) col.push(c.r, c.g, c.b);
    }
  };
  const b = layout.bounds;
  quad(b.minX, b.minZ, b.maxX, b.maxZ, 0, FLOOR_COLOR);
  for (const a of layout.areas) {
    const base = areaFloorColor(a.kind, a.colorIndex);
    const hex = a.kind === 'zone' || a.kind === 'enterprise' ? tint(base, 0.72) : base;
    quad(a.rect.minX, a.rect.minZ, a.rect.maxX, a.rect.maxZ, 0.006, hex);
  }
  for (const p of layout.paths) {
    const hw = p.width / 2;
    quad(Math.min(p.from.x, p.to.x) - hw, Math.min(p.from.z, p.to.z) - hw, Math.max(p.from.x, p.to.x) + hw, Math.max(p.from.z, p.to.z) + hw, 0.004, '#f6f1e8');
  }
  const hl = LANE_WIDTH / 2;
  for (const lane of floorLanes(layout)) {
    const area = layout.areas.find((a) => a.id === lane.areaId);
    if (!area) continue;
    c.set(paletteColor(area.colorIndex));
    for (let i = 0; i + 1 < lane.points.length; i++) {
      const a = lane.points[i]!;
      const b = lane.points[i + 1]!;
      const len = Math.hypot(b.x - a.x, b.z - a.z);
      if (len === 0) continue;
      // Half a width past each end, so corners close; across by the normal.
      const dx = ((b.x - a.x) / len) * hl;
      const dz = ((b.z - a.z) / len) * hl;
      const p0 = [a.x - dx - dz, a.z - dz + dx];
      const p1 = [b.x + dx - dz, b.z + dz + dx];
      const p2 = [b.x + dx + dz, b.z + dz - dx];
      const p3 = [a.x - dx + dz, a.z - dz - dx];
      pos.push(p0[0]!, 0.008, p0[1]!, p1[0]!, 0.008, p1[1]!, p2[0]!, 0.008, p2[1]!, p0[0]!, 0.008, p0[1]!, p2[0]!, 0.008, p2[1]!, p3[0]!, 0.008, p3[1]!);
      for (let k = 0; k < 6; k++) col.push(c.r, c.g, c.b);
    }
  }
  const m = layout.mascot.position;
  disc(m.x, m.z, 4.2, 0.01, '#f9d7b8');
  disc(m.x, m.z, 3.6, 0.012, PLAZA_COLOR);
  const g = upFacingGeometry(pos, col);
  // World-space UVs: one floor tile texture repeat per TILE metres, whatever the area.
  const uv = new Float32Array((pos.length / 3) * 2);
  for (let i = 0, j = 0; i < pos.length; i += 3, j += 2) {
    uv[j] = pos[i]! / TILE;
    uv[j + 1] = pos[i + 2]! / TILE;
  }
  g.setAttribute('uv', new Float32BufferAttribute(uv, 2));
  return g;
}


/** A light tile pattern (multiplied with the vertex colours): thin grout lines on near-white. */
export function createTileTexture(anisotropy: number): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 128;
  const c = canvas.getContext('2d')!;
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, 128, 128);
  c.fillStyle = '#e4e0da';
  c.fillRect(0, 0, 128, 3);
  c.fillRect(0, 0, 3, 128);
  const t = new CanvasTexture(canvas);
  t.wrapS = t.wrapT = RepeatWrapping;
  t.colorSpace = SRGBColorSpace;
  t.anisotropy = anisotropy;
  return t;
}
