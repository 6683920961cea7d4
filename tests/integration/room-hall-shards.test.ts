import { describe, expect, it } from 'vitest';
import type { ShardListing } from '../../server/hall/shards.ts';
import type { HallRoom } from '../../server/rooms/HallRoom.ts';
import { joinOptions, visit, waitFor, useHallServer, type Visitor } from './room-boot.ts';

/** Shards: above 80% a shard takes no matchmade joiners; invites fill it; the picker lists them. */
describe('hall shards', () => {
  const srv = useHallServer({ HALL_SHARD_CAPACITY: '10' });

  const hall = (id: string): HallRoom => srv.colyseus.getRoomById(id) as unknown as HallRoom;
  const shards = async (): Promise<ShardListing[]> => {
    const r = await fetch(srv.url.replace('ws:', 'http:') + '/api/hall/shards');
    return ((await r.json()) as { shards: ShardListing[] }).shards;
  };

  it('overflows to a new shard above 80%, while an invite still fills the first one', async () => {
    const first: Visitor[] = [];
    for (let i = 0; i < 9; i++) first.push(await visit(srv.url));
    const shard1 = first[0]!.room.roomId;
    expect(new Set(first.map((v) => v.room.roomId))).toEqual(new Set([shard1]));
    // 9 of 10 is past 80%: the shard stops taking matchmade joiners.
    await waitFor(() => hall(shard1).closedToMatchmaking, 3000, 'shard 1 closed to matchmaking');

    const next = await visit(srv.url);
    expect(next.room.roomId).not.toBe(shard1);
    expect((next.room.state as { shardName: string }).shardName).toBe('2관');

    // A friend invited into shard 1 gets the last seat; a second one finds it full.
    const friend = await visit(srv.url, joinOptions(), shard1);
    expect(friend.room.roomId).toBe(shard1);
    await expect(visit(srv.url, joinOptions(), shard1)).rejects.toThrow();

    const list = await shards();
    expect(list.map((s) => [s.shardName, s.clients, s.capacity, s.open])).toEqual([
      ['1관', 10, 10, false],
      ['2관', 1, 10, true],
    ]);

    // People leave shard 1: back under 80%, it takes matchmade joiners again (the fuller open shard first).
    for (const v of first.slice(0, 4)) await v.room.leave();
    await waitFor(() => !hall(shard1).closedToMatchmaking, 3000, 'shard 1 open again');
    const late = await visit(srv.url);
    expect(late.room.roomId).toBe(shard1);
    for (const v of [...first.slice(4), next, friend, late]) await v.room.leave();
  });
});
