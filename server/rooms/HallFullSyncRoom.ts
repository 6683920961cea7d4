/**
 * Benchmark baseline only (enabled by HALL_FULLSYNC_ROOM=1): the hall with NO interest management.
 * Every avatar whose pose changed this tick goes to every visitor, as one shared message encoded once
 * and enqueued to all (the cheapest possible fan-out, like Colyseus' own full-state patches); a new
 * visitor first gets everyone. Same wire format as the hall, so the same bots read it.
 */
import { getMessageBytes, Protocol } from '@colyseus/core';
import { encodeFrame } from '../../shared/net/frame.ts';
import { HALL_BYTES, viewMessageMaxBytes, writeViewHeader } from '../../shared/net/view.ts';
import type { AuthContext } from '@colyseus/core';
import { authenticate, type JoiningVisitor } from '../hall/join.ts';
import { NO_SLOT } from '../hall/seats.ts';
import { HallRoom, type HallDeps } from './HallRoom.ts';

const NO_GONE = new Uint16Array(0);

export class HallFullSyncRoom extends HallRoom {
  #slots: Uint16Array | null = null;
  #out: Uint8Array | null = null;

  protected override sendViews(): void {
    const sim = this.sim;
    const cap = sim.capacity;
    this.#slots ??= new Uint16Array(cap);
    this.#out ??= new Uint8Array(viewMessageMaxBytes(cap, 0));
    const slots = this.#slots;
    let changed = 0;
    // Changed ones first, then the rest, so one array serves both the delta and the full frame.
    for (let s = 0; s < cap; s++) if (sim.has(s) && sim.changedTick[s] === sim.tick) slots[changed++] = s;
    let all = changed;
    let fullFrame: Buffer | null = null;
    const frame = (count: number): Buffer => {
      const o = writeViewHeader(this.#out!, 0, NO_GONE, 0);
      const len = encodeFrame(this.#out!.subarray(o), sim.tick, slots, count, sim.table);
      return getMessageBytes.raw(Protocol.ROOM_DATA_BYTES, HALL_BYTES.view, undefined, this.#out!.subarray(0, o + len));
    };
    const delta = changed > 0 ? frame(changed) : null;
    for (const seat of this.seats.values()) {
      if (!seat.client || seat.slot === NO_SLOT) continue;
      if (seat.viewer.ownSent === -1) {
        if (!fullFrame) {
          for (let s = 0; s < cap; s++) if (sim.has(s) && sim.changedTick[s] !== sim.tick) slots[all++] = s;
          fullFrame = frame(all);
        }
        seat.viewer.ownSent = sim.tick;
        seat.client.enqueueRaw(fullFrame);
      } else if (delta) seat.client.enqueueRaw(delta);
    }
  }
}

export function hallFullSyncRoomClass(deps: HallDeps): typeof HallFullSyncRoom {
  return class extends HallFullSyncRoom {
    override deps = deps;
    static override async onAuth(_token: string, options: unknown, context: AuthContext): Promise<JoiningVisitor> {
      return authenticate(options, context, deps.join);
    }
  };
}
