import type { Client } from '@colyseus/sdk';
import { CLOSE_CODE } from '../../shared/protocol/closeCodes.ts';
import { fairOfPage } from '../data/fairCut.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import type { JoinOptionsInput } from '../../shared/protocol/join.ts';
import type { Vec2 } from '../../shared/world/types.ts';
import { INITIAL_HALL_STATE, syncFromState, useHall, type HallRoom } from './hallState.ts';
import { useIdentity } from './identity.ts';
import { hallError, joinErrorOf, type HallError } from './joinErrors.ts';
import { onServerMessage } from './messages.ts';
import { closeRemoval, removalFromMessage, type Removal } from './removal.ts';
import { noteSessionRole } from './sessionRole.ts';

/**
 * THE hall connection (one per page): join, shard switch, reconnection and rejoin after a server
 * restart. Readers use `useHall` (slow state) and `getRoom()` / `onHallRoom()` (send, onMessage).
 *
 * Rules (docs/protocol.md): same origin only; join options carry the protocol version, the
 * remembered identity, the signed session's joinToken, the venue fingerprint of the world's layout
 * (/world only), and `resumeFrom` (the visitor's current position, so a join — first, after a
 * restart, or to another shard — keeps them where they stand; the server clamps it to walkable space).
 * A `venueChanged` refusal asks the world to re-read the venue (onVenueChanged); the world then
 * connects again with its new layout's fingerprint.
 */
export { useHall, type HallRoom, type HallStateView, type HallStatus, type HallStoreState, type RosterEntry } from './hallState.ts';
export type { HallError } from './joinErrors.ts';

export interface ConnectOptions {
  view: 'world' | 'list';
  boothId?: string | undefined;
  /** A shard's roomId from an invite link (?shard=) or the picker: joinById, else matchmaking. */
  inviteShard?: string | undefined;
  resumeFrom?: Vec2 | undefined;
  /** The fingerprint of the layout the world decodes positions against (shared/protocol/venue.ts). */
  venue?: string | undefined;
  /**
   * The timed fair whose hall to join ('' = the permanent exhibition). Defaults to the page's
   * `?fair=` when connecting, and is kept for every later join (shard switch, rejoin after a
   * restart), so the visitor never falls into another fair's hall.
   */
  fair?: string | undefined;
}

const ROOM_NAME = 'hall';
/** The server holds a dropped seat 20 s; the SDK retries within that, at most 1 s apart, so a restarted server is noticed fast. */
const SDK_RECONNECT = { maxDelay: 1000, maxRetries: 22 };
/** After a restart: rejoin attempts this far apart; the banner turns into "exploring alone" after REJOIN_GIVE_UP_MS. */
const REJOIN_EVERY_MS = 1000;
const REJOIN_GIVE_UP_MS = 30_000;
/** Unreachable at first: retry quietly this far apart (the banner also has a button). */
const RETRY_EVERY_MS = 15_000;

let client: Client | null = null;
/** Bumped by every connect/disconnect: an older join finishing late leaves at once. */
let generation = 0;
let options: ConnectOptions = { view: 'world' };
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let positionSource: (() => Vec2 | null) | null = null;
const roomListeners = new Set<(room: HallRoom) => (() => void) | void>();
const roomCleanups: (() => void)[] = [];
/** Re-reads the venue after a `venueChanged` refusal (the world registers it); null without a world. */
let venueReader: (() => Promise<void>) | null = null;
/** Set once the venue was re-read for a refusal: a second refusal in a row is an error, not a loop. */
let venueReread = false;

/**
 * The SDK is imported on first use: /list and booth pages import this store for chat, and the SDK
 * (≈ 25 KB gzip) must not land in the first page's chunk.
 */
async function sdk(): Promise<Client> {
  if (!client) {
    const { Client: SDK } = await import('@colyseus/sdk');
    // Same origin as the page: Colyseus shares the HTTP port (ws:// or wss:// follows the page).
    client ??= new SDK(`${location.protocol}//${location.host}`);
  }
  return client;
}

/** The current room, for `send` / `onMessage` (null while not connected). */
export function getRoom(): HallRoom | null {
  return useHall.getState().room;
}

