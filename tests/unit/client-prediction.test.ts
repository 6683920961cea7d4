import { describe, expect, it } from 'vitest';
import { dequantizeHeading8, dequantizePos, quantizeHeading8, quantizePos } from '../../shared/net/quantize.ts';
import { createCollisionWorld } from '../../shared/world/collision.ts';
import { createPlayerState, STEP_DT, step, type MoveInput, type PlayerState } from '../../shared/world/movement.ts';
import type { Vec2 } from '../../shared/world/types.ts';
import { Prediction } from '../../client/world/sim/prediction.ts';
import { FixedStepController } from '../../client/world/sim/controller.ts';
import { arena } from '../helpers/worldFixtures.ts';

/**
 * Prediction and reconciliation of the local visitor against a simulated server: the same shared
 * `step` at 20 Hz, inputs and view messages delayed by a round trip, own poses quantized as on the
 * wire, sent only when they change. A visitor whose server agrees must never be corrected (the avatar would shimmer); one whose
 * server disagrees must end where the server says.
 */

const layout = arena(40, [{ minX: 6, minZ: -12, maxX: 9, maxZ: -4 }]);
const world = createCollisionWorld(layout);
const { bounds } = layout;
const TICK_MS = STEP_DT * 1000;

const east = (seq: number): MoveInput => ({ seq, kind: 'dir', dx: 1, dz: 0, run: false });
const release = (seq: number): MoveInput => ({ seq, kind: 'dir', dx: 0, dz: 0, run: false });

/** One client and one server, `latency` ticks apart each way. */
class Link {
  readonly ctrl = new FixedStepController(world, layout.spawn);
  readonly prediction = new Prediction(this.ctrl, bounds);
  server: PlayerState = createPlayerState(layout.spawn);
  now = 0;
  /** Inputs the server ignores (a rate limit, a lost packet): acknowledged, not applied. */
  readonly dropped = new Set<number>();
  private tickNo = 0;
  private lastSent = '';
  private readonly toServer: { input: MoveInput; at: number }[] = [];
  private readonly toClient: { ack: number; own: { x: number; z: number; heading: number }; at: number }[] = [];
  private readonly latency: number;

  constructor(latency: number) {
    this.latency = latency;
    this.ctrl.tracking = true;
    this.ctrl.onInput = (input) => this.toServer.push({ input, at: this.tickNo + latency });
  }

  /** One 20 Hz tick: the client steps (producing at most one input), the server steps, views travel. */
  tick(sample: (seq: number) => MoveInput | null): void {
    this.tickNo++;
    this.now += TICK_MS;
    this.ctrl.advance(STEP_DT, sample);
    const arrived = this.toServer[0]?.at === this.tickNo ? this.toServer.shift()!.input : null;
    if (arrived && this.dropped.has(arrived.seq)) this.server = { ...this.server, lastSeq: arrived.seq };
    else this.server = step(this.server, arrived, world);
    const p = this.server.position;
    // The server sends a view only when something in it changed (docs/protocol.md).
    const sig = `${this.server.lastSeq} ${p.x} ${p.z} ${this.server.heading}`;
    if (sig !== this.lastSent) this.toClient.push({
      ack: this.server.lastSeq,
      own: {
        x: dequantizePos(quantizePos(p.x, bounds.minX, bounds.maxX), bounds.minX, bounds.maxX),
        z: dequantizePos(quantizePos(p.z, bounds.minZ, bounds.maxZ), bounds.minZ, bounds.maxZ),
        heading: dequantizeHeading8(quantizeHeading8(this.server.heading)),
      },
      at: this.tickNo + this.latency,
    });
    this.lastSent = sig;
    while (this.toClient[0] && this.toClient[0].at <= this.tickNo) {
      const v = this.toClient.shift()!;
      this.prediction.onView(v.ack, v.own, this.now);
    }
    this.prediction.tick(this.now);
  }

  run(n: number, sample: (seq: number) => MoveInput | null): void {
    for (let i = 0; i < n; i++) this.tick(sample);
  }

  /** Key held for `n` ticks, then released (one zero input, then nothing), then `idle` quiet ticks. */
  walk(n: number, idle: number): void {
    this.run(n, east);
    this.run(1, release);
    this.run(idle, () => null);
  }

