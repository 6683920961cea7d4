import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { BOOM_MARGIN, BOX3, boomPose, freeBoomLength, obstacleBoxes, rayBoxEntry, type BoomPose } from '../../shared/world/cameraBoom.ts';
import { createCollisionWorld, isClear } from '../../shared/world/collision.ts';
import { layoutWorld } from '../../shared/world/layout.ts';

const box = (minX: number, minY: number, minZ: number, maxX: number, maxY: number, maxZ: number) => new Float64Array([minX, minY, minZ, maxX, maxY, maxZ]);

describe('rayBoxEntry (segment vs axis-aligned box, slab test)', () => {
  const b = box(2, 0, -1, 3, 2, 1);
  it('finds where a segment enters the box, grown by the margin', () => {
    expect(rayBoxEntry(b, 0, 0, 1, 0, 1, 0, 0, 10, 0)).toBeCloseTo(2);
    expect(rayBoxEntry(b, 0, 0, 1, 0, 1, 0, 0, 10, 0.5)).toBeCloseTo(1.5);
  });
  it('misses beside, above, and short of the box', () => {
    expect(rayBoxEntry(b, 0, 0, 1, 2, 1, 0, 0, 10, 0)).toBe(Infinity); // beside (z = 2)
    expect(rayBoxEntry(b, 0, 0, 3, 0, 1, 0, 0, 10, 0)).toBe(Infinity); // above
    expect(rayBoxEntry(b, 0, 0, 1, 0, 1, 0, 0, 1.5, 0)).toBe(Infinity); // too short
    expect(rayBoxEntry(b, 0, 0, 1, 0, -1, 0, 0, 10, 0)).toBe(Infinity); // pointing away
  });
  it('a rising segment passes over a box it would hit flat', () => {
    const up = Math.SQRT1_2;
    expect(rayBoxEntry(b, 0, 0, 1, 0, up, up, 0, 10, 0)).toBe(Infinity); // at x = 2 it is 3 m up
  });
  it('a segment starting inside the grown box does not count as blocked by it', () => {
    expect(rayBoxEntry(b, 0, 1.8, 1, 0, -1, 0, 0, 10, 0.3)).toBe(Infinity);
  });
  it('freeBoomLength takes the nearest of several boxes, capped at the boom length', () => {
    const two = new Float64Array([...box(5, 0, -1, 6, 2, 1), ...box(2, 0, -1, 3, 2, 1)]);
    expect(freeBoomLength(two, 0, 1, 0, 1, 0, 0, 10, 0)).toBeCloseTo(2);
    expect(freeBoomLength(two, 0, 1, 0, -1, 0, 0, 4, 0)).toBe(4);
  });
});

describe('the follow camera boom on the default layout', () => {
  const layout = layoutWorld(CATALOGUE);
  const boxes = obstacleBoxes(layout.colliders);
  const world = createCollisionWorld(layout);
  const pose: BoomPose = { pitch: 0, length: 0 };
  const FULL = 7.5;
  const PITCH = 0.42;
  const MAX_PITCH = 1.1;
  const PIVOT_Y = 1.4;

  /** Camera point for a pose: behind the pivot along yaw (0 = north/-z). */
  const cameraAt = (x: number, z: number, yaw: number, p: BoomPose) => {
    const c = Math.cos(p.pitch);
    return { x: x - Math.sin(yaw) * c * p.length, y: PIVOT_Y + Math.sin(p.pitch) * p.length, z: z + Math.cos(yaw) * c * p.length };
  };
  const insideAny = (p: { x: number; y: number; z: number }, margin: number): boolean => {
    for (let k = 0; k < boxes.length; k += BOX3) {
      if (p.x > boxes[k]! - margin && p.x < boxes[k + 3]! + margin && p.y > boxes[k + 1]! - margin && p.y < boxes[k + 4]! + margin && p.z > boxes[k + 2]! - margin && p.z < boxes[k + 5]! + margin) return true;
    }
    return false;
  };

  it('facing a booth across a 4 m aisle, the camera stays this side of the booth behind, tilted up', () => {
    const b = layout.booths.find((x) => x.kind === 'programme')!;
    const tp = layout.teleports.find((t) => t.id === `booth:${b.id}`)!;
    const { x, z } = tp.position;
    const back = { x: -Math.sin(tp.heading), z: Math.cos(tp.heading) };
    // At the default pitch the opposite row is in the way…
    expect(freeBoomLength(boxes, x, PIVOT_Y, z, back.x * Math.cos(PITCH), Math.sin(PITCH), back.z * Math.cos(PITCH), FULL)).toBeLessThan(FULL);
    boomPose(pose, boxes, x, PIVOT_Y, z, tp.heading, PITCH, FULL, MAX_PITCH);
    expect(pose.pitch).toBeGreaterThan(PITCH);
    expect(pose.pitch).toBeLessThanOrEqual(MAX_PITCH);
    const cam = cameraAt(x, z, tp.heading, pose);
    expect(insideAny(cam, 0)).toBe(false);
    // …and the camera ends short of that row's floor outline (4 m aisle − 1.6 m to the interact point).
    const flat = Math.hypot(cam.x - x, cam.z - z);
    expect(flat).toBeLessThanOrEqual(2.4 - BOOM_MARGIN + 1e-9);
    expect(pose.length).toBeGreaterThan(3);
  });

  it('never puts the camera inside a booth or wall, and never behind one, from any free spot and yaw', () => {
    let rnd = 12345;
    const next = () => ((rnd = (rnd * 1103515245 + 12345) % 2147483648) / 2147483648);
    const b = layout.bounds;
    let checked = 0;
    let blocked = 0;
    while (checked < 1500) {
      const x = b.minX + next() * (b.maxX - b.minX);
      const z = b.minZ + next() * (b.maxZ - b.minZ);
      if (!isClear(world, { x, z })) continue;
      const yaw = next() * Math.PI * 2;
      const pitch = 0.12 + next() * 1.0;
      boomPose(pose, boxes, x, PIVOT_Y, z, yaw, pitch, FULL, MAX_PITCH);
      checked++;
      if (pose.length < FULL) blocked++;
      expect(pose.length).toBeGreaterThanOrEqual(0);
      expect(pose.length).toBeLessThanOrEqual(FULL);
      const cam = cameraAt(x, z, yaw, pose);
      expect(insideAny(cam, BOOM_MARGIN - 1e-6)).toBe(false);
      // Nothing between the avatar's shoulders and the camera.
      const c = Math.cos(pose.pitch);
      const d = freeBoomLength(boxes, x, PIVOT_Y, z, -Math.sin(yaw) * c, Math.sin(pose.pitch), Math.cos(yaw) * c, pose.length, 0);
      expect(d).toBeCloseTo(pose.length, 9);
    }
    // The sample does reach blocked booms (aisles, walls), not only open ground.
    expect(blocked).toBeGreaterThan(20);
  });
});
