import type { Room } from '@colyseus/sdk';
import { create } from 'zustand';
import type { HallError } from './joinErrors.ts';
import type { Removal } from './removal.ts';

/**
 * The hall connection's slow state (changes on join/leave/booth counts, never per frame), read by the
 * HUD, the chat panel and /list. The connection itself lives in hallStore.ts; positions never come
 * through here (they are binary view messages, see client/world/avatars/).
 */
export type HallStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'error' | 'kicked';

/** One roster entry as the room's schema state has it (server/hall/state.ts). */
export interface RosterEntry {
  slot: number;
  nickname: string;
  colorIndex: number;
  /** False while the visitor's connection is dropped and the seat held. */
  connected: boolean;
  /** The booth this visitor hosts right now (an enterprise member at their own booth), '' for none. */
  hosting: string;
  /** The avatar's look as indices into shared/schemas/avatarLook.ts's lists. */
  shape: number;
  hair: number;
  outfit: number;
  /** The server's mark from the visitor's session: 'host', 'staff' or ''. */
  badge: string;
}

/** The decoded schema state of a hall shard (reflection-decoded: plain getters, MapSchema maps). */
export interface HallStateView {
  shardName: string;
  capacity: number;
  /** Visitors across every shard (presence pub/sub); 0 until the first hall-wide count. */
  hallVisitors?: number;
  roster: ReadonlyMapLike<RosterEntry>;
  booths: ReadonlyMapLike<number>;
  /** Hosts at each booth across every shard (absent from a server of the release before hosts). */
  hallHosts?: ReadonlyMapLike<number>;
}
interface ReadonlyMapLike<V> {
  readonly size: number;
  get(key: string): V | undefined;
  forEach(cb: (value: V, key: string) => void): void;
}

// The SDK's first type parameter describes a typed server room; ours is untyped on purpose
// (messages are zod-checked against shared/protocol/ by client/net/messages.ts), so `any` is what the SDK expects there.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type HallRoom = Room<any, HallStateView>;

export interface HallStoreState {
  status: HallStatus;
  room: HallRoom | null;
  sessionId: string | null;
  /** Slot of one's own avatar in view messages (-1 until the roster has it). */
  mySlot: number;
  shardName: string;
  shardRoomId: string | null;
  capacity: number;
  /** Who's here, by sessionId. A new Map whenever anything in it changes (cheap selector equality). */
  roster: ReadonlyMap<string, RosterEntry>;
  /** Visitors at each booth (booths with nobody are absent). */
  boothCounts: Readonly<Record<string, number>>;
  /** Visitors across every shard, when the server says (null: not provided yet). */
  hallTotal: number | null;
  /** Hosts at each booth across every shard (booths without one are absent): "담당자 있음". */
  boothHosts: Readonly<Record<string, number>>;
  error?: HallError | undefined;
  /** Set with status 'kicked': removed by a moderator (or refused by a ban), and why. */
  removed: Removal | null;
}

export const INITIAL_HALL_STATE: HallStoreState = {
  status: 'idle',
  room: null,
  sessionId: null,
  mySlot: -1,
  shardName: '',
  shardRoomId: null,
  capacity: 0,
  roster: new Map(),
  boothCounts: {},
  hallTotal: null,
  boothHosts: {},
  removed: null,
};

export const useHall = create<HallStoreState>()(() => ({ ...INITIAL_HALL_STATE }));

function sameRoster(a: ReadonlyMap<string, RosterEntry>, b: HallStateView['roster']): boolean {
  if (a.size !== b.size) return false;
  let same = true;
  b.forEach((e, id) => {
    const o = a.get(id);
    if (!o || o.slot !== e.slot || o.nickname !== e.nickname || o.colorIndex !== e.colorIndex || o.connected !== e.connected || o.hosting !== e.hosting) same = false;
    if (o && (o.shape !== (e.shape ?? 0) || o.hair !== (e.hair ?? 0) || o.outfit !== (e.outfit ?? 0) || o.badge !== (e.badge ?? ''))) same = false;
  });
  return same;
}

const EMPTY_MAP: ReadonlyMapLike<number> = new Map<string, number>();

function sameCounts(a: Readonly<Record<string, number>>, b: HallStateView['booths']): boolean {
  if (Object.keys(a).length !== b.size) return false;
  let same = true;
  b.forEach((n, id) => {
    if (a[id] !== n) same = false;
  });
  return same;
}

/**
 * Copies the schema state into the store after a patch, touching only what changed, so a booth count
 * ticking does not re-render the who's-here list and vice versa.
 */
export function syncFromState(room: HallRoom): void {
  const state = room.state as HallStateView | undefined;
  if (!state?.roster) return;
  const cur = useHall.getState();
  const next: Partial<HallStoreState> = {};
  if (state.shardName !== cur.shardName) next.shardName = state.shardName;
  if (state.capacity !== cur.capacity) next.capacity = state.capacity;
  const total = typeof state.hallVisitors === 'number' && state.hallVisitors > 0 ? state.hallVisitors : null;
  if (total !== cur.hallTotal) next.hallTotal = total;
  if (!sameRoster(cur.roster, state.roster)) {
    const roster = new Map<string, RosterEntry>();
    state.roster.forEach((e, id) =>
      roster.set(id, {
        slot: e.slot,
        nickname: e.nickname,
        colorIndex: e.colorIndex,
        connected: e.connected,
        hosting: e.hosting ?? '',
        shape: e.shape ?? 0,
        hair: e.hair ?? 0,
        outfit: e.outfit ?? 0,
        badge: e.badge ?? '',
      }),
    );
    next.roster = roster;
    next.mySlot = roster.get(room.sessionId)?.slot ?? -1;
  }
  if (!sameCounts(cur.boothCounts, state.booths)) {
    const counts: Record<string, number> = {};
    state.booths.forEach((n, id) => (counts[id] = n));
    next.boothCounts = counts;
  }
  const hosts = state.hallHosts ?? EMPTY_MAP;
  if (!sameCounts(cur.boothHosts, hosts)) {
    const byBooth: Record<string, number> = {};
    hosts.forEach((n, id) => (byBooth[id] = n));
    next.boothHosts = byBooth;
  }
  if (Object.keys(next).length > 0) useHall.setState(next);
}
