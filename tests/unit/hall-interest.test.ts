import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { layoutWorld } from '../../shared/world/index.ts';
import { INTEREST_MAX } from '../../server/hall/config.ts';
import { createViewer, InterestBuilder } from '../../server/hall/interest.ts';
import { HallSim } from '../../server/hall/sim.ts';
import { decodeView } from '../../shared/net/view.ts';

const layout = layoutWorld(CATALOGUE);
const spawn = layout.spawn.position;

function crowd(n: number): HallSim {
  const sim = new HallSim(layout, n);
  for (let i = 0; i < n; i++) sim.add(i, { x: spawn.x + (i % 10) * 0.8, z: spawn.z + Math.floor(i / 10) * 0.8 });
  return sim;
}

function read(bytes: Uint8Array | null): { slots: number[]; gone: number[]; ack: number } {
  const slots: number[] = [];
  const gone: number[] = [];
  const r = decodeView(bytes, (s) => slots.push(s), (s) => gone.push(s));
  if (!r.ok) throw new Error(r.error);
  return { slots, gone, ack: r.ack };
}

describe('per-visitor interest', () => {
  it('first sends the visitor itself and its nearest up to the cap, then nothing while all stand still', () => {
    const sim = crowd(60);
    const b = new InterestBuilder(sim);
    const v = createViewer();
    sim.stepAll();
    const first = read(b.build(v, 0, 0));
    expect(first.slots[0]).toBe(0);
    expect(first.slots).toHaveLength(INTEREST_MAX + 1);
    sim.stepAll();
    expect(b.build(v, 0, 0)).toBeNull();
    // A new ack alone is worth a (header-only) message.
    expect(read(b.build(v, 0, 5))).toEqual({ slots: [], gone: [], ack: 5 });
  });

  it('never sends avatars beyond 20 m, and says when one leaves', () => {
    const sim = new HallSim(layout, 3);
    sim.add(0, spawn);
    sim.add(1, { x: spawn.x + 3, z: spawn.z });
    const b = new InterestBuilder(sim);
    const v = createViewer();
    sim.stepAll();
    expect(read(b.build(v, 0, 0)).slots.sort()).toEqual([0, 1]);
    const far = layout.teleports.find((t) => Math.hypot(t.position.x - spawn.x, t.position.z - spawn.z) > 25)!;
    sim.teleport(1, far.id, 0);
    sim.stepAll();
    expect(read(b.build(v, 0, 0))).toEqual({ slots: [], gone: [1], ack: 0 });
  });

  it('sends the nearest 12 every tick, the next ranks at lower rates, and turns at once', () => {
    const sim = crowd(40);
    const b = new InterestBuilder(sim);
    const v = createViewer();
    sim.stepAll();
    b.build(v, 0, 0);
    const perSlot = new Map<number, number>();
    let seq = 0;
    for (let t = 0; t < 8; t++) {
      // Everyone drifts east at the same heading: only position changes.
      for (let i = 1; i < 40; i++) sim.enqueue(i, { seq: ++seq, kind: 'dir', dx: 1, dz: 0, run: false }, t * 50);
      sim.stepAll();
      for (const s of read(b.build(v, 0, 0)).slots) perSlot.set(s, (perSlot.get(s) ?? 0) + 1);
    }
    const counts = [...perSlot.values()].sort((x, y) => y - x);
    // First tick of movement is a start (flags change): all get it; then 12 every tick, 12 every 2nd, 8 every 4th.
    expect(counts.filter((c) => c === 8)).toHaveLength(12);
    expect(counts.filter((c) => c >= 4 && c <= 5)).toHaveLength(12);
    expect(counts.filter((c) => c >= 2 && c <= 3)).toHaveLength(8);
  });
});
