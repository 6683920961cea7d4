/**
 * The shard's authoritative simulation: one PlayerState per slot, queued inputs applied one per tick
 * with the shared fixed-step `step`, then the quantized pose table the frames are cut from. No
 * Colyseus here (the room feeds it and sends what it produces), so tests drive it tick by tick.
 */
import { AVATAR_FLAG, type AvatarTable } from '../../shared/net/frame.ts';
import { createInterestGrid, insertId, removeId, type InterestGrid } from '../../shared/net/interestGrid.ts';
import { quantizeHeading8, quantizePos } from '../../shared/net/quantize.ts';
import { createBucket, take, type Bucket } from '../../shared/net/rateLimiter.ts';
import { clampToWalkable, createCollisionWorld, nearestBooth, step, teleportTarget } from '../../shared/world/index.ts';
import type { CollisionWorld, Layout, MoveInput, PlayerState, Vec2 } from '../../shared/world/index.ts';
import { createPlayerState } from '../../shared/world/movement.ts';
import { GRID_CELL, INPUT_QUEUE_MAX, MAX_INPUTS_PER_TICK, MOVE_LIMIT, TELEPORT_FLAG_TICKS, TELEPORT_LIMIT, WALK_TO_LIMIT } from './config.ts';

export type EnqueueResult = 'queued' | 'rateLimited' | 'unknownSlot';
export type TeleportResult = { ok: true } | { ok: false; reason: 'unknownPoint' | 'rateLimited' | 'unknownSlot'; retryAfterMs?: number };

interface Visitor {
  state: PlayerState;
  queue: MoveInput[];
  moveBucket: Bucket;
  walkBucket: Bucket;
  teleportBucket: Bucket;
  /** Running flag of the last applied movement, for the frame's `running` bit. */
  running: boolean;
}

export class HallSim {
  /** The venue's layout; replaced whole by relayout() when booths are added, removed or moved. */
  layout: Layout;
  world: CollisionWorld;
  readonly capacity: number;
  grid: InterestGrid;
  readonly table: AvatarTable;
  /** Tick at which each slot's quantized pose or flags last changed (0 = never sent-worthy). */
  readonly changedTick: Uint32Array;
  /**
   * Tick at which each slot's heading or flags last changed (a start, stop, turn or jump): what a
   * viewer notices first, so interest.ts sends these at once even to the lower-rate outer ring.
   */
  readonly turnTick: Uint32Array;
  /** Index into layout.booths of the booth each slot stands at, -1 for none. */
  readonly boothOf: Int16Array;
  /** Inputs dropped by the queue cap (a client sending faster than it should). */
  droppedInputs = 0;
  tick = 0;
  /** Changes made between ticks (join, teleport) belong to the coming tick, the one that sends them. */
  #stamp = 1;
  readonly #visitors: (Visitor | null)[];
  readonly #teleportUntil: Uint32Array;
  #boothIndexById: Map<string, number>;

  constructor(layout: Layout, capacity: number) {
    this.layout = layout;
    this.world = createCollisionWorld(layout);
    this.capacity = capacity;
    this.grid = createInterestGrid(layout.bounds, GRID_CELL, capacity);
    this.table = { x: new Uint16Array(capacity), z: new Uint16Array(capacity), heading: new Uint8Array(capacity), flags: new Uint8Array(capacity) };
    this.changedTick = new Uint32Array(capacity);
    this.turnTick = new Uint32Array(capacity);
    this.boothOf = new Int16Array(capacity).fill(-1);
    this.#visitors = new Array<Visitor | null>(capacity).fill(null);
    this.#teleportUntil = new Uint32Array(capacity);
    this.#boothIndexById = new Map(layout.booths.map((b, i) => [b.id, i]));
  }

  /**
   * Switches to another layout between ticks: everyone keeps where they stand, moved to the nearest
   * walkable point when a booth now stands there (the same clamp a resumed join gets), and their
   * pose is sent again, quantized over the new bounds. Walk-to paths were planned on the old floor
   * and end; queued inputs stay, so acknowledgements carry on.
   */
  relayout(layout: Layout): void {
    this.layout = layout;
    this.world = createCollisionWorld(layout);
    this.grid = createInterestGrid(layout.bounds, GRID_CELL, this.capacity);
    this.#boothIndexById = new Map(layout.booths.map((b, i) => [b.id, i]));
    this.boothOf.fill(-1);
    for (let slot = 0; slot < this.capacity; slot++) {
      const v = this.#visitors[slot];
      if (!v) continue;
      v.state = { ...v.state, position: clampToWalkable(this.world, v.state.position), path: null, pathIndex: 0 };
      this.#publish(slot, v.state, false, true);
    }
  }

  has(slot: number): boolean {
    return this.#visitors[slot] != null;
  }