  gap(): number {
    return Math.hypot(this.ctrl.state.position.x - this.server.position.x, this.ctrl.state.position.z - this.server.position.z);
  }
}

const clickOnce = (target: Vec2) => {
  let done = false;
  return (seq: number): MoveInput | null => (done ? null : ((done = true), { seq, kind: 'walkTo', target, run: false }));
};

describe('prediction agrees with its server', () => {
  it('a steady walk with a 150 ms round trip each way makes no correction', () => {
    const link = new Link(3);
    link.walk(40, 20);
    expect(link.prediction.corrections).toBe(0);
    expect(link.gap()).toBeLessThanOrEqual(link.prediction.tolerance);
    expect(link.ctrl.pending).toHaveLength(0);
  });

  it('a click-to-walk around a box, with the server a round trip behind on the path, makes none', () => {
    const link = new Link(3);
    link.run(140, clickOnce({ x: 12, z: -8 }));
    expect(link.ctrl.walking()).toBe(false);
    expect(link.prediction.corrections).toBe(0);
    expect(link.gap()).toBeLessThanOrEqual(link.prediction.tolerance);
  });
});

describe('prediction is corrected when its server disagrees', () => {
  it('inputs the server did not apply: replays the rest on its pose and blends the difference out', () => {
    const link = new Link(2);
    for (let seq = 10; seq <= 13; seq++) link.dropped.add(seq);
    link.walk(30, 20);
    expect(link.prediction.corrections).toBeGreaterThanOrEqual(1);
    // Four steps of walking (0.6 m) lost: small, so blended (the offset), not snapped.
    expect(link.prediction.lastError).toBeGreaterThan(0.1);
    expect(link.prediction.lastError).toBeLessThan(3);
    expect(link.gap()).toBeLessThanOrEqual(link.prediction.tolerance);
  });

  it('a server pose far from the prediction snaps to it', () => {
    const link = new Link(1);
    link.walk(5, 3);
    link.server = { ...link.server, position: { x: -20, z: 20 } }; // moved by the server (not by us)
    link.run(3, () => null);
    expect(link.prediction.corrections).toBe(1);
    expect(link.ctrl.offset).toEqual({ x: 0, z: 0 });
    expect(link.gap()).toBeLessThanOrEqual(link.prediction.tolerance);
  });

  it('a server pose at rest on the way the prediction went is adopted after 600 ms, not before', () => {
    const link = new Link(1);
    link.walk(10, 2);
    // The server stopped a metre short of where the prediction rests (on its trail).
    link.server = { ...link.server, position: { x: link.ctrl.state.position.x - 1, z: link.ctrl.state.position.z } };
    link.run(2, () => null); // the pose arrives; the prediction waits
    expect(link.prediction.corrections).toBe(0);
    link.run(10, () => null); // 500 ms later: still waiting
    expect(link.prediction.corrections).toBe(0);
    link.run(2, () => null);
    expect(link.prediction.corrections).toBe(1);
    expect(link.gap()).toBeLessThanOrEqual(link.prediction.tolerance);
  });
});

describe('teleports', () => {
  const far = { x: -25, z: -25 };

  it('poses from before the server applied a teleport do not drag the visitor back', () => {
    const link = new Link(3);
    link.walk(6, 6);
    link.ctrl.place(far, 0);
    link.prediction.teleported(far, link.now);
    link.run(3, () => null); // old poses still arriving
    expect(link.prediction.corrections).toBe(0);
    link.server = { ...link.server, position: { ...far } }; // the server applies it
    link.run(6, () => null);
    expect(link.prediction.corrections).toBe(0);
    expect(link.ctrl.state.position).toEqual(far);
  });

  it('after a refused teleport the next view puts the visitor back where the server has him', () => {
    const link = new Link(2);
    link.walk(6, 6);
    link.ctrl.place(far, 0);
    link.prediction.teleported(far, link.now);
    link.prediction.teleportRefused();
    link.walk(2, 8); // the server answers the next steps from where it has him
    expect(link.prediction.corrections).toBe(1);
    expect(link.ctrl.offset).toEqual({ x: 0, z: 0 }); // far off: snapped, not slid across the hall
    expect(link.gap()).toBeLessThanOrEqual(link.prediction.tolerance);
  });
});
