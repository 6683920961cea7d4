import { useFrame, useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo } from 'react';
import { PerspectiveCamera, Vector3 } from 'three';
import type { Layout } from '../../../shared/world/types.ts';
import { useWorldState } from '../state/context.ts';

/** Looking down from the south at 55°: high enough to see every aisle, low enough that signs read. */
const ELEVATION = (55 * Math.PI) / 180;
/** Highest point to keep in view: the area signs' top edge. */
const TOP_Y = 4;
const MARGIN = 0.94;

/**
 * Where the overview camera stands: the smallest distance (binary search) at which all eight corners
 * of the world's box (floor to sign tops) project inside the frame. Pure apart from the scratch camera.
 */
export function fitOverview(layout: Layout, fov: number, aspect: number): { position: Vector3; target: Vector3 } {
  const b = layout.bounds;
  const target = new Vector3((b.minX + b.maxX) / 2, 0, (b.minZ + b.maxZ) / 2);
  const cam = new PerspectiveCamera(fov, aspect, 0.1, 5000);
  const dir = new Vector3(0, Math.sin(ELEVATION), Math.cos(ELEVATION));
  const corners: Vector3[] = [];
  for (const x of [b.minX, b.maxX]) for (const y of [0, TOP_Y]) for (const z of [b.minZ, b.maxZ]) corners.push(new Vector3(x, y, z));
  const p = new Vector3();
  const fits = (d: number): boolean => {
    cam.position.copy(target).addScaledVector(dir, d);
    cam.lookAt(target);
    cam.updateMatrixWorld();
    return corners.every((c) => {
      p.copy(c).project(cam);
      return Math.abs(p.x) <= MARGIN && Math.abs(p.y) <= MARGIN && p.z < 1;
    });
  };
  let lo = 1;
  let hi = 2000;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return { position: target.clone().addScaledVector(dir, hi), target };
}

/**
 * When the world's cameraMode is 'overview' (?camera=overview; the benchmark), holds the camera at a fixed
 * pose that frames every booth with its sign. The player rig leaves the camera alone in that mode.
 */
export function OverviewCamera({ layout }: { layout: Layout }) {
  const overview = useWorldState((s) => s.cameraMode === 'overview');
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const fov = camera instanceof PerspectiveCamera ? camera.fov : 60;
  const pose = useMemo(() => fitOverview(layout, fov, size.width / Math.max(1, size.height)), [layout, fov, size.width, size.height]);

  useLayoutEffect(() => {
    if (!overview) return;
    camera.far = Math.max(camera.far, pose.position.distanceTo(pose.target) * 3);
    camera.updateProjectionMatrix();
  }, [overview, camera, pose]);

  useFrame(() => {
    if (!overview) return;
    camera.position.copy(pose.position);
    camera.lookAt(pose.target);
  });
  return null;
}
