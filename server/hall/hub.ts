/**
 * What a shard's message handlers share: its services (chat, moderation, the hall bus, metrics),
 * its seats, and the few ways a handler answers — deliver a line, refuse softly, close a connection.
 * The room builds one per shard (HallRoom.onCreate) and the handlers in ./handlers take it, so the
 * room itself stays wiring.
 */
import { CLOSE_CODE, type ClientMessageType, type RejectedType, type RejectionOf, type ServerMessages, type ServerMessageType } from '../../shared/protocol/index.ts';
import type { Layout } from '../../shared/world/types.ts';
import type { BoothLive } from '../chat/boothLive.ts';
import type { ChatLine, ChatService } from '../chat/chatService.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics/metrics.ts';
import type { ModerationService } from '../moderation/moderationService.ts';
import type { HallBus } from '../presence/hallBus.ts';
import { noteMessage, noteRefusal, type Seat } from './seats.ts';
import type { HallSim } from './sim.ts';
import { encodeMessage, type HallClient } from './wire.ts';

/** Dropped without an answer (a malformed move, an unknown type): counted, never explained. */
export type SilentDrop = 'invalid' | 'unknownType';

export interface HallHubDeps {
  roomId: string;
  layout: Layout;
  /** The layout's venue fingerprint (shared/protocol/venue.ts). */
  fingerprint: string;
  sim: HallSim;
  seats: Map<string, Seat>;
  chat: ChatService;
  mod: ModerationService;
  bus: HallBus;
  /** Every booth's hearts and notice across shards (chat/boothLive.ts). */
  booths: BoothLive;
  log: Logger;
  metrics: Metrics;
  now: () => number;
  /** Every connected client of the shard (room.broadcast). */
  broadcast: Broadcast;
}

export type Broadcast = <K extends ServerMessageType>(type: K, message: ServerMessages[K]) => void;

export class HallHub {
  readonly roomId: string;
  layout: Layout;
  fingerprint: string;
  readonly sim: HallSim;
  readonly seats: Map<string, Seat>;
  readonly chat: ChatService;
  readonly mod: ModerationService;
  readonly bus: HallBus;
  readonly booths: BoothLive;
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly now: () => number;
  readonly broadcast: Broadcast;
  boothIndex: ReadonlyMap<string, number>;
  /** What the shard last told everyone of each booth's live, `liveId:state` (handlers/booth.ts applyLive). */
  readonly liveTold = new Map<string, string>();
  /** The seat of each avatar slot (the room keeps it with the seats): interest sets name slots. */
  readonly bySlot: (Seat | undefined)[] = [];
  /**
   * Accepted messages by type since the last flush. prom-client's labelled inc() per move would cost
   * ~20,000 label lookups a second at 1,000 visitors; a plain counter flushed twice a second does not.
   */
  readonly accepted = new Map<string, number>();
  /** Connections closed for flooding (for logs and tests). */
  floods = 0;
  /**
   * A booth's `chatHistory` message (hall part empty), encoded once and shared by every visitor who
   * arrives at the booth until a booth line is added or a line deleted: 50 lines are ~7 KB of msgpack.
   */
  readonly #boothHistory = new Map<number, Uint8Array>();

  constructor(d: HallHubDeps) {
    this.roomId = d.roomId;
    this.layout = d.layout;
    this.fingerprint = d.fingerprint;
    this.sim = d.sim;
    this.seats = d.seats;
    this.chat = d.chat;
    this.mod = d.mod;
    this.bus = d.bus;
    this.booths = d.booths;
    this.log = d.log;
    this.metrics = d.metrics;
    this.now = d.now;
    this.broadcast = d.broadcast;
    this.boothIndex = new Map(d.layout.booths.map((b, i) => [b.id, i]));
  }

  /**
   * The shard switched to another layout (HallRoom, after sim.relayout): booth indexes the seats hold
   * are renumbered by booth id (a removed booth's become -1) and cached histories are dropped.
   */
  relayout(layout: Layout, fingerprint: string): void {
    const boothIndex = new Map(layout.booths.map((b, i) => [b.id, i]));
    const remap = (i: number): number => {
      if (i < 0) return i;
      const id = this.layout.booths[i]?.id;
      return id === undefined ? -1 : (boothIndex.get(id) ?? -1);
    };
    for (const seat of this.seats.values()) {
      seat.listBooth = remap(seat.listBooth);
      seat.historyBooth = remap(seat.historyBooth);
      seat.pendingBooth = remap(seat.pendingBooth);
    }
    this.layout = layout;
    this.fingerprint = fingerprint;
    this.boothIndex = boothIndex;
    this.#boothHistory.clear();
  }

