/**
 * Shards of the hall: friendly names ("1관", "2관" …), the overflow rule and the listing the shard
 * picker reads. A shard above SHARD_OVERFLOW_SHARE of its capacity turns private: matchmaking
 * (`joinOrCreate`) then skips it and fills — or creates — another shard, while invites
 * (`joinById(roomId)`, which Colyseus allows on private rooms) still reach it until it is full.
 */
import { matchMaker } from '@colyseus/core';
import { SHARD_OVERFLOW_SHARE } from './config.ts';

export const HALL_ROOM = 'hall';
export const HALL_FULLSYNC_ROOM = 'hall_fullsync';

export interface ShardMetadata {
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
 * Numbers claimed by shards of this process that may not be listed yet (a shard is listed only once
 * created, and two can be created at once). With several processes (Redis) two may pick the same
 * number for a moment; names are for people, roomIds stay unique.
 */
const claimed = new Set<number>();

/** The lowest shard number nobody uses. */
export async function claimShardNumber(roomName: string): Promise<number> {
  const listed = await matchMaker.query({ name: roomName });
  const used = new Set<number>(claimed);
  for (const r of listed) {
    const n = (r.metadata as Partial<ShardMetadata> | undefined)?.shardNumber;
    if (typeof n === 'number') used.add(n);
  }
  let n = 1;
  while (used.has(n)) n++;
  claimed.add(n);
  return n;
}

export function releaseShardNumber(n: number): void {
  claimed.delete(n);
}

/** Every shard of the hall, by number, for `GET /api/hall/shards`. */
export async function listShards(roomName: string = HALL_ROOM): Promise<ShardListing[]> {
  const rooms = await matchMaker.query({ name: roomName });
  return rooms
    .map((r) => {
      const m = (r.metadata ?? {}) as Partial<ShardMetadata>;
      return {
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
