import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, MeshStandardMaterial, type InstancedMesh } from 'three';
import { INFO_DESK_SIZE } from '../../../shared/world/infoDesk.ts';
import type { InfoDesk as Desk } from '../../../shared/world/types.ts';
import { INFO_DESK_BOARD } from '../signage/specs.ts';
import { useWorld } from '../state/context.ts';
import { writeBoxes, type BoxInstance } from './instancing.ts';

const COUNTER_HEIGHT = 1.05;

/** The desk as boxes: a white counter with an orange top and front band, and its sign board on two posts. */
export function infoDeskBoxes(desk: Desk): BoxInstance[] {
  const { x, z } = desk.position;
  const fx = Math.sin(desk.heading);
  const fz = -Math.cos(desk.heading);
  // Along the counter's front.
  const ux = -fz;
  const uz = fx;
  const rotY = -desk.heading;
  const { width: w, depth: d } = INFO_DESK_SIZE;
  const b = INFO_DESK_BOARD;
  const bx = x - fx * b.back;
  const bz = z - fz * b.back;
  const legH = b.y - b.height / 2;
  const boxes: BoxInstance[] = [
    { x, y: COUNTER_HEIGHT / 2, z, sx: w, sy: COUNTER_HEIGHT, sz: d, rotY, color: '#fbf8f3' },
    { x, y: COUNTER_HEIGHT + 0.03, z, sx: w + 0.1, sy: 0.06, sz: d + 0.1, rotY, color: '#F26B3A' },
    { x: x + (fx * d) / 2, y: COUNTER_HEIGHT * 0.7, z: z + (fz * d) / 2, sx: w, sy: 0.16, sz: 0.02, rotY, color: '#F26B3A' },
    { x: bx, y: b.y, z: bz, sx: b.width + 0.1, sy: b.height + 0.1, sz: 0.06, rotY, color: '#F26B3A' },
  ];
  for (const s of [-1, 1]) {
    const off = s * (b.width / 2 - 0.1);
    boxes.push({ x: bx + ux * off, y: legH / 2, z: bz + uz * off, sx: 0.08, sy: legH, sz: 0.08, rotY, color: '#5b5f6a' });
  }
  return boxes;
}

/**
 * The plaza's info desk beside 시웃이 (issue 12 §1): clicking it, or walking up to its counter,
 * opens the center's introduction and contacts (the HUD's InfoDeskPanel). One InstancedMesh, one
 * draw call (two with shadows); its sign is among the signage atlas's. Walking up opens it once
 * per approach: the visitor must step away before it opens by itself again.
 */
export function InfoDesk({ desk, shadows }: { desk: Desk; shadows: boolean }) {
  const { store, frame } = useWorld();
  const ref = useRef<InstancedMesh>(null);
  const geometry = useMemo(() => new BoxGeometry(1, 1, 1), []);
  const material = useMemo(() => new MeshStandardMaterial({ roughness: 0.7 }), []);
  const boxes = useMemo(() => infoDeskBoxes(desk), [desk]);
  const near = useRef(false);
  useLayoutEffect(() => {
    if (ref.current) writeBoxes(ref.current, boxes);
  }, [boxes]);

  useFrame(() => {
    const p = frame.player.position;
    const inside = Math.hypot(p.x - desk.interactPoint.x, p.z - desk.interactPoint.z) <= desk.interactRadius;
    if (inside && !near.current) store.getState().setInfoDeskOpen(true);
    near.current = inside;
  });

  const onClick = (e: ThreeEvent<MouseEvent>): void => {
    if (e.delta > 6) return;
    e.stopPropagation();
    store.getState().setInfoDeskOpen(true);
  };

  return <instancedMesh key={boxes.length} ref={ref} args={[geometry, material, boxes.length]} castShadow={shadows} receiveShadow={shadows} onClick={onClick} />;
}
