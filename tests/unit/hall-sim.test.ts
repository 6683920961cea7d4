import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { AVATAR_FLAG } from '../../shared/net/frame.ts';
import { layoutWorld, WALK_SPEED, STEP_DT } from '../../shared/world/index.ts';
import { INPUT_QUEUE_MAX, MOVE_LIMIT } from '../../server/hall/config.ts';
import { HallSim } from '../../server/hall/sim.ts';
import { SlotPool } from '../../server/hall/slots.ts';
import { isOverflowing, shardName } from '../../server/hall/shards.ts';

const layout = layoutWorld(CATALOGUE);
const dir = (seq: number, dx = 1, dz = 0) => ({ seq, kind: 'dir' as const, dx, dz, run: false });

describe('HallSim', () => {
  it('applies one queued input per tick with the shared step', () => {
    const sim = new HallSim(layout, 4);
    sim.add(0);
    const x0 = sim.state(0)!.position.x;
    sim.enqueue(0, dir(1), 0);
    sim.stepAll();
    expect(sim.state(0)!.position.x).toBeCloseTo(x0 + WALK_SPEED * STEP_DT, 6);
    expect(sim.state(0)!.lastSeq).toBe(1);
    sim.stepAll(); // no input: stands
    expect(sim.state(0)!.position.x).toBeCloseTo(x0 + WALK_SPEED * STEP_DT, 6);
  });

  it('drains a backlog with extra steps (never more than 3 a tick), each input one fixed step', () => {
    const sim = new HallSim(layout, 4);
    sim.add(0);
    const x0 = sim.state(0)!.position.x;
    for (let s = 1; s <= 4; s++) sim.enqueue(0, dir(s), 0);
    sim.stepAll();
    expect(sim.state(0)!.lastSeq).toBe(3);
    sim.stepAll();
    expect(sim.state(0)!.lastSeq).toBe(4);
    expect(sim.state(0)!.position.x).toBeCloseTo(x0 + 4 * WALK_SPEED * STEP_DT, 6);
  });

  it('rate-limits inputs and caps the queue at the newest few', () => {
    const sim = new HallSim(layout, 4);
    sim.add(0);
    const results = Array.from({ length: 30 }, (_, i) => sim.enqueue(0, dir(i + 1), 1000));
    expect(results.filter((r) => r === 'queued')).toHaveLength(MOVE_LIMIT.capacity);
    expect(sim.droppedInputs).toBe(MOVE_LIMIT.capacity - INPUT_QUEUE_MAX);
    // A second later the bucket has refilled.
    expect(sim.enqueue(0, dir(99), 2000)).toBe('queued');
  });

  it('teleports to named points only, flags the jump and clears queued inputs', () => {
    const sim = new HallSim(layout, 4);
    sim.add(0);
    const point = layout.teleports.find((t) => t.kind === 'booth')!;
    expect(sim.teleport(0, 'booth:nope', 0)).toEqual({ ok: false, reason: 'unknownPoint' });
    sim.enqueue(0, dir(1), 0);
    expect(sim.teleport(0, point.id, 0)).toEqual({ ok: true });
    sim.stepAll();
    expect(sim.state(0)!.position).toEqual(point.position);
    expect(sim.table.flags[0]! & AVATAR_FLAG.teleported).toBe(AVATAR_FLAG.teleported);
    expect(sim.table.flags[0]! & AVATAR_FLAG.atBooth).toBe(AVATAR_FLAG.atBooth);
    expect(sim.changedTick[0]).toBe(sim.tick);
  });

  it('clamps a resume position into walkable space and counts booth occupancy', () => {
    const sim = new HallSim(layout, 4);
    sim.add(0, { x: 1e4, z: 1e4 });
    const p = sim.state(0)!.position;
    expect(p.x).toBeLessThanOrEqual(layout.bounds.maxX);
    expect(p.z).toBeLessThanOrEqual(layout.bounds.maxZ);
    const booth = layout.booths[2]!;
    sim.add(1, booth.interactPoint);
    sim.add(2, booth.interactPoint);
    const counts = sim.boothCounts(new Uint16Array(layout.booths.length));
    expect(counts[2]).toBe(2);
    sim.remove(1);
    expect(sim.boothCounts(counts)[2]).toBe(1);
  });
});

describe('SlotPool and shard rules', () => {
  it('hands out the lowest free slot and reuses released ones', () => {
    const pool = new SlotPool(3);
    expect([pool.take(), pool.take(), pool.take(), pool.take()]).toEqual([0, 1, 2, -1]);
    expect(pool.release(1)).toBe(true);
    expect(pool.release(1)).toBe(false);
    expect(pool.take()).toBe(1);
    expect(() => new SlotPool(5000)).toThrow(RangeError);
  });

  it('overflows strictly above 80% and names shards in Korean', () => {
    expect(isOverflowing(800, 1000)).toBe(false);
    expect(isOverflowing(801, 1000)).toBe(true);
    expect(isOverflowing(9, 10)).toBe(true);
    expect(shardName(2)).toBe('2관');
  });
});
