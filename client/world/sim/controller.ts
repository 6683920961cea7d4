import { clampToWalkable, type CollisionWorld } from '../../../shared/world/collision.ts';
import { createPlayerState, step, STEP_DT, type MoveInput, type PlayerState } from '../../../shared/world/movement.ts';
import type { Vec2 } from '../../../shared/world/types.ts';

/** A frame longer than this (tab in background, debugger) is not caught up step by step. */
const MAX_FRAME_DT = 0.25;
/**
 * Unacknowledged inputs kept for replay after a server correction: 3 s at 20 Hz covers any sane
 * round trip; older ones are dropped (a client that far behind will get snapped anyway).
 */
const MAX_PENDING = 60;
/** Positions kept after each step (3 s at 20 Hz): a server pose that lags behind on a walk-to path is matched against them. */
export const TRAIL_STEPS = 60;
/** A correction is blended out over about this long (s), so a small server fix never shows as a jump. */
const OFFSET_TAU = 0.08;

/**
 * Client-side runner of the shared `step` at the fixed STEP_DT (the same step the server will run).
 * Frame time accumulates; each whole step consumes one sequenced input. Render code interpolates
 * between `prev` and `state` by `alpha()` so motion is smooth at any frame rate.
 *
 * Multiplayer: `onInput` sends each input as it is produced; prediction.ts beside it compares the
 * server's pose with the prediction and, past the quantization error, replays the unacknowledged
 * inputs on top of it (`replay`, `correct`).
 */
export class FixedStepController {
  state: PlayerState;
  /** Position and heading before the last step, for interpolation. */
  readonly prev = { x: 0, z: 0, heading: 0 };
  private acc = 0;
  private seq = 0;
  readonly pending: MoveInput[] = [];
  /** Steps taken with no input after each pending input (a walk-to keeps walking on them). */
  readonly nullSteps: number[] = [];
  /** Called with every input produced (the network layer sends these). */
  onInput: ((input: MoveInput) => void) | null = null;
  /** Keep inputs for reconciliation: only while connected (offline, nothing will ever ack them). */
  tracking = false;
  /** Visual offset still to blend out after a correction; the renderer adds it, `advance` decays it. */
  readonly offset = { x: 0, z: 0 };
  /** Ring of positions after each step (x, z pairs), newest at trailHead - 1. */
  readonly trail = new Float64Array(TRAIL_STEPS * 2);
  trailCount = 0;
  trailHead = 0;

  /** What steps collide with; replaced when the venue is re-laid out. */
  world: CollisionWorld;

  constructor(world: CollisionWorld, spawn: { position: Vec2; heading: number }) {
    this.world = world;
    this.state = createPlayerState(spawn);
    this.snapPrev();
    this.record();
  }

  /**
   * Advances by a frame's duration; `sample(seq)` builds the input for each step taken (or null when
   * there is nothing to say). Returns how many steps ran.
   */
  advance(frameDt: number, sample: (seq: number) => MoveInput | null): number {
    const dt = Math.min(Math.max(frameDt, 0), MAX_FRAME_DT);
    this.acc += dt;
    const decay = Math.exp(-dt / OFFSET_TAU);
    this.offset.x = Math.abs(this.offset.x) < 1e-4 ? 0 : this.offset.x * decay;
    this.offset.z = Math.abs(this.offset.z) < 1e-4 ? 0 : this.offset.z * decay;
    let steps = 0;
    while (this.acc >= STEP_DT) {
      this.acc -= STEP_DT;
      const input = sample(this.seq + 1);
      if (input) {
        this.seq = input.seq;
        if (this.tracking) {
          this.pending.push(input);
          this.nullSteps.push(0);
          if (this.pending.length > MAX_PENDING) this.dropOldest();
        }
        this.onInput?.(input);
      } else if (this.tracking && this.nullSteps.length > 0) {
        this.nullSteps[this.nullSteps.length - 1]!++;
      }
      this.prev.x = this.state.position.x;
      this.prev.z = this.state.position.z;
      this.prev.heading = this.state.heading;
      this.state = step(this.state, input, this.world);
      this.record();
      steps++;
    }
    return steps;
  }

  /** Fraction of the way from `prev` to `state` the render time is (0..1). */
  alpha(): number {
    return this.acc / STEP_DT;
  }

  /** True while a walk-to path is being followed. */
  walking(): boolean {
    return this.state.path !== null;
  }

  /** Jumps to a point (teleport): no interpolation across the jump, any walk-to dropped. */
  place(position: Vec2, heading: number): void {
    this.state = { ...createPlayerState({ position, heading }), lastSeq: this.seq };
    this.snapPrev();
    // Inputs aimed at the old place mean nothing at the new one (the server drops them too).
    this.clearPending();
    this.offset.x = this.offset.z = 0;
    this.trailCount = 0;
    this.record();
  }

  /**
   * Walks another floor plan from now on (the venue was re-laid out): where the visitor stands is
   * kept, or moved to the nearest walkable point (shared clampToWalkable, as the server does); a
   * walk-to path planned on the old floor ends.
   */
  relayout(world: CollisionWorld): void {
    this.world = world;
    const at = clampToWalkable(world, this.state.position);
    const moved = at.x !== this.state.position.x || at.z !== this.state.position.z;
    this.state = { ...this.state, position: at, path: null, pathIndex: 0 };
    if (moved) {
      this.snapPrev();
      this.offset.x = this.offset.z = 0;
      this.trailCount = 0;
      this.record();
    }
  }

  /** Drops inputs the server has applied (seq ≤ ack). */
  acknowledge(ack: number): void {
    while (this.pending.length > 0 && this.pending[0]!.seq <= ack) this.dropOldest();
  }

  clearPending(): void {
    this.pending.length = 0;
    this.nullSteps.length = 0;
  }

  /** `from` with every unacknowledged input (and the idle steps after each) applied again. */
  replay(from: PlayerState): PlayerState {
    let s = from;
    for (let i = 0; i < this.pending.length; i++) {
      s = step(s, this.pending[i]!, this.world);
      for (let k = this.nullSteps[i]!; k > 0 && s.path; k--) s = step(s, null, this.world);
    }
    return s;
  }

  /**
   * Moves the prediction to `next` (a server correction). With `smooth`, the jump is kept as a visual
   * offset that `advance` blends out, and `prev` moves along so the step interpolation does not jump.
   */
  correct(next: PlayerState, smooth: boolean, trailFrom?: Vec2): void {
    const dx = next.position.x - this.state.position.x;
    const dz = next.position.z - this.state.position.z;
    this.state = next;
    if (smooth) {
      this.offset.x -= dx;
      this.offset.z -= dz;
      this.prev.x += dx;
      this.prev.z += dz;
    } else {
      this.offset.x = this.offset.z = 0;
      this.snapPrev();
    }
    this.trailCount = 0;
    if (trailFrom) this.recordAt(trailFrom.x, trailFrom.z);
    this.record();
  }

  private dropOldest(): void {
    this.pending.shift();
    this.nullSteps.shift();
  }

  private record(): void {
    this.recordAt(this.state.position.x, this.state.position.z);
  }

  private recordAt(x: number, z: number): void {
    const i = this.trailHead * 2;
    this.trail[i] = x;
    this.trail[i + 1] = z;
    this.trailHead = (this.trailHead + 1) % TRAIL_STEPS;
    if (this.trailCount < TRAIL_STEPS) this.trailCount++;
  }

  private snapPrev(): void {
    this.prev.x = this.state.position.x;
    this.prev.z = this.state.position.z;
    this.prev.heading = this.state.heading;
  }
}
