import { describe, expect, it } from 'vitest';
import { clampToWalkable, createCollisionWorld, isClear } from '../../shared/world/collision.ts';
import {
  createPlayerState, MAX_DT, PLAYER_RADIUS, RUN_SPEED, STEP_DT, step, TICK_HZ, WALK_SPEED,
} from '../../shared/world/movement.ts';
import type { MoveInput, PlayerState } from '../../shared/world/movement.ts';
import type { Rect, Vec2 } from '../../shared/world/types.ts';
import { arena } from '../helpers/worldFixtures.ts';

const open = createCollisionWorld(arena(30));
const at = (x: number, z: number): PlayerState => ({ ...createPlayerState({ position: { x, z }, heading: 0 }) });
let seq = 0;
const dir = (dx: number, dz: number, run = false): MoveInput => ({ seq: ++seq, kind: 'dir', dx, dz, run });
const walkTo = (target: Vec2, run = false): MoveInput => ({ seq: ++seq, kind: 'walkTo', target, run });

function hold(state: PlayerState, input: () => MoveInput | null, ticks: number, world = open): PlayerState {
  let s = state;
  for (let i = 0; i < ticks; i++) s = step(s, input(), world);
  return s;
}

const dist = (a: Vec2, b: Vec2): number => Math.hypot(a.x - b.x, a.z - b.z);

describe('step: walking and running', () => {
  it('holding a direction for one second of steps moves at walk speed, and faster with run', () => {
    const walked = hold(at(0, 0), () => dir(1, 0), TICK_HZ);
    expect(walked.position.x).toBeCloseTo(WALK_SPEED, 6);
    expect(walked.position.z).toBeCloseTo(0, 9);
    const ran = hold(at(0, 0), () => dir(0, -1, true), TICK_HZ);
    expect(ran.position.z).toBeCloseTo(-RUN_SPEED, 6);
    expect(RUN_SPEED).toBeGreaterThan(WALK_SPEED);
  });

  it('faces the way it moves (heading 0 = north, clockwise)', () => {
    expect(step(at(0, 0), dir(0, -1), open).heading).toBeCloseTo(0, 9);
    expect(step(at(0, 0), dir(1, 0), open).heading).toBeCloseTo(Math.PI / 2, 9);
  });

  it('clamps a longer-than-unit direction, so diagonals are not faster', () => {
    const s = hold(at(0, 0), () => dir(5, 5), TICK_HZ);
    expect(dist(s.position, { x: 0, z: 0 })).toBeCloseTo(WALK_SPEED, 6);
    const half = hold(at(0, 0), () => dir(0.5, 0), TICK_HZ); // a half-pushed joystick
    expect(half.position.x).toBeCloseTo(WALK_SPEED / 2, 6);
  });

  it('records the last applied input sequence', () => {
    const input = dir(1, 0);
    expect(step(at(0, 0), input, open).lastSeq).toBe(input.seq);
    expect(step(step(at(0, 0), input, open), null, open).lastSeq).toBe(input.seq);
  });
});