  /** Place a visitor. `resumeFrom` (a client's last known position after a restart) is clamped to walkable space. */
  add(slot: number, resumeFrom?: Vec2): PlayerState {
    const spawn = this.layout.spawn;
    const position = resumeFrom ? clampToWalkable(this.world, resumeFrom) : spawn.position;
    const state = createPlayerState({ position, heading: spawn.heading });
    this.#visitors[slot] = {
      state,
      queue: [],
      moveBucket: createBucket(MOVE_LIMIT.capacity, MOVE_LIMIT.refillPerSec),
      walkBucket: createBucket(WALK_TO_LIMIT.capacity, WALK_TO_LIMIT.refillPerSec),
      teleportBucket: createBucket(TELEPORT_LIMIT.capacity, TELEPORT_LIMIT.refillPerSec),
      running: false,
    };
    this.#publish(slot, state, false, true);
    return state;
  }

  remove(slot: number): void {
    if (!this.#visitors[slot]) return;
    this.#visitors[slot] = null;
    removeId(this.grid, slot);
    this.boothOf[slot] = -1;
  }

  state(slot: number): PlayerState | null {
    return this.#visitors[slot]?.state ?? null;
  }

  /** Queue a validated input. Rate-limited per visitor; the queue keeps the newest INPUT_QUEUE_MAX. */
  enqueue(slot: number, input: MoveInput, nowMs: number): EnqueueResult {
    const v = this.#visitors[slot];
    if (!v) return 'unknownSlot';
    const r = take(v.moveBucket, nowMs);
    v.moveBucket = r.bucket;
    if (!r.ok) return 'rateLimited';
    if (input.kind === 'walkTo') {
      const w = take(v.walkBucket, nowMs);
      v.walkBucket = w.bucket;
      if (!w.ok) return 'rateLimited';
    }
    v.queue.push(input);
    if (v.queue.length > INPUT_QUEUE_MAX) {
      v.queue.shift();
      this.droppedInputs++;
    }
    return 'queued';
  }

  /** Jump to one of the layout's named points; anything else is refused. */
  teleport(slot: number, pointId: string, nowMs: number): TeleportResult {
    const v = this.#visitors[slot];
    if (!v) return { ok: false, reason: 'unknownSlot' };
    const point = teleportTarget(this.layout, pointId);
    if (!point) return { ok: false, reason: 'unknownPoint' };
    const r = take(v.teleportBucket, nowMs);
    v.teleportBucket = r.bucket;
    if (!r.ok) return { ok: false, reason: 'rateLimited', retryAfterMs: r.retryAfterMs };
    v.state = { ...v.state, position: { ...point.position }, heading: point.heading, path: null, pathIndex: 0 };
    v.queue.length = 0; // inputs aimed at the old place make no sense at the new one
    this.#teleportUntil[slot] = this.tick + 1 + TELEPORT_FLAG_TICKS;
    this.#publish(slot, v.state, false, true);
    return { ok: true };
  }

  /** One fixed step for every visitor (more only to drain a backlog, see below). */
  stepAll(): void {
    this.tick++;
    this.#stamp = this.tick;
    const vs = this.#visitors;
    for (let slot = 0; slot < vs.length; slot++) {
      const v = vs[slot];
      if (!v) continue;
      const before = v.state;
      let next = before;
      let input = v.queue.length > 0 ? v.queue.shift()! : null;
      let applied = 0;
      // Normally one input per tick. Inputs that network jitter bunched up are all applied now (up to
      // MAX_INPUTS_PER_TICK), each still exactly one fixed step, so client replay matches: holding
      // them back as a jitter buffer would add a tick to every move→seen, and a client whose timer
      // runs a hair fast would build a standing queue.
      do {
        next = step(next, input, this.world);
        if (input) v.running = input.run;
        applied++;
        input = v.queue.length > 0 && applied < MAX_INPUTS_PER_TICK ? v.queue.shift()! : null;
      } while (input);
      const moved = next.position.x !== before.position.x || next.position.z !== before.position.z;
      v.state = next;
      this.#publish(slot, next, moved, false);
    }
    this.#stamp = this.tick + 1;
  }

  /** Quantize a pose into the shared table and stamp the slot when anything a viewer sees changed. */
  #publish(slot: number, s: PlayerState, moved: boolean, force: boolean): void {
    const b = this.layout.bounds;
    const qx = quantizePos(s.position.x, b.minX, b.maxX);
    const qz = quantizePos(s.position.z, b.minZ, b.maxZ);
    const qh = quantizeHeading8(s.heading);
    if (moved || force) {
      insertId(this.grid, slot, s.position.x, s.position.z);
      this.boothOf[slot] = this.#boothIndex(nearestBooth(this.world, s.position)?.id);
    }
    let flags = 0;
    if (moved) flags |= AVATAR_FLAG.moving | (this.#visitors[slot]!.running ? AVATAR_FLAG.running : 0);
    if (this.#teleportUntil[slot]! > this.#stamp) flags |= AVATAR_FLAG.teleported;
    if (this.boothOf[slot]! >= 0) flags |= AVATAR_FLAG.atBooth;
    const t = this.table;
    const turned = t.heading[slot] !== qh || t.flags[slot] !== flags;
    if (force || turned) this.turnTick[slot] = this.#stamp;
    if (force || turned || t.x[slot] !== qx || t.z[slot] !== qz) {
      t.x[slot] = qx;
      t.z[slot] = qz;
      t.heading[slot] = qh;
      t.flags[slot] = flags;
      this.changedTick[slot] = this.#stamp;
    }
  }

  #boothIndex(id: string | undefined): number {
    return id === undefined ? -1 : (this.#boothIndexById.get(id) ?? -1);
  }

  /** Visitors per booth (index into layout.booths). */
  boothCounts(into: Uint16Array): Uint16Array {
    into.fill(0);
    for (let slot = 0; slot < this.capacity; slot++) {
      const b = this.boothOf[slot]!;
      if (b >= 0) into[b]!++;
    }
    return into;
  }
}
