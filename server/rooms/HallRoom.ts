/**
 * A hall shard. Thin: join in hall/join.ts, movement in hall/sim.ts, interest in hall/interest.ts,
 * message handlers in hall/handlers/*, shared services and answers in hall/hub.ts, occupancy and
 * hall-wide totals in hall/occupancy.ts. This file wires them to Colyseus: the 20 Hz tick, seats,
 * reconnection, shard metadata, and the services' lifetimes.
 */
import { Room, type AuthContext, type Client } from '@colyseus/core';
import { HallAnalytics, type HallAnalyticsDeps } from '../analytics/hallAnalytics.ts';
import { BoothLive } from '../chat/boothLive.ts';
import { createChatService } from '../chat/chatService.ts';
import { DEFAULT_BANNED_WORDS, type BannedWordsSource } from '../chat/bannedWords.ts';
import type { ModerationRepo } from '../db/moderationRepo.ts';
import { OCCUPANCY_EVERY_TICKS, RECONNECT_SECONDS, TICK_MS } from '../hall/config.ts';
import { applyLive, applyNotice, BOOTH_FLUSH_MS, flushBooths } from '../hall/handlers/booth.ts';
import { onRemoteChat } from '../hall/handlers/chat.ts';
import { applyEffect } from '../hall/handlers/moderate.ts';
import { HallHub } from '../hall/hub.ts';
import { registerHallMessages } from '../hall/messages.ts';
import { createCounters } from '../hall/inputs.ts';
import { InterestBuilder, createViewer, resetViewer } from '../hall/interest.ts';
import { authenticate, refuse, type JoinDeps, type JoiningVisitor } from '../hall/join.ts';
import { Occupancy } from '../hall/occupancy.ts';
import { createSeat, NO_SLOT, type Seat } from '../hall/seats.ts';
import { SlotPool } from '../hall/slots.ts';
import { CLAIM_REFRESH_MS, claimShardNumber, isOverflowing, refreshShardNumber, releaseShardNumber, shardName, type ShardMetadata } from '../hall/shards.ts';
import { HallSim } from '../hall/sim.ts';
import { HallState, RosterEntry } from '../hall/state.ts';
import { claimToken, releaseToken } from '../hall/tokenClaims.ts';
import { fairOption, type FairHall, type FairHalls } from '../hall/fairHalls.ts';
import type { HallLayout } from '../hall/venueLayout.ts';
import { VenueNotices } from '../hall/venueNotices.ts';
import { HALL_BYTES } from '../../shared/net/view.ts';
import { lookToIndices } from '../../shared/schemas/avatarLook.ts';
import type { HallClient } from '../hall/wire.ts';
import type { Limits } from '../limits/limits.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics/metrics.ts';
import { createModerationService } from '../moderation/moderationService.ts';
import { createBoothStore } from '../presence/boothStore.ts';
import { createHallBus } from '../presence/hallBus.ts';
import type { VenueState } from '../venue/venueSource.ts';
import type { VenueWatch } from '../venue/venueWatch.ts';

export interface HallDeps {
  /** Each fair's layout and capacity (hall/fairHalls.ts): a shard runs the fair it was created for. */
  fairs: FairHalls;
  /** Venue changes, from this process's writes at once and others' within a second. */
  watch: VenueWatch;
  log: Logger;
  metrics: Metrics;
  /** The banned words edited in /admin (with the database), else the built-in list and BANNED_WORDS. */
  bannedWords: BannedWordsSource;
  /** The database's reports queue, bans and audit log; absent without a database. */
  moderationRepo?: ModerationRepo | undefined;
  join: JoinDeps;
  /** Chat limits and connected guests per address, shared by the process's shards. */
  limits: Limits;
  /** Booth visits and the heatmap (ANALYTICS=on with a database); absent: nothing is measured. */
  analytics?: HallAnalyticsDeps;
}

export class HallRoom extends Room<{ state: HallState; metadata: ShardMetadata; client: HallClient }> {
  /** Set by defineRooms (see hallRoomClass); never from client options. */
  deps!: HallDeps;
  sim!: HallSim;
  interest!: InterestBuilder;
  hub!: HallHub;
  readonly seats = new Map<string, Seat>();
  readonly counters = createCounters();
  #slots!: SlotPool;
  #occupancy!: Occupancy;
  #shardNumber = 0;
  #private = false;
  /** The fair this shard runs, its layout and its capacity. */
  #fair!: FairHall;
  #offVenue: (() => void) | undefined;
  #offFair: (() => void) | undefined;
  #analytics: HallAnalytics | undefined;
  readonly #venueNotices = new VenueNotices();

