/**
 * Benchmark baseline only (enabled by HALL_FULLSYNC_ROOM=1): the hall with NO interest management.
 * Every avatar whose pose changed this tick goes to every visitor, as one shared message encoded once
 * and enqueued to all (the cheapest possible fan-out, like Colyseus' own full-state patches); a new
 * visitor first gets everyone. Same wire format as the hall, so the same bots read it.
 */
import { getMessageBytes, Protocol, type Client } from '@colyseus/core';
import { Gauge, type Registry } from 'prom-client';
import { encodeFrame } from '../../shared/net/frame.ts';
import { HALL_BYTES, viewMessageMaxBytes, writeViewHeader } from '../../shared/net/view.ts';
import type { AuthContext } from '@colyseus/core';
import { authenticate, type JoiningVisitor } from '../hall/join.ts';
import { NO_SLOT } from '../hall/seats.ts';
import { HallRoom, type HallDeps } from './HallRoom.ts';

const NO_GONE = new Uint16Array(0);

/** The full-sync rooms open in this process: the bytes gauge sums over their visitors. */
const openRooms = new Set<HallFullSyncRoom>();
/**
 * What the sockets of visitors who have left took: kept, so the count only grows (a bench reading
 * it as its bots leave would otherwise see it fall).
 */
let leftBytes = 0;
const BYTES_WRITTEN = 'seeot_fullsync_bytes_written';

/**
 * What the server wrote to one visitor: the WebSocket transport's socket (a `ws` WebSocket over a
 * net.Socket, whose bytesWritten includes what is still queued in the process), whole frames as the
 * bench's bots count them. 0 for a transport without one.
 */
function bytesWritten(client: Client): number {
  const socket = (client.ref as { _socket?: { bytesWritten?: number } })._socket;
  return socket?.bytesWritten ?? 0;
}

/**
 * bench:hall reads this over its window and compares it with what its bots received: full sync
 * pushes ~70 MB/s into the bot process at 1,000 visitors, and its bytes per visitor count only if
 * the bots took in nearly all the server sent. Registered only when the room is (HALL_FULLSYNC_ROOM).
 */
function registerBytesGauge(registry: Registry): void {
  if (registry.getSingleMetric(BYTES_WRITTEN)) return;
  new Gauge({
    name: BYTES_WRITTEN,
    help: 'Benchmark baseline only: bytes written so far to the sockets of hall_fullsync visitors',
    registers: [registry],
    collect() {
      let sum = leftBytes;
      for (const room of openRooms) for (const client of room.clients) sum += bytesWritten(client);
      this.set(sum);
    },
  });
}

export class HallFullSyncRoom extends HallRoom {
  #slots: Uint16Array | null = null;
  #out: Uint8Array | null = null;

  override async onCreate(options: unknown): Promise<void> {
    await super.onCreate(options);
    openRooms.add(this);
  }

  override onLeave(client: Client): void {
    leftBytes += bytesWritten(client);
    super.onLeave(client);
  }

  override async onDispose(): Promise<void> {
    openRooms.delete(this);
    await super.onDispose();
  }

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
  registerBytesGauge(deps.metrics.registry);
  return class extends HallFullSyncRoom {
    override deps = deps;
    static override async onAuth(_token: string, options: unknown, context: AuthContext): Promise<JoiningVisitor> {
      return authenticate(options, context, deps.join);
    }
  };
}
