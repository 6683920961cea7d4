/**
 * Every Colyseus room type of the server, registered in one place so app.ts stays thin and tests
 * boot the same configuration.
 */
import type { Server } from '@colyseus/core';
import type { Catalogue } from '../shared/schemas/catalogue.ts';
import { layoutWorld } from '../shared/world/index.ts';
import type { Env } from './env.ts';
import { HALL_FULLSYNC_ROOM, HALL_ROOM } from './hall/shards.ts';
import type { Logger } from './logger.ts';
import { hallFullSyncRoomClass } from './rooms/HallFullSyncRoom.ts';
import { hallRoomClass } from './rooms/HallRoom.ts';

export interface RoomDeps {
  env: Env;
  log: Logger;
  catalogue: Catalogue;
}

export function defineRooms(gameServer: Server, { env, log, catalogue }: RoomDeps): void {
  // One layout for every shard: it is pure data derived from the catalogue, the same the client draws.
  const deps = { layout: layoutWorld(catalogue), capacity: env.HALL_SHARD_CAPACITY, log };
  // Matchmade joiners fill the fullest open shard first: friends who arrive together stay together.
  gameServer.define(HALL_ROOM, hallRoomClass(deps)).sortBy({ clients: -1 });
  if (env.HALL_FULLSYNC_ROOM) gameServer.define(HALL_FULLSYNC_ROOM, hallFullSyncRoomClass(deps));
}
