/**
 * Shards of the hall: friendly names ("1관", "2관" …), the overflow rule and the listing the shard
 * picker reads. A shard above SHARD_OVERFLOW_SHARE of its capacity turns private: matchmaking
 * (`joinOrCreate`) then skips it and fills — or creates — another shard, while invites
 * (`joinById(roomId)`, which Colyseus allows on private rooms) still reach it until it is full.
 */
import { matchMaker, type Presence } from '@colyseus/core';
import { SHARD_OVERFLOW_SHARE } from './config.ts';

export const HALL_ROOM = 'hall';
export const HALL_FULLSYNC_ROOM = 'hall_fullsync';

export interface ShardMetadata {
  /** The timed fair's address the shard runs ('' the permanent exhibition): matchmaking filters on it. */
  fair: string;
  shardName: string;
  shardNumber: number;
  capacity: number;
}

export interface ShardListing extends ShardMetadata {
  roomId: string;
  clients: number;
  /** False above the overflow share: new joiners go elsewhere, invites still come in. */
  open: boolean;
}

export function shardName(n: number): string {
  return `${n}관`;
}

/** Whether a shard with `occupied` seats (connected, held and reserved) stops taking matchmade joiners. */
export function isOverflowing(occupied: number, capacity: number): boolean {
  return occupied > Math.floor(capacity * SHARD_OVERFLOW_SHARE);
}

/**
 * Shard numbers are claimed in the presence (shared by every process with Redis): `INCR` on
 * `seeot:shard:<room>:<n>` returns 1 to exactly one claimant, so two processes creating shards at
 * the same moment get different names. The key expires unless its shard refreshes it (a crashed
 * process frees its numbers within CLAIM_TTL_S) and is deleted when the shard closes.
 */
export const CLAIM_TTL_S = 30;
export const CLAIM_REFRESH_MS = 10_000;
// Each fair numbers its own shards (its 1관, 2관 …); the permanent exhibition's keys are as they always were.
const claimKey = (roomName: string, fair: string, n: number) => (fair === '' ? `seeot:shard:${roomName}:${n}` : `seeot:shard:${roomName}:f:${fair}:${n}`);

/** The lowest shard number nobody holds in the fair's hall, claimed for this shard. */
export async function claimShardNumber(presence: Presence, roomName: string, fair: string): Promise<number> {
  // Numbers of listed shards are skipped without a round trip each; the claim itself decides.
  const listed = await matchMaker.query({ name: roomName, fair });
  const used = new Set<number>();
  for (const r of listed) {
    const n = (r.metadata as Partial<ShardMetadata> | undefined)?.shardNumber;
    if (typeof n === 'number') used.add(n);
  }
  for (let n = 1; ; n++) {
    if (used.has(n)) continue;
    const key = claimKey(roomName, fair, n);
    const holders = await presence.incr(key);
    await presence.expire(key, CLAIM_TTL_S); // also on a lost race: the holder refreshes it anyway
    if (holders === 1) return n;
  }
}

/** Keeps the claim alive (call every CLAIM_REFRESH_MS). */
export function refreshShardNumber(presence: Presence, roomName: string, fair: string, n: number): void {
  Promise.resolve(presence.expire(claimKey(roomName, fair, n), CLAIM_TTL_S)).catch(() => {});
}

export async function releaseShardNumber(presence: Presence, roomName: string, fair: string, n: number): Promise<void> {
  await Promise.resolve(presence.del(claimKey(roomName, fair, n)));
}

/**
 * Every shard of a fair's hall ('' the permanent exhibition), by number, for `GET /api/hall/shards`;
 * `fair` undefined: every fair's (the live analytics name them all).
 */
export async function listShards(fair?: string, roomName: string = HALL_ROOM): Promise<ShardListing[]> {
  const rooms = await matchMaker.query(fair === undefined ? { name: roomName } : { name: roomName, fair });
  return rooms
    .map((r) => {
      const m = (r.metadata ?? {}) as Partial<ShardMetadata>;
      return {
        fair: m.fair ?? '',
        roomId: r.roomId,
        shardName: m.shardName ?? '',
        shardNumber: m.shardNumber ?? 0,
        capacity: m.capacity ?? r.maxClients,
        clients: r.clients,
        open: !r.private && !r.locked,
      };
    })
    .sort((a, b) => a.shardNumber - b.shardNumber);
}