describe('step: collisions', () => {
  const wall: Rect = { minX: 5, minZ: -20, maxX: 6, maxZ: 20 };
  const walled = createCollisionWorld(arena(30, [wall]));

  it('a wall stops the player at his radius from it', () => {
    const s = hold(at(0, 0), () => dir(1, 0, true), 3 * TICK_HZ, walled);
    expect(s.position.x).toBeLessThanOrEqual(wall.minX - PLAYER_RADIUS + 1e-6);
    expect(s.position.x).toBeGreaterThan(wall.minX - PLAYER_RADIUS - 0.01);
  });

  it('slides along the wall when walking into it diagonally', () => {
    const s0 = hold(at(0, 0), () => dir(1, 0), 3 * TICK_HZ, walled); // now against the wall
    const s1 = hold(s0, () => dir(1, 1), TICK_HZ, walled);
    expect(s1.position.x).toBeCloseTo(s0.position.x, 6);
    // The along-wall component of the walk survives: ~WALK_SPEED / √2 per second.
    expect(s1.position.z - s0.position.z).toBeCloseTo(WALK_SPEED / Math.SQRT2, 1);
  });

  it('cannot leave the bounds', () => {
    const world = createCollisionWorld({ ...arena(10), colliders: [] }); // even with no walls at all
    const s = hold(at(0, 0), () => dir(-1, -1, true), 10 * TICK_HZ, world);
    expect(s.position.x).toBeGreaterThanOrEqual(-10 + PLAYER_RADIUS - 1e-9);
    expect(s.position.z).toBeGreaterThanOrEqual(-10 + PLAYER_RADIUS - 1e-9);
  });

  it('does not tunnel through a thin collider at run speed, even with a long dt', () => {
    const thin: Rect = { minX: 3, minZ: -20, maxX: 3.02, maxZ: 20 };
    const world = createCollisionWorld(arena(30, [thin]));
    for (const dt of [STEP_DT, MAX_DT, 10]) {
      let s = at(0, 0);
      for (let i = 0; i < 60; i++) {
        s = step(s, dir(1, 0.1, true), world, dt);
        expect(s.position.x).toBeLessThan(thin.minX);
      }
    }
  });

  it('a walk-to that starts pressed against the wall still arrives', () => {
    const target = { x: 8, z: 3 }; // beyond the wall: around its end
    let s = hold(at(0, 0), () => dir(1, 0), 3 * TICK_HZ, walled);
    s = step(s, walkTo(target, true), walled);
    for (let i = 0; i < 2000 && s.path; i++) s = step(s, null, walled);
    expect(dist(s.position, target)).toBeLessThan(1e-6);
  });

  it('pushes a player who starts inside a box out of it', () => {
    const world = createCollisionWorld(arena(30, [{ minX: -1, minZ: -1, maxX: 1, maxZ: 1 }]));
    const s = step(at(0.2, 0), dir(0, 0), world);
    expect(isClear(world, s.position)).toBe(true);
  });
});

describe('step: walk-to', () => {
  const box: Rect = { minX: -2, minZ: -8, maxX: 2, maxZ: 8 };
  const world = createCollisionWorld(arena(30, [box]));
  const target = { x: 6, z: 0 };

  it('walks around an obstacle to the target over several steps and stops there', () => {
    let s = step(at(-6, 0), walkTo(target), world);
    expect(s.path).not.toBeNull();
    let ticks = 1;
    while (s.path && ticks < 1000) {
      s = step(s, null, world);
      expect(isClear(world, s.position)).toBe(true);
      ticks += 1;
    }
    expect(dist(s.position, target)).toBeLessThan(1e-6);
    // It walked at walk speed over a detour longer than the straight 12 m.
    expect(ticks * STEP_DT * WALK_SPEED).toBeGreaterThan(12);
    expect(ticks).toBeLessThan(300);
    const still = step(s, null, world);
    expect(still.position).toEqual(s.position);
  });

  it('runs a walk-to when asked to', () => {
    const countTicks = (run: boolean): number => {
      let s = step(at(-6, 0), walkTo(target, run), world);
      let n = 1;
      while (s.path && n < 1000) {
        s = step(s, null, world);
        n += 1;
      }
      return n;
    };
    expect(countTicks(true)).toBeLessThan(countTicks(false) * 0.6);
  });

  it('a new direction input cancels the walk-to; an idle (zero) direction does not', () => {
    let s = step(at(-6, 0), walkTo(target), world);
    s = hold(s, () => dir(0, 0), 5, world);
    expect(s.path).not.toBeNull();
    const before = s.position;
    s = step(s, dir(-1, 0), world);
    expect(s.path).toBeNull();
    expect(s.position.x).toBeLessThan(before.x);
    const after = hold(s, () => null, 10, world);
    expect(after.position).toEqual(s.position);
  });

  it('an unreachable walk-to leaves the player where he is', () => {
    const room = createCollisionWorld(arena(30, [
      { minX: 10, minZ: 10, maxX: 20, maxZ: 10.5 }, { minX: 10, minZ: 19.5, maxX: 20, maxZ: 20 },
      { minX: 10, minZ: 10, maxX: 10.5, maxZ: 20 }, { minX: 19.5, minZ: 10, maxX: 20, maxZ: 20 },
    ]));
    const s = step(at(0, 0), walkTo({ x: 15, z: 15 }), room);
    expect(s.path).toBeNull();
    expect(s.position).toEqual({ x: 0, z: 0 });
  });
});