  /** Above the overflow share: matchmaking skips this shard (invites still join). */
  get closedToMatchmaking(): boolean {
    return this.#private;
  }

  override async onCreate(options: unknown): Promise<void> {
    const { log, metrics } = this.deps;
    // The options passed onAuth (a fair open now) a moment ago; a fair that closed since gets no shard.
    const fair = await this.deps.fairs.open(fairOption(options));
    if (!fair) throw refuse('fairClosed');
    this.#fair = fair;
    const capacity = fair.capacity;
    const { layout, fingerprint } = fair.hall.current;
    this.maxClients = capacity;
    this.sim = new HallSim(layout, capacity);
    this.interest = new InterestBuilder(this.sim);
    this.#slots = new SlotPool(capacity);
    this.#occupancy = new Occupancy(layout.booths.length);
    const analytics = this.deps.analytics;
    if (analytics) this.#analytics = new HallAnalytics({ ...analytics, fairId: fair.id }, this.sim, (slot) => this.hub.bySlot[slot]?.guestId, Date.now());
    this.#shardNumber = await claimShardNumber(this.presence, this.roomName, fair.slug);
    const name = shardName(this.#shardNumber);
    this.state = new HallState({ shardName: name, capacity, hallVisitors: 0, hallShards: 0 });
    // `fair` is what matchmaking filters on (server/rooms.ts); the permanent exhibition's is ''.
    await this.setMetadata({ shardName: name, shardNumber: this.#shardNumber, capacity, fair: fair.slug });
    const now = Date.now;
    const roomLog = log.child({ room: this.roomId, shard: name });
    // A database that cannot answer now costs the edited list, not the shard: it follows the next change.
    const words = await this.deps.bannedWords.current().catch((err: unknown) => (roomLog.warn({ err }, 'banned words not read'), [...DEFAULT_BANNED_WORDS]));
    const bus = createHallBus(this.presence, this.roomId, now, { minIntervalMs: 400, onError: (err) => roomLog.warn({ err }, 'hall bus') });
    this.hub = new HallHub({
      roomId: this.roomId, layout, fingerprint, sim: this.sim, seats: this.seats, bus, log: roomLog, metrics, now,
      booths: new BoothLive(createBoothStore(this.presence)),
      chat: createChatService({ shardId: this.roomId, bannedWords: words, limiter: this.deps.limits.chat, now }),
      mod: createModerationService({ presence: this.presence, log: roomLog, now, repo: this.deps.moderationRepo, shard: name }),
      broadcast: (type, message) => this.broadcast(type, message),
    });
    bus.onChat((line, author) => onRemoteChat(this.hub, line, author));
    bus.onAnnouncement((a) => this.broadcast('announce', { text: a.text, at: a.at }));
    await this.hub.mod.onEffect((e) => applyEffect(this.hub, e));
    await this.hub.mod.watchWords(this.deps.bannedWords, (list) => this.hub.chat.setBannedWords(list));
    bus.onHearts((boothId, count) => this.hub.booths.setHearts(boothId, count));
    bus.onNotice((boothId, notice) => applyNotice(this.hub, boothId, notice));
    bus.onLive((boothId, live) => applyLive(this.hub, boothId, live));
    await bus.ready; // hall lines said elsewhere from now on reach this shard
    await this.#loadBooths(layout.booths.map((b) => b.id));
    metrics.shards.inc();

    registerHallMessages(this, () => this.hub, this.counters);
    // Listener calls run on the room's loop between ticks, so a re-layout never lands mid-tick.
    this.#offVenue = this.deps.watch.subscribe((s) => this.#onVenue(s));
    this.#offFair = this.deps.fairs.onReplaced(fair.slug, (hall) => {
      this.#fair = { ...this.#fair, hall };
      this.#relayout(hall.current);
    });
    // Stepping and patching on one timer: two timers drift and add up to a tick of latency.
    this.patchRate = null;
    this.setTimestep(() => this.#tick(), TICK_MS);
    this.clock.setInterval(() => flushBooths(this.hub), BOOTH_FLUSH_MS);
    this.clock.setInterval(() => refreshShardNumber(this.presence, this.roomName, fair.slug, this.#shardNumber), CLAIM_REFRESH_MS);
    // Refused input is answered softly or dropped; operators see the counters here, once a minute.
    this.clock.setInterval(() => this.#logCounters(), 60_000);
  }

  /**
   * What other shards left in the presence before this one started: each booth's recent lines (a
   * late joiner here gets the booth's history, not this shard's), hearts and notices. After the bus
   * is subscribed, so nothing said meanwhile is lost (lines are merged by id). A presence that fails
   * here costs the history, not the shard.
   */
  async #loadBooths(boothIds: string[]): Promise<void> {
    const { booths, chat, log } = this.hub;
    try {
      await booths.load();
      const lines = await Promise.all(boothIds.map((id) => booths.store.lines(id)));
      for (const list of lines) for (const line of list) chat.acceptRemote(line);
    } catch (err) {
      log.warn({ err }, 'booth history not loaded');
    }
  }

  #logged = '';
  #logCounters(): void {
    const c = { ...this.counters, droppedInputs: this.sim.droppedInputs, floods: this.hub.floods };
    const key = JSON.stringify(c);
    if (key === this.#logged) return;
    this.#logged = key;
    this.hub.log.info({ visitors: this.seats.size, ...c }, 'hall input counters');
  }

  override async onJoin(client: HallClient): Promise<void> {
    const v = client.auth;
    if (!v) throw refuse('badOptions'); // only reachable when onAuth was bypassed
    // An invite (joinById) carries the fair its page shows: another fair's shard draws another floor.
    if (v.fair !== this.#fair.slug) throw refuse('badOptions');
    // One connection per join token, on every process: taken here, atomically, as the seat is (hall/tokenClaims.ts).
    if (!(await claimToken(this.presence, v.tokenId, v.tokenExp, Date.now()))) throw refuse('tokenInUse');
    let slot = NO_SLOT;
    if (v.view === 'world') {
      slot = this.#slots.take();
      if (slot < 0) {
        void releaseToken(this.presence, v.tokenId).catch(() => {});
        throw refuse('shardFull');
      }
      this.sim.add(slot, v.resumeFrom);
    }
    const listBooth = v.boothId === null ? -1 : (this.hub.boothIndex.get(v.boothId) ?? -1);
    const { guestId, nickname, role, staffName, hostOf, address, view, tokenId } = v;
    // A world visitor draws the layout it joined with: if the venue moved on since, views wait for its new one.
    const venue = view === 'world' ? (v.venue ?? this.hub.fingerprint) : null;
    const seat = createSeat({ sessionId: client.sessionId, slot, client, viewer: createViewer(), guestId, nickname, role, staffName, hostOf, address, view, venue, listBooth, tokenId });
    this.seats.set(client.sessionId, seat);
    if (slot !== NO_SLOT) this.hub.bySlot[slot] = seat;
    this.state.roster.set(client.sessionId, new RosterEntry({ slot, nickname, colorIndex: v.colorIndex, connected: true, hosting: '', ...lookToIndices(v.look), badge: v.badge }));
    if (v.mutedUntil > 0) this.hub.chat.mute(guestId, v.mutedUntil);
    this.hub.sendHistory(seat, slot === NO_SLOT ? listBooth : this.sim.boothOf[slot]!, true);
    // The venue as of now: a page that loaded an older one re-reads it.
    client.send('venue', { version: this.#fair.hall.current.version, fingerprint: this.hub.fingerprint });
    this.#countGuest(seat, 'add');
    this.deps.metrics.visitors.inc();
    this.#updateOverflow();
  }

  override async onDrop(client: Client): Promise<void> {
    const seat = this.seats.get(client.sessionId);
    if (!seat || seat.closing) return; // kicked, banned or flooding: no seat is held (onLeave follows)
    seat.client = null;
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
      if (seat.slot !== NO_SLOT) {
        this.#analytics?.leave(seat.slot); // while the slot still names its guest
        this.hub.bySlot[seat.slot] = undefined;
        this.sim.remove(seat.slot);
        this.#slots.release(seat.slot);
      }
      this.seats.delete(client.sessionId);
      // Chat limits stay (keyed by guest and address, with expiry): leaving does not refill them.
      void releaseToken(this.presence, seat.tokenId).catch(() => {});
      this.#countGuest(seat, 'remove');
      this.deps.metrics.visitors.dec();
    }
    this.state.roster.delete(client.sessionId);
    this.#updateOverflow();
  }

  override async onDispose(): Promise<void> {
    this.#offVenue?.();
    this.#offFair?.();
    this.#analytics?.endAll(this.hub.now());
    this.#logCounters();
    this.deps.metrics.shards.dec();
    await Promise.allSettled([this.hub.bus.dispose(), this.hub.mod.dispose(), releaseShardNumber(this.presence, this.roomName, this.#fair.slug, this.#shardNumber)]);
  }

  #tick(): void {
    const t0 = performance.now();
    this.sim.stepAll();
    if (this.sim.tick % OCCUPANCY_EVERY_TICKS === 0) {
      this.#occupancy.update(this.hub, this.state);
      this.#analytics?.sample(this.hub.now());
      this.hub.flushMetrics();
    }
    this.broadcastPatch(); // roster first, so a new slot's name arrives no later than its avatar
    this.sendViews();
    // After the views: a notice to every visitor must not hold this tick's positions back.
    const version = this.#venueNotices.due(performance.now());
    if (version !== null) this.broadcast('venue', { version, fingerprint: this.hub.fingerprint });
    this.deps.metrics.tick(performance.now() - t0);
  }

  /**
   * The venue changed, and every client is told and re-reads it. When only what is drawn changed (a
   * text or an image changes in place), the notice waits for the end of a tick, at most one per
   * VENUE_NOTICE_MS (hall/venueNotices.ts). When the booths' places did (a new fingerprint), the
   * shard switches layout now, between ticks, keeping everyone where they stood, and says so at once:
   * views are paused until each client has the new layout.
   */
  #onVenue(state: VenueState): void {
    this.#relayout(this.#fair.hall.update(state));
  }

  /** The shard's layout is now `next` (a venue change, or its timed fair's booths changed). */
  #relayout(next: HallLayout): void {
    if (next.layout === this.sim.layout) {
      this.#venueNotices.hold(next.version);
      return;
    }
    const from = this.hub.fingerprint;
    this.#analytics?.relayout(next.layout, this.hub.now());
    this.sim.relayout(next.layout);
    this.hub.relayout(next.layout, next.fingerprint);
    this.#occupancy = new Occupancy(next.layout.booths.length);
    // What each client was sent is quantized over the old bounds: all of it goes again once it has the new layout.
    for (const seat of this.seats.values()) resetViewer(seat.viewer);
    this.hub.log.info({ from, to: next.fingerprint, venueVersion: next.version, booths: next.layout.booths.length }, 'hall re-laid out for a venue change');
    this.#venueNotices.sent(performance.now());
    this.broadcast('venue', { version: next.version, fingerprint: next.fingerprint });
  }

  /** Each connected visitor's own message (hall/interest.ts). The full-sync baseline overrides this. */
  protected sendViews(): void {
    for (const seat of this.seats.values()) {
      // A client still drawing the old layout would decode these against the wrong bounds: they wait for its `venue`.
      if (!seat.client || seat.slot === NO_SLOT || seat.venue !== this.hub.fingerprint) continue;
      const ack = this.sim.state(seat.slot)?.lastSeq ?? 0;
      const bytes = this.interest.build(seat.viewer, seat.slot, ack);
      if (bytes) seat.client.sendBytes(HALL_BYTES.view, bytes);
    }
  }

  /** The guests connected per address, which per-address chat budgets grow with (chat/chatLimits.ts). */
  #countGuest(seat: Seat, change: 'add' | 'remove'): void {
    const address = this.deps.limits.policy.limitedKey(seat.address);
    if (address === null) return;
    this.deps.limits.guests[change](address, seat.guestId).catch((err: unknown) => this.hub.log.warn({ err }, 'address guests'));
  }

  /** Held seats count as occupied: the visitor is coming back. */
  #updateOverflow(): void {
    const over = isOverflowing(this.seats.size, this.#fair.capacity);
    if (over === this.#private) return;
    this.#private = over;
    void this.setPrivate(over);
  }
}

/** The room class bound to its dependencies (defineRooms registers this). */
export function hallRoomClass(deps: HallDeps): typeof HallRoom {
  return class extends HallRoom {
    override deps = deps;
    /** Runs at matchmaking, before any seat or room exists: a stale or unsigned client never costs a room. */
    static override async onAuth(_token: string, options: unknown, context: AuthContext): Promise<JoiningVisitor> {
      // The fingerprint a join is checked against is the fair's layout of the moment (join.layoutOf reads it fresh).
      return authenticate(options, context, deps.join);
    }
  };
}
