import { describe, expect, it } from 'vitest';
import { createCollisionWorld } from '../../shared/world/collision.ts';
import { STEP_DT, WALK_SPEED, type MoveInput } from '../../shared/world/movement.ts';
import { FixedStepController, TRAIL_STEPS } from '../../client/world/sim/controller.ts';
import { arena } from '../helpers/worldFixtures.ts';

/**
 * The client's fixed-step runner of the shared `step`: frame time in, whole 20 Hz steps out, one
 * sequenced input per step, and the replay of unacknowledged inputs that reconciliation rests on.
 */

// A 20 m arena with one box north-east of the spawn, so walks can be blocked and paths bend.
const world = createCollisionWorld(arena(20, [{ minX: 3, minZ: -6, maxX: 5, maxZ: -2 }]));
const spawn = { position: { x: 0, z: 0 }, heading: 0 };
const east = (seq: number): MoveInput => ({ seq, kind: 'dir', dx: 1, dz: 0, run: false });
const still = (seq: number): MoveInput => ({ seq, kind: 'dir', dx: 0, dz: 0, run: false });
/** n steps, one frame each (a frame longer than 0.25 s would be cut short). */
function steps(c: FixedStepController, n: number, sample: (seq: number) => MoveInput | null): void {
  for (let i = 0; i < n; i++) c.advance(STEP_DT, sample);
}

describe('FixedStepController.advance', () => {
  it('turns frame time into whole fixed steps and interpolates the rest', () => {
    const c = new FixedStepController(world, spawn);
    const seqs: number[] = [];
    expect(c.advance(STEP_DT * 2.5, (seq) => (seqs.push(seq), east(seq)))).toBe(2);
    expect(seqs).toEqual([1, 2]);
    expect(c.state.position.x).toBeCloseTo(2 * WALK_SPEED * STEP_DT, 9);
    expect(c.prev.x).toBeCloseTo(WALK_SPEED * STEP_DT, 9);
    expect(c.alpha()).toBeCloseTo(0.5, 9);
    // The leftover half step completes with a later frame.
    expect(c.advance(STEP_DT * 0.4, east)).toBe(0);
    expect(c.advance(STEP_DT * 0.2, east)).toBe(1);
  });

  it('does not catch up a long stall step by step (a hidden tab, a debugger)', () => {
    const c = new FixedStepController(world, spawn);
    expect(c.advance(5, east)).toBe(Math.round(0.25 / STEP_DT));
  });

  it('keeps inputs for reconciliation only while tracking, and hands each to onInput', () => {
    const c = new FixedStepController(world, spawn);
    const sent: number[] = [];
    c.onInput = (i) => sent.push(i.seq);
    c.advance(STEP_DT * 3, east);
    expect(c.pending).toHaveLength(0);
    c.tracking = true;
    c.advance(STEP_DT * 3, east);
    expect(c.pending.map((i) => i.seq)).toEqual([4, 5, 6]);
    expect(sent).toEqual([1, 2, 3, 4, 5, 6]);
    c.acknowledge(5);
    expect(c.pending.map((i) => i.seq)).toEqual([6]);
  });

  it('a step without input uses no sequence number', () => {
    const c = new FixedStepController(world, spawn);
    c.advance(STEP_DT * 2, () => null);
    const seqs: number[] = [];
    c.advance(STEP_DT, (seq) => (seqs.push(seq), east(seq)));
    expect(seqs).toEqual([1]);
  });

  it('keeps at most 60 unacknowledged inputs (3 s at 20 Hz)', () => {
    const c = new FixedStepController(world, spawn);
    c.tracking = true;
    for (let i = 0; i < 80; i++) c.advance(STEP_DT, i % 2 ? east : still);
    expect(c.pending).toHaveLength(60);
    expect(c.pending[0]!.seq).toBe(21);
  });
});