/**
 * Runs `attach(room)` for the current room and every later one (shard switch, rejoin after a
 * restart); its returned cleanup runs when that room is left. Returns an unsubscribe.
 */
export function onHallRoom(attach: (room: HallRoom) => (() => void) | void): () => void {
  roomListeners.add(attach);
  const room = getRoom();
  if (room) {
    const off = attach(room);
    if (off) roomCleanups.push(off);
  }
  return () => void roomListeners.delete(attach);
}

/**
 * The world registers how to re-read the venue (fetch the catalogue again; it then rebuilds its
 * layout and connects with the new fingerprint). Returns an unregister.
 */
export function onVenueChanged(reread: () => Promise<void>): () => void {
  venueReader = reread;
  return () => {
    if (venueReader === reread) venueReader = null;
  };
}

/** The world re-laid out for a changed venue: later joins (a shard switch, a restart) carry its fingerprint. */
export function setJoinVenue(fingerprint: string): void {
  if (options.venue !== undefined) options = { ...options, venue: fingerprint };
}

/** The world registers where the local visitor stands (for resumeFrom). */
export function setPositionSource(fn: (() => Vec2 | null) | null): void {
  positionSource = fn;
}

function clearRoom(): void {
  for (const off of roomCleanups.splice(0)) off();
  useHall.setState({ room: null, sessionId: null, mySlot: -1, roster: new Map(), boothCounts: {}, shardRoomId: null });
}

/** The connection ended: with `removed`, by a moderator (status 'kicked'), else an error. */
function fail(error: HallError, removed: Removal | null = null): void {
  clearRoom();
  useHall.setState({ status: removed ? 'kicked' : 'error', error, removed });
}

async function session(): Promise<{ joinToken: string }> {
  // A signed-in staff account's session cookie makes the session issue a staff join token.
  const res = await fetch('/api/session', { credentials: 'same-origin' });
  // Too many sessions from this address just now (a crowd on one network): shown as joinRateLimited, retried.
  if (res.status === 429) throw Object.assign(new Error('rateLimited'), { code: 429 });
  if (!res.ok) throw new Error(`session ${res.status}`);
  const body = (await res.json()) as { joinToken: string; role?: unknown; name?: unknown; hostOf?: unknown };
  noteSessionRole(body);
  return body;
}

function joinOptions(s: { joinToken: string }): JoinOptionsInput | null {
  const id = useIdentity.getState().identity;
  if (!id) return null;
  const o: JoinOptionsInput = {
    protocolVersion: PROTOCOL_VERSION,
    nickname: id.nickname,
    colorIndex: id.colorIndex,
    look: id.look,
    joinToken: s.joinToken,
    view: options.view,
  };
  if (options.boothId) o.boothId = options.boothId;
  // A timed fair's page joins that fair's hall (its own shards and floor); none, the permanent exhibition's.
  if (options.fair) o.fair = options.fair;
  if (options.venue) o.venue = options.venue;
  const at = options.resumeFrom ?? positionSource?.() ?? null;
  if (at && Number.isFinite(at.x) && Number.isFinite(at.z)) o.resumeFrom = { x: at.x, z: at.z };
  return o;
}

