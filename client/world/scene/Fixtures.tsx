import { useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, MeshStandardMaterial, type InstancedMesh } from 'three';
import type { Layout } from '../../../shared/world/types.ts';
import { paletteColor } from '../../theme/palette.ts';
import { AREA_SIGN, areaSignY, DIRECTORY_BOARD, PLAZA_SIGN_SCALE, STATION_PANEL } from '../signage/specs.ts';
import { hallFrameBoxes } from './hallFrame.ts';
import { signpostBoxes } from './signposts.ts';
import { writeBoxes, type BoxInstance } from './instancing.ts';

/** Outer and hall walls: above a visitor's eye-line would box the view in; 2.2 m reads as a wall. */
export const WALL_HEIGHT = 2.2;
/** Inside the layout's 2.4 m plinth collider; 시웃이 stands on top at PLINTH.height + 0.08. */
export const PLINTH = { size: 2.2, height: 0.9 } as const;

/** Everything boxy that is not a booth: walls, sign boards and posts, history panels, the hall's gates and trusses. */
export function fixtureBoxes(layout: Layout): BoxInstance[] {
  const boxes: BoxInstance[] = [];
  for (const w of layout.walls) {
    boxes.push({
      x: (w.minX + w.maxX) / 2, y: WALL_HEIGHT / 2, z: (w.minZ + w.maxZ) / 2,
      sx: w.maxX - w.minX, sy: WALL_HEIGHT, sz: w.maxZ - w.minZ, rotY: 0, color: '#f3eee6',
    });
  }
  for (const a of layout.areas) {
    const h = a.sign.heading;
    const fx = Math.sin(h);
    const fz = -Math.cos(h);
    const x = a.sign.position.x - fx * 0.05;
    const z = a.sign.position.z - fz * 0.05;
    const color = a.kind === 'plaza' ? '#F26B3A' : paletteColor(a.colorIndex);
    const k = a.kind === 'plaza' ? PLAZA_SIGN_SCALE : 1;
    const y = areaSignY(a.kind);
    const bottom = y - (AREA_SIGN.height * k) / 2;
    boxes.push({ x, y, z, sx: AREA_SIGN.width * k + 0.16, sy: AREA_SIGN.height * k + 0.16, sz: 0.07, rotY: -h, color });
    boxes.push({ x, y: bottom / 2, z, sx: AREA_SIGN.post, sy: bottom, sz: AREA_SIGN.post, rotY: -h, color: '#5b5f6a' });
  }
  for (const s of layout.historyStations) {
    boxes.push({
      x: s.position.x, y: STATION_PANEL.y, z: s.position.z,
      sx: STATION_PANEL.width, sy: STATION_PANEL.height, sz: STATION_PANEL.depth, rotY: -s.heading, color: '#d9577f',
    });
  }
  // The directory board's backing and its two legs.
  const d = layout.directory;
  const ux = Math.cos(d.heading);
  const uz = Math.sin(d.heading);
  const legH = DIRECTORY_BOARD.y - DIRECTORY_BOARD.height / 2;
  boxes.push({ x: d.position.x, y: DIRECTORY_BOARD.y, z: d.position.z, sx: DIRECTORY_BOARD.width + 0.12, sy: DIRECTORY_BOARD.height + 0.12, sz: 0.08, rotY: -d.heading, color: '#F26B3A' });
  for (const side of [-1, 1]) {
    const off = side * (DIRECTORY_BOARD.width / 2 - 0.15);
    boxes.push({ x: d.position.x + ux * off, y: legH / 2, z: d.position.z + uz * off, sx: DIRECTORY_BOARD.post, sy: legH, sz: DIRECTORY_BOARD.post, rotY: -d.heading, color: '#5b5f6a' });
  }
  // 시웃이's plinth: a white block with an orange rim (the plate sign sits on its front).
  const m = layout.mascot.position;
  boxes.push({ x: m.x, y: PLINTH.height / 2, z: m.z, sx: PLINTH.size, sy: PLINTH.height, sz: PLINTH.size, rotY: 0, color: '#fbf8f3' });
  boxes.push({ x: m.x, y: PLINTH.height + 0.04, z: m.z, sx: PLINTH.size + 0.12, sy: 0.08, sz: PLINTH.size + 0.12, rotY: 0, color: '#F26B3A' });
  boxes.push(...hallFrameBoxes(layout), ...signpostBoxes(layout));
  return boxes;
}

/** One InstancedMesh for all fixtures (one draw call, two with shadows). */
export function Fixtures({ layout, shadows }: { layout: Layout; shadows: boolean }) {
  const ref = useRef<InstancedMesh>(null);
  const geometry = useMemo(() => new BoxGeometry(1, 1, 1), []);
  const material = useMemo(() => new MeshStandardMaterial({ roughness: 0.9 }), []);
  const boxes = useMemo(() => fixtureBoxes(layout), [layout]);
  useLayoutEffect(() => {
    if (ref.current) writeBoxes(ref.current, boxes);
  }, [boxes]);
  if (boxes.length === 0) return null;
  return <instancedMesh key={boxes.length} ref={ref} args={[geometry, material, boxes.length]} castShadow={shadows} receiveShadow={shadows} />;
}