describe('FixedStepController.replay', () => {
  it('replaying the unacknowledged inputs on an acknowledged state gives the prediction again', () => {
    const c = new FixedStepController(world, spawn);
    c.tracking = true;
    c.advance(STEP_DT * 4, east);
    const acked = c.state; // as the server would report it after seq 4
    c.acknowledge(4);
    // North-east, into the box: collisions must replay the same way.
    steps(c, 30, (seq) => ({ seq, kind: 'dir', dx: 1, dz: -1, run: true }));
    const replayed = c.replay(acked);
    expect(replayed.position.x).toBeCloseTo(c.state.position.x, 12);
    expect(replayed.position.z).toBeCloseTo(c.state.position.z, 12);
    expect(replayed.lastSeq).toBe(c.state.lastSeq);
  });

  it('replays the idle steps after a walk-to, so the path is walked as far as predicted', () => {
    const c = new FixedStepController(world, spawn);
    c.tracking = true;
    const from = c.state;
    let clicked = false;
    // One click north past the box, then steps without input while the path is followed.
    steps(c, 25, (seq) => (clicked ? null : ((clicked = true), { seq, kind: 'walkTo', target: { x: 6, z: -8 }, run: false })));
    expect(c.walking()).toBe(true);
    expect(c.nullSteps).toEqual([24]);
    const replayed = c.replay(from);
    expect(replayed.position.x).toBeCloseTo(c.state.position.x, 12);
    expect(replayed.position.z).toBeCloseTo(c.state.position.z, 12);
  });

  it('an ack drops what the server applied, and a replay from its state re-applies the rest', () => {
    const c = new FixedStepController(world, spawn);
    c.tracking = true;
    steps(c, 6, east);
    // The server applied seq 1–3 but stood still for them (it thought the visitor was elsewhere).
    const server = { position: { x: -4, z: 1 }, heading: 0, path: null, pathIndex: 0, lastSeq: 3 };
    c.acknowledge(server.lastSeq);
    expect(c.pending.map((i) => i.seq)).toEqual([4, 5, 6]);
    const replayed = c.replay(server);
    expect(replayed.position.x).toBeCloseTo(-4 + 3 * WALK_SPEED * STEP_DT, 9);
    expect(replayed.position.z).toBeCloseTo(1, 9);
  });
});

describe('FixedStepController: jumps and corrections', () => {
  it('place (a teleport) drops pending inputs, the trail and any blend, and keeps the sequence', () => {
    const c = new FixedStepController(world, spawn);
    c.tracking = true;
    c.advance(STEP_DT * 3, east);
    c.place({ x: -10, z: 10 }, Math.PI);
    expect(c.pending).toHaveLength(0);
    expect(c.state.lastSeq).toBe(3);
    expect(c.state.position).toEqual({ x: -10, z: 10 });
    expect(c.prev).toEqual({ x: -10, z: 10, heading: Math.PI });
    expect(c.trailCount).toBe(1);
  });

  it('a smooth correction moves the state but not what is drawn, then blends out', () => {
    const c = new FixedStepController(world, spawn);
    c.advance(STEP_DT * 1.5, east);
    const drawn = () => c.prev.x + (c.state.position.x - c.prev.x) * c.alpha() + c.offset.x;
    const before = drawn();
    c.correct({ ...c.state, position: { x: c.state.position.x + 0.5, z: c.state.position.z } }, true);
    expect(drawn()).toBeCloseTo(before, 9);
    for (let i = 0; i < 60; i++) c.advance(1 / 60, () => null);
    expect(c.offset.x).toBe(0);
    expect(drawn()).toBeCloseTo(c.state.position.x, 9);
  });

  it('a snapping correction jumps at once', () => {
    const c = new FixedStepController(world, spawn);
    c.correct({ ...c.state, position: { x: 8, z: 8 } }, false);
    expect(c.offset).toEqual({ x: 0, z: 0 });
    expect(c.prev.x).toBe(8);
  });

  it('keeps a bounded trail of recent positions, newest last', () => {
    const c = new FixedStepController(world, spawn);
    steps(c, TRAIL_STEPS + 10, east);
    expect(c.trailCount).toBe(TRAIL_STEPS);
    const newest = ((c.trailHead - 1 + TRAIL_STEPS) % TRAIL_STEPS) * 2;
    expect(c.trail[newest]).toBeCloseTo(c.state.position.x, 12);
  });
});