/** One join attempt. Resolves when settled; the store says how it went. */
async function join(gen: number, rejoinSince: number | null): Promise<void> {
  clearTimeout(retryTimer);
  try {
    const o = joinOptions(await session());
    if (gen !== generation) return;
    if (!o) {
      useHall.setState({ status: 'idle' });
      return;
    }
    const byId = options.inviteShard;
    const c = await sdk();
    const room = (byId ? await c.joinById(byId, o) : await c.joinOrCreate(ROOM_NAME, o)) as HallRoom;
    if (gen !== generation) {
      void room.leave(true);
      return;
    }
    attach(room, gen);
  } catch (e) {
    if (gen !== generation) return;
    const err = joinErrorOf(e);
    if (err.reason === 'venueChanged' && !venueReread && venueReader) {
      // The server's layout is not the one the world built: re-read it; the world joins again.
      venueReread = true;
      useHall.setState({ status: 'connecting' });
      return void venueReader().catch(() => gen === generation && fail(err));
    }
    if (options.inviteShard && err.reason !== 'clientTooOld' && err.reason !== 'banned' && err.reason !== 'badNickname' && err.reason !== 'venueChanged') {
      // The invited shard is gone or full: any shard is better than none.
      options = { ...options, inviteShard: undefined };
      useHall.setState({ error: hallError('shardFull', err.code) });
      return join(gen, rejoinSince);
    }
    if (err.reason === 'badNickname') useIdentity.getState().edit(true, true);
    if (err.reason === 'banned') return fail(err, closeRemoval(null, true));
    if (rejoinSince !== null && err.action === 'retry' && Date.now() - rejoinSince < REJOIN_GIVE_UP_MS) {
      useHall.setState({ status: 'reconnecting' });
      retryTimer = setTimeout(() => void join(gen, rejoinSince), REJOIN_EVERY_MS);
      return;
    }
    fail(err);
    if (err.action === 'retry') retryTimer = setTimeout(() => void join(gen, null), RETRY_EVERY_MS);
  }
}

function attach(room: HallRoom, gen: number): void {
  Object.assign(room.reconnection, SDK_RECONNECT);
  const current = (): boolean => gen === generation && getRoom() === room;
  venueReread = false;
  useHall.setState({ status: 'connected', room, sessionId: room.sessionId, shardRoomId: room.roomId, error: undefined, removed: null });
  // Later joins (shard switch, restart) go by matchmaking unless told otherwise.
  options = { ...options, inviteShard: undefined, resumeFrom: undefined };
  room.onStateChange(() => current() && syncFromState(room));
  syncFromState(room);
  // Removed by a moderator: the reason (and a ban's end) come in this message, right before the close.
  onServerMessage(room, 'kicked', (m) => current() && useHall.setState({ status: 'kicked', removed: removalFromMessage(m) }));
  const live = (): boolean => current() && useHall.getState().removed === null;
  room.onDrop(() => live() && useHall.setState({ status: 'reconnecting' }));
  room.onReconnect(() => live() && useHall.setState({ status: 'connected', error: undefined }));
  room.onLeave((code) => {
    if (!current()) return;
    const told = useHall.getState().removed;
    if (told || code === CLOSE_CODE.kicked || code === CLOSE_CODE.banned || code === CLOSE_CODE.flood) {
      const removed = closeRemoval(told, code === CLOSE_CODE.banned);
      return fail(hallError(removed.banned ? 'banned' : 'kicked', code), removed);
    }
    // Anything else (server restart 4001, reconnection failed 4003, socket lost before 5 s of uptime):
    // join a shard again from where the visitor stands, without reloading.
    clearRoom();
    useHall.setState({ status: 'reconnecting' });
    void join(gen, Date.now());
  });
  for (const listener of roomListeners) {
    const off = listener(room);
    if (off) roomCleanups.push(off);
  }
}

/** Connect (or reconnect with new options). Safe to call again: the previous room is left first. */
export async function connectHall(opts: ConnectOptions): Promise<void> {
  const gen = ++generation;
  options = { ...opts, fair: opts.fair ?? fairOfPage() };
  const old = getRoom();
  clearRoom();
  if (old) void old.leave(true);
  useHall.setState({ status: 'connecting', error: undefined, removed: null });
  await join(gen, null);
}

/** Leave the hall (world unmounted, page hidden for good). */
export function disconnectHall(): void {
  generation++;
  venueReread = false;
  clearTimeout(retryTimer);
  const old = getRoom();
  clearRoom();
  if (old) void old.leave(true);
  useHall.setState({ ...INITIAL_HALL_STATE, roster: new Map(), boothCounts: {} });
}

/** Retry now (the banner's button), keeping the last options. */
export function retryHall(): Promise<void> {
  return connectHall(options);
}

/** Move to another shard (the picker): leave, then joinById. */
export function switchShard(roomId: string): Promise<void> {
  return connectHall({ ...options, inviteShard: roomId });
}

// Leaving on purpose frees the seat at once; a bare socket close would hold it for 20 s as a ghost.
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', (e) => {
    if (!e.persisted) getRoom()?.leave(true).catch(() => {});
  });
}
