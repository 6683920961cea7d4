import { quantStep } from '../../../shared/net/quantize.ts';
import type { PlayerState } from '../../../shared/world/movement.ts';
import type { Rect, Vec2 } from '../../../shared/world/types.ts';
import type { FixedStepController } from './controller.ts';

/**
 * Reconciliation of the local visitor with the server (docs/protocol.md: ack + own pose in each view
 * message). The prediction is only corrected when it really disagrees: positions arrive quantized
 * (≈ 4.6 mm steps), so a correction on every message would make the avatar shimmer.
 *
 *  - Unacknowledged inputs left: replay them on the server's pose; correct if the result is more than
 *    a quantum (+ ε) from the prediction.
 *  - None left: the server may lag on a walk-to path (it got the click a round trip later), so its
 *    pose is compared with the prediction's recent trail; off the trail, correct to it.
 *  - An own pose that stays put while the prediction rests elsewhere is adopted after STALE_MS.
 * Small corrections blend out (controller.offset), big ones (a refused teleport) snap.
 */

/** Beyond the quantization error, what still counts as "the same place" (m). */
const EPSILON = 0.01;
/** Above this a correction snaps instead of sliding (m). */
const SNAP_DISTANCE = 3;
/** A teleport sent: server poses farther than this from its target are from before it (m). */
const TELEPORT_NEAR = 2;
const TELEPORT_WAIT_MS = 2500;
/** A server pose that disagrees with a prediction at rest is adopted after this long (ms). */
const STALE_MS = 600;

export interface OwnPose {
  x: number;
  z: number;
  heading: number;
}

function distToTrail(ctrl: FixedStepController, x: number, z: number): number {
  const { trail, trailCount, trailHead } = ctrl;
  const n = trail.length / 2;
  let best = Infinity;
  let px = NaN;
  let pz = NaN;
  for (let k = trailCount; k >= 1; k--) {
    const i = ((trailHead - k + n) % n) * 2;
    const ax = trail[i]!;
    const az = trail[i + 1]!;
    if (Number.isNaN(px)) {
      best = Math.min(best, Math.hypot(x - ax, z - az));
    } else {
      // Distance to the segment prev → this point.
      const sx = ax - px;
      const sz = az - pz;
      const len2 = sx * sx + sz * sz;
      const t = len2 > 0 ? Math.min(1, Math.max(0, ((x - px) * sx + (z - pz) * sz) / len2)) : 0;
      best = Math.min(best, Math.hypot(x - (px + sx * t), z - (pz + sz * t)));
    }
    px = ax;
    pz = az;
  }
  return best;
}

export class Prediction {
  readonly tolerance: number;
  #awaitTeleport: { x: number; z: number; until: number } | null = null;
  #stale: { x: number; z: number; heading: number; at: number } | null = null;
  /** Corrections made (tests and debugging: a steady walk should make none). */
  corrections = 0;
  /** Size of the last correction (m), for diagnostics. */
  lastError = 0;
  private readonly ctrl: FixedStepController;

  constructor(ctrl: FixedStepController, bounds: Rect) {
    this.ctrl = ctrl;
    this.tolerance = Math.max(quantStep(bounds.minX, bounds.maxX), quantStep(bounds.minZ, bounds.maxZ)) + EPSILON;
  }

  teleported(to: Vec2, now: number): void {
    this.#awaitTeleport = { x: to.x, z: to.z, until: now + TELEPORT_WAIT_MS };
    this.#stale = null;
  }

  teleportRefused(): void {
    this.#awaitTeleport = null;
  }

  /** One view message: the ack, and one's own pose when it was in the frame. */
  onView(ack: number, own: OwnPose | null, now: number): void {
    const ctrl = this.ctrl;
    ctrl.acknowledge(ack);
    if (!own) return;
    const wait = this.#awaitTeleport;
    if (wait) {
      // Poses from before the server applied the teleport would drag the visitor back.
      if (now < wait.until && Math.hypot(own.x - wait.x, own.z - wait.z) > TELEPORT_NEAR) return;
      this.#awaitTeleport = null;
    }
    const server: PlayerState = { position: { x: own.x, z: own.z }, heading: own.heading, path: null, pathIndex: 0, lastSeq: ack };
    this.#stale = null;
    if (ctrl.pending.length > 0) {
      const replayed = ctrl.replay(server);
      const err = Math.hypot(replayed.position.x - ctrl.state.position.x, replayed.position.z - ctrl.state.position.z);
      if (err > this.tolerance) this.#correct(replayed.path ? replayed : { ...replayed, path: ctrl.state.path, pathIndex: ctrl.state.pathIndex }, err, server.position);
      return;
    }
    if (distToTrail(ctrl, own.x, own.z) <= this.tolerance) {
      // On the way the prediction went: either caught up or lagging on a path. If the prediction
      // is at rest and the server stays here, STALE_MS later it wins (see tick).
      const p = ctrl.state.position;
      if (Math.hypot(own.x - p.x, own.z - p.z) > this.tolerance) this.#stale = { ...own, at: now };
      return;
    }
    const keepPath = ctrl.state.path ? { path: ctrl.state.path, pathIndex: ctrl.state.pathIndex } : {};
    this.#correct({ ...server, ...keepPath }, Math.hypot(own.x - ctrl.state.position.x, own.z - ctrl.state.position.z));
  }

  /** Per frame: adopt a server pose the prediction at rest has disagreed with for too long. */
  tick(now: number): void {
    const s = this.#stale;
    const ctrl = this.ctrl;
    if (!s || ctrl.pending.length > 0 || ctrl.state.path) return;
    if (now - s.at < STALE_MS) return;
    this.#stale = null;
    const p = ctrl.state.position;
    const err = Math.hypot(s.x - p.x, s.z - p.z);
    if (err > this.tolerance) this.#correct({ ...ctrl.state, position: { x: s.x, z: s.z }, heading: s.heading }, err);
  }

  /** `from`: the server pose the replay started at; it joins the trail (where later lagging poses fall). */
  #correct(next: PlayerState, err: number, from?: Vec2): void {
    this.corrections++;
    this.lastError = err;
    this.ctrl.correct({ ...next, lastSeq: this.ctrl.state.lastSeq }, err < SNAP_DISTANCE, from);
  }
}