  /** The seat of a message's sender, counted against the volume limit; null = drop the message. */
  admit(client: HallClient): Seat | null {
    const seat = this.seats.get(client.sessionId);
    if (!seat || seat.closing) return null;
    if (noteMessage(seat, this.now()) === 'flood') {
      this.close(seat, CLOSE_CODE.flood, 'flood', { rule: 'volume' });
      return null;
    }
    return seat;
  }

  ok(type: ClientMessageType): void {
    this.accepted.set(type, (this.accepted.get(type) ?? 0) + 1);
  }

  /**
   * A refused message, answered with its code (`rejected`, shared/protocol/rejections.ts), softly:
   * never a disconnect for that alone. It counts towards the flood rule, which does disconnect.
   */
  refuse<T extends RejectedType>(seat: Seat, type: T, code: RejectionOf<T>, retryAfterMs?: number): void {
    if (!seat.closing && seat.client) {
      const wait = retryAfterMs !== undefined && Number.isFinite(retryAfterMs) ? { retryAfterMs: Math.max(0, Math.ceil(retryAfterMs)) } : {};
      seat.client.send('rejected', { type, code, ...wait } as ServerMessages['rejected']);
    }
    this.#counted(seat, code);
  }

  /** A message dropped without an answer; counted like a refusal. */
  drop(seat: Seat, reason: SilentDrop): void {
    this.#counted(seat, reason);
  }

  #counted(seat: Seat, code: string): void {
    this.metrics.rejected(code);
    if (seat.closing) return;
    if (noteRefusal(seat, this.now()) === 'flood') {
      this.close(seat, CLOSE_CODE.flood, 'flood', { rule: 'rejections', count: seat.flood.stamps.length, lastCode: code });
    }
  }

  /** The server ends this connection: no seat is held for it (see HallRoom.onDrop). */
  close(seat: Seat, code: number, reason: string, detail: Record<string, unknown> = {}): void {
    if (seat.closing) return;
    seat.closing = true;
    if (code === CLOSE_CODE.flood) {
      this.floods++;
      this.metrics.rejected('flood');
    }
    this.log.warn({ room: this.roomId, sessionId: seat.sessionId, guestId: seat.guestId, closeCode: code, reason, ...detail }, `closing connection: ${reason}`);
    seat.client?.leave(code);
  }

  /** One chat line to the given sessions, encoded once. */
  deliver(line: ChatLine, ids: Iterable<string>): void {
    const bytes = encodeMessage('chat', line);
    for (const id of ids) this.seats.get(id)?.client?.enqueueRaw(bytes);
  }

  /**
   * The last booth (and, for a joiner, hall) lines: a late joiner or a booth changer gets them, then
   * the booth's pinned notice and hearts (after the history, which clears the client's booth view).
   */
  sendHistory(seat: Seat, boothIndex: number, withHall: boolean): void {
    seat.historyBooth = boothIndex;
    seat.pendingBooth = boothIndex;
    const boothId = boothIndex >= 0 ? this.layout.booths[boothIndex]?.id : undefined;
    const booth = (): ChatLine[] => (boothId ? this.chat.history('booth', boothId) : []);
    if (withHall) seat.client?.send('chatHistory', { hall: this.chat.history('hall'), booth: booth() });
    else {
      let bytes = this.#boothHistory.get(boothIndex);
      if (!bytes) this.#boothHistory.set(boothIndex, (bytes = encodeMessage('chatHistory', { hall: [], booth: booth() })));
      seat.client?.enqueueRaw(bytes);
    }
    if (!boothId) return;
    seat.client?.send('boothNotice', { boothId, notice: this.booths.notice(boothId) });
    seat.client?.send('boothHearts', { boothId, count: this.booths.hearts(boothId) });
  }

  /** A booth line was added (boothId) or any line deleted (null): cached booth histories are stale. */
  historyChanged(boothId: string | null): void {
    if (boothId === null) this.#boothHistory.clear();
    else this.#boothHistory.delete(this.boothIndex.get(boothId) ?? -2);
  }

  /** Accepted-message counts into Prometheus (twice a second). */
  flushMetrics(): void {
    for (const [type, n] of this.accepted) if (n > 0) this.metrics.message(type, n);
    this.accepted.clear();
  }
}