describe('step: hostile input and purity', () => {
  const bad: MoveInput[] = [
    { seq: 1, kind: 'dir', dx: Number.NaN, dz: 0, run: false },
    { seq: 1, kind: 'dir', dx: 0, dz: Number.POSITIVE_INFINITY, run: true },
    { seq: Number.NaN, kind: 'dir', dx: 1, dz: 0, run: false },
    { seq: 1, kind: 'walkTo', target: { x: Number.NaN, z: 3 }, run: false },
    { seq: 1, kind: 'walkTo', target: { x: 1, z: Number.NEGATIVE_INFINITY }, run: false },
    { seq: 1, kind: 'dir', dx: 1, dz: 0, run: 'yes' } as unknown as MoveInput,
    { seq: 1, kind: 'fly', dx: 1, dz: 0, run: false } as unknown as MoveInput,
  ];

  it.each(bad)('ignores %j: state unchanged, no NaN', (input) => {
    const s = at(1, 2);
    const next = step(s, input, open);
    expect(next).toEqual(s);
    expect(Number.isFinite(next.position.x) && Number.isFinite(next.position.z) && Number.isFinite(next.heading)).toBe(true);
  });

  it('ignores a non-finite or non-positive dt', () => {
    for (const dt of [Number.NaN, Number.POSITIVE_INFINITY, -1, 0]) expect(step(at(1, 2), dir(1, 0), open, dt)).toEqual(at(1, 2));
  });

  it('recovers a corrupted position to the spawn instead of propagating NaN', () => {
    const s = step({ ...at(0, 0), position: { x: Number.NaN, z: 0 } }, dir(1, 0), open);
    expect(Number.isFinite(s.position.x)).toBe(true);
  });

  it('does not mutate its inputs', () => {
    const deepFreeze = <T>(o: T): T => {
      if (o && typeof o === 'object') {
        Object.values(o).forEach(deepFreeze);
        Object.freeze(o);
      }
      return o;
    };
    const state = deepFreeze(step(at(-6, 0), walkTo({ x: 6, z: 0 }), open));
    const snapshot = structuredClone(state);
    const input = deepFreeze(dir(0.3, 0.7, true));
    step(state, input, open);
    step(state, null, open);
    step(state, deepFreeze(walkTo({ x: 3, z: 3 })), open);
    expect(state).toEqual(snapshot);
  });
});

describe('clampToWalkable', () => {
  const box: Rect = { minX: -2, minZ: -2, maxX: 2, maxZ: 2 };
  const world = createCollisionWorld(arena(20, [box]));

  it('keeps a position a player could stand at', () => {
    expect(clampToWalkable(world, { x: 5, z: 5 })).toEqual({ x: 5, z: 5 });
    const againstBox = { x: 2 + PLAYER_RADIUS, z: 0 };
    expect(clampToWalkable(world, againstBox)).toEqual(againstBox);
  });

  it('moves a position inside a box or outside the world to walkable ground nearby', () => {
    for (const p of [{ x: 1.5, z: 0.2 }, { x: 100, z: 3 }, { x: -19.9, z: -19.9 }]) {
      const q = clampToWalkable(world, p);
      expect(isClear(world, q)).toBe(true);
    }
    const q = clampToWalkable(world, { x: 1.5, z: 0.2 });
    expect(dist(q, { x: 1.5, z: 0.2 })).toBeLessThan(2);
  });

  it('sends a non-finite position to the spawn', () => {
    expect(clampToWalkable(world, { x: Number.NaN, z: 1 })).toEqual({ x: 0, z: 0 });
  });
});
