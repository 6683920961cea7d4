import type { CollisionWorld } from '../../../shared/world/collision.ts';
import { createPlayerState, step, STEP_DT, type MoveInput, type PlayerState } from '../../../shared/world/movement.ts';
import type { Vec2 } from '../../../shared/world/types.ts';

/** A frame longer than this (tab in background, debugger) is not caught up step by step. */
const MAX_FRAME_DT = 0.25;
/**
 * Unacknowledged inputs kept for replay after a server correction: 3 s at 20 Hz covers any sane
 * round trip; older ones are dropped (a client that far behind will get snapped anyway).
 */
const MAX_PENDING = 60;

/**
 * Client-side runner of the shared `step` at the fixed STEP_DT (the same step the server will run).
 * Frame time accumulates; each whole step consumes one sequenced input. Render code interpolates
 * between `prev` and `state` by `alpha()` so motion is smooth at any frame rate.
 *
 * Multiplayer later: send each input as it is produced, call `reconcile(serverState)` with the
 * authoritative state; unacknowledged inputs are replayed on top of it (prediction + reconciliation).
 */
export class FixedStepController {
  state: PlayerState;
  /** Position and heading before the last step, for interpolation. */
  readonly prev = { x: 0, z: 0, heading: 0 };
  private acc = 0;
  private seq = 0;
  readonly pending: MoveInput[] = [];
  /** Called with every input produced (the network layer will send these). */
  onInput: ((input: MoveInput) => void) | null = null;

  private readonly world: CollisionWorld;

  constructor(world: CollisionWorld, spawn: { position: Vec2; heading: number }) {
    this.world = world;
    this.state = createPlayerState(spawn);
    this.snapPrev();
  }

  /**
   * Advances by a frame's duration; `sample(seq)` builds the input for each step taken (or null when
   * there is nothing to say). Returns how many steps ran.
   */
  advance(frameDt: number, sample: (seq: number) => MoveInput | null): number {
    this.acc += Math.min(Math.max(frameDt, 0), MAX_FRAME_DT);
    let steps = 0;
    while (this.acc >= STEP_DT) {
      this.acc -= STEP_DT;
      const input = sample(this.seq + 1);
      if (input) {
        this.seq = input.seq;
        this.pending.push(input);
        if (this.pending.length > MAX_PENDING) this.pending.shift();
        this.onInput?.(input);
      }
      this.prev.x = this.state.position.x;
      this.prev.z = this.state.position.z;
      this.prev.heading = this.state.heading;
      this.state = step(this.state, input, this.world);
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
  }

  /** Replaces the predicted state with the server's and replays inputs it has not applied yet. */
  reconcile(authoritative: PlayerState): void {
    while (this.pending.length > 0 && this.pending[0]!.seq <= authoritative.lastSeq) this.pending.shift();
    let s = authoritative;
    for (const input of this.pending) s = step(s, input, this.world);
    this.state = s;
  }

  private snapPrev(): void {
    this.prev.x = this.state.position.x;
    this.prev.z = this.state.position.z;
    this.prev.heading = this.state.heading;
  }
}
