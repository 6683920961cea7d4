/**
 * A hall shard. Thin: join options are parsed in hall/join.ts, inputs in hall/inputs.ts, movement
 * in hall/sim.ts, what each visitor hears about in hall/interest.ts. This file wires them to
 * Colyseus: the 20 Hz tick, messages, seats and reconnection, shard metadata.
 */
import { Room, type AuthContext, type Client } from '@colyseus/core';
import { OCCUPANCY_EVERY_TICKS, RECONNECT_SECONDS, TICK_MS } from '../hall/config.ts';
import { createCounters, toMoveInput, toTeleportPoint } from '../hall/inputs.ts';
import { InterestBuilder, createViewer, resetViewer, type ViewerState } from '../hall/interest.ts';
import { parseJoin, refuse, type JoiningVisitor } from '../hall/join.ts';
import { SlotPool } from '../hall/slots.ts';
import { claimShardNumber, isOverflowing, releaseShardNumber, shardName, type ShardMetadata } from '../hall/shards.ts';
import { HallSim } from '../hall/sim.ts';
import { HallState, RosterEntry } from '../hall/state.ts';
import { HALL_BYTES } from '../hall/wire.ts';
import type { Layout } from '../../shared/world/types.ts';
import type { Logger } from '../logger.ts';

export interface HallDeps {
  layout: Layout;
  capacity: number;
  log: Logger;
}

/** One visitor's seat: kept while a dropped connection may come back. */
interface Seat {
  slot: number;
  client: Client | null;
  viewer: ViewerState;
}

export class HallRoom extends Room<{ state: HallState; metadata: ShardMetadata; client: Client<{ auth: JoiningVisitor }> }> {
  /** Set by defineRooms (see hallRoomClass); never from client options. */
  deps!: HallDeps;
  sim!: HallSim;
  interest!: InterestBuilder;
  readonly seats = new Map<string, Seat>();
  readonly counters = createCounters();
  #slots!: SlotPool;
  #boothCounts!: Uint16Array;
  #shardNumber = 0;
  #private = false;

  /** Above the overflow share: matchmaking skips this shard (invites still join). */
  get closedToMatchmaking(): boolean {
    return this.#private;
  }

  /** Runs at matchmaking, before any seat or room exists: a stale client never costs a room. */
  static override async onAuth(_token: string, options: unknown, context: AuthContext): Promise<JoiningVisitor> {
    return parseJoin(options, context);
  }

