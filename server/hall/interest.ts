/**
 * Per-visitor interest: which avatars each visitor hears about this tick, cut into one binary
 * message per visitor (layout in shared/net/view.ts). Chosen over one shared frame per grid cell because only
 * a per-visitor message can (a) guarantee the 24 nearest whatever the cell borders, (b) skip avatars
 * the visitor already has unchanged, (c) rate the outer ring lower and (d) carry the visitor's own
 * input ack; measured in docs/performance.md.
 *
 * Allocation-free per tick: typed scratch shared by all viewers, a fixed per-viewer record.
 */
import { encodeFrame } from '../../shared/net/frame.ts';
import { nearest } from '../../shared/net/interestGrid.ts';
import { INTEREST_MAX, INTEREST_RADIUS, INTEREST_TIERS, NEAREST_EVERY_TICKS } from './config.ts';
import type { HallSim } from './sim.ts';
import { VIEW_HEADER_BYTES, viewMessageMaxBytes, writeViewHeader } from '../../shared/net/view.ts';

/** What one visitor was last sent: its interest set and, per member, the tick it was last sent. */
export interface ViewerState {
  members: Uint16Array;
  sentTick: Int32Array;
  count: number;
  /** Tick the visitor's own avatar was last sent to it (-1: never). */
  ownSent: number;
  /** Input seq last acknowledged to it (-1: never). */
  ackSent: number;
}

export function createViewer(): ViewerState {
  return { members: new Uint16Array(INTEREST_MAX), sentTick: new Int32Array(INTEREST_MAX), count: 0, ownSent: -1, ackSent: -1 };
}

/** Forget what was sent (a reconnected client starts from nothing). */
export function resetViewer(v: ViewerState): void {
  v.count = 0;
  v.ownSent = -1;
  v.ackSent = -1;
}

const TIER_OF_RANK: Uint8Array = (() => {
  const t = new Uint8Array(INTEREST_MAX);
  let r = 0;
  for (const tier of INTEREST_TIERS) for (; r < tier.untilRank; r++) t[r] = tier.everyTicks;
  return t;
})();

export class InterestBuilder {
  readonly #sim: HallSim;
  readonly #mark: Uint32Array;
  readonly #markIdx: Int32Array;
  #stamp = 0;
  readonly #near: number[] = [];
  readonly #slots: Uint16Array;
  readonly #gone: Uint16Array;
  readonly #newMembers = new Uint16Array(INTEREST_MAX);
  readonly #newSent = new Int32Array(INTEREST_MAX);
  readonly #out: Uint8Array;
  /** Interest-set changes (enter + leave) since the counter was last read, for the bench. */
  churn = 0;

  constructor(sim: HallSim) {
    this.#sim = sim;
    this.#mark = new Uint32Array(sim.capacity);
    this.#markIdx = new Int32Array(sim.capacity);
    this.#slots = new Uint16Array(INTEREST_MAX + 1);
    this.#gone = new Uint16Array(INTEREST_MAX);
    this.#out = new Uint8Array(viewMessageMaxBytes(INTEREST_MAX + 1, INTEREST_MAX));
  }

  /**
   * The message for the visitor in `slot` this tick, or null when there is nothing new for it (an
   * idle crowd costs no bytes). The returned view is scratch: send (copy) it before the next call.
   */
  build(viewer: ViewerState, slot: number, ack: number): Uint8Array | null {
    const sim = this.#sim;
    const tick = sim.tick;
    const changed = sim.changedTick;
    const turned = sim.turnTick;
    const stamp = ++this.#stamp;
    const mark = this.#mark;
    const markIdx = this.#markIdx;
    for (let i = 0; i < viewer.count; i++) {
      const s = viewer.members[i]!;
      mark[s] = stamp;
      markIdx[s] = i;
    }
    const near = this.#near;
    let n: number;
    if (viewer.count === 0 || (tick + slot) % NEAREST_EVERY_TICKS === 0) {
      n = nearest(sim.grid, slot, INTEREST_MAX, INTEREST_RADIUS, near);
    } else {
      // Between searches the set (and ranks) of the last search stand; visitors who left drop out.
      near.length = 0;
      for (let i = 0; i < viewer.count; i++) if (sim.has(viewer.members[i]!)) near.push(viewer.members[i]!);
      n = near.length;
    }
    let count = 0;
    const slots = this.#slots;
    if (changed[slot]! > viewer.ownSent) {
      slots[count++] = slot;
      viewer.ownSent = tick;
    }
    const stampIn = ++this.#stamp; // members of the new set, to find who left
    for (let r = 0; r < n; r++) {
      const s = near[r]!;
      let sent: number;
      if (mark[s] === stamp) {
        sent = viewer.sentTick[markIdx[s]!]!;
        const every = TIER_OF_RANK[r]!;
        // Position drift waits for the tier's tick; a start, stop or turn goes out at once.
        if (changed[s]! > sent && (every === 1 || (tick + s) % every === 0 || turned[s]! > sent)) {
          slots[count++] = s;
          sent = tick;
        }
      } else {
        slots[count++] = s; // entered the set: always sent at once, whatever its tier
        sent = tick;
        this.churn++;
      }
      mark[s] = stampIn;
      this.#newMembers[r] = s;
      this.#newSent[r] = sent;
    }
    let gone = 0;
    for (let i = 0; i < viewer.count; i++) {
      const s = viewer.members[i]!;
      if (mark[s] !== stampIn) this.#gone[gone++] = s;
    }
    this.churn += gone;
    viewer.members.set(this.#newMembers.subarray(0, n));
    viewer.sentTick.set(this.#newSent.subarray(0, n));
    viewer.count = n;
    if (count === 0 && gone === 0 && ack === viewer.ackSent) return null;
    viewer.ackSent = ack;
    const out = this.#out;
    const o = writeViewHeader(out, ack, this.#gone, gone);
    const len = encodeFrame(out.subarray(o), tick, slots, count, sim.table);
    return out.subarray(0, o + len);
  }
}

export { VIEW_HEADER_BYTES };