  override async onCreate(): Promise<void> {
    const { layout, capacity } = this.deps;
    this.maxClients = capacity;
    this.sim = new HallSim(layout, capacity);
    this.interest = new InterestBuilder(this.sim);
    this.#slots = new SlotPool(capacity);
    this.#boothCounts = new Uint16Array(layout.booths.length);
    this.#shardNumber = await claimShardNumber(this.roomName);
    const name = shardName(this.#shardNumber);
    this.state = new HallState({ shardName: name, capacity });
    await this.setMetadata({ shardName: name, shardNumber: this.#shardNumber, capacity });

    this.onMessage('move', (client, raw: unknown) => this.#onMove(client, raw));
    this.onMessage('teleport', (client, raw: unknown) => this.#onTeleport(client, raw));
    this.onMessage('*', () => void this.counters.unknownType++);
    // Stepping and patching on one timer: two timers drift and add up to a tick of latency.
    this.patchRate = null;
    this.setTimestep(() => this.#tick(), TICK_MS);
    // Refused input is dropped silently for the sender; operators see it here, once a minute.
    this.clock.setInterval(() => this.#logCounters(), 60_000);
  }

  #logged = '';
  #logCounters(): void {
    const c = { ...this.counters, droppedInputs: this.sim.droppedInputs };
    const key = JSON.stringify(c);
    if (key === this.#logged) return;
    this.#logged = key;
    this.deps.log.info({ room: this.roomId, shard: this.state.shardName, visitors: this.seats.size, ...c }, 'hall input counters');
  }

  override onJoin(client: Client<{ auth: JoiningVisitor }>): void {
    const visitor = client.auth;
    if (!visitor) throw refuse('badOptions'); // only reachable when onAuth was bypassed
    const slot = this.#slots.take();
    if (slot < 0) throw refuse('shardFull');
    this.sim.add(slot, visitor.resumeFrom);
    this.seats.set(client.sessionId, { slot, client, viewer: createViewer() });
    this.state.roster.set(client.sessionId, new RosterEntry({ slot, nickname: visitor.nickname, colorIndex: visitor.colorIndex, connected: true }));
    this.#updateOverflow();
  }

  override async onDrop(client: Client): Promise<void> {
    const seat = this.seats.get(client.sessionId);
    if (seat) seat.client = null;
    const entry = this.state.roster.get(client.sessionId);
    if (entry) entry.connected = false;
    // The avatar stays where it stood; the visitor comes back to it within the window.
    await this.allowReconnection(client, RECONNECT_SECONDS);
  }

  override onReconnect(client: Client): void {
    const seat = this.seats.get(client.sessionId);
    if (!seat) return;
    seat.client = client;
    resetViewer(seat.viewer); // the new connection knows nothing: resend its neighbourhood
    const entry = this.state.roster.get(client.sessionId);
    if (entry) entry.connected = true;
  }

  override onLeave(client: Client): void {
    const seat = this.seats.get(client.sessionId);
    if (seat) {
      this.sim.remove(seat.slot);
      this.#slots.release(seat.slot);
      this.seats.delete(client.sessionId);
    }
    this.state.roster.delete(client.sessionId);
    this.#updateOverflow();
  }

  override onDispose(): void {
    this.#logCounters();
    releaseShardNumber(this.#shardNumber);
  }

  #onMove(client: Client, raw: unknown): void {
    const seat = this.seats.get(client.sessionId);
    const input = toMoveInput(raw);
    if (!seat || !input) {
      this.counters.malformed++;
      return;
    }
    if (this.sim.enqueue(seat.slot, input, Date.now()) === 'rateLimited') this.counters.rateLimited++;
  }

  #onTeleport(client: Client, raw: unknown): void {
    const seat = this.seats.get(client.sessionId);
    const pointId = toTeleportPoint(raw);
    if (!seat || pointId === null) {
      this.counters.malformed++;
      client.send('rejected', { type: 'teleport', reason: 'invalid' });
      return;
    }
    const r = this.sim.teleport(seat.slot, pointId, Date.now());
    if (!r.ok) client.send('rejected', { type: 'teleport', reason: r.reason, retryAfterMs: r.retryAfterMs ?? 0 });
  }

  #tick(): void {
    this.sim.stepAll();
    if (this.sim.tick % OCCUPANCY_EVERY_TICKS === 0) this.#publishOccupancy();
    this.broadcastPatch(); // roster first, so a new slot's name arrives no later than its avatar
    this.sendViews();
  }

  /** Each connected visitor's own message (hall/interest.ts). The full-sync baseline overrides this. */
  protected sendViews(): void {
    for (const seat of this.seats.values()) {
      if (!seat.client) continue;
      const ack = this.sim.state(seat.slot)?.lastSeq ?? 0;
      const bytes = this.interest.build(seat.viewer, seat.slot, ack);
      if (bytes) seat.client.sendBytes(HALL_BYTES.view, bytes);
    }
  }

  #publishOccupancy(): void {
    const counts = this.sim.boothCounts(this.#boothCounts);
    const booths = this.state.booths;
    this.deps.layout.booths.forEach((b, i) => {
      const n = counts[i]!;
      if (n === 0) {
        if (booths.has(b.id)) booths.delete(b.id);
      } else if (booths.get(b.id) !== n) booths.set(b.id, n);
    });
  }

  /** Held seats count as occupied: the visitor is coming back. */
  #updateOverflow(): void {
    const over = isOverflowing(this.seats.size, this.deps.capacity);
    if (over === this.#private) return;
    this.#private = over;
    void this.setPrivate(over);
  }
}

/** The room class bound to its dependencies (defineRooms registers this). */
export function hallRoomClass(deps: HallDeps): typeof HallRoom {
  return class extends HallRoom {
    override deps = deps;
  };
}
