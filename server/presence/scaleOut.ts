/**
 * Colyseus Server options for scale-out: with REDIS_URL, RedisPresence + RedisDriver (matchmaking
 * and presence shared by every process, which is what the hall bus and the moderation store ride
 * on); without it, nothing — Colyseus then uses LocalPresence and the local driver in memory.
 * Usage: `new Server({ transport, ...(await scaleOutOptions(env.REDIS_URL, env.PUBLIC_ADDRESS)) })`.
 */
import { matchMaker, type MatchMakerDriver, type Presence } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { probeRedis } from './redisProbe.ts';

export interface ScaleOutOptions {
  presence?: Presence;
  driver?: MatchMakerDriver;
  /** This process's address as clients reach it (host:port[/path]); each process its own. */
  publicAddress?: string;
  selectProcessIdToCreateRoom?: matchMaker.SelectProcessIdCallback;
}

/**
 * Where a new shard opens: the process with the fewest connected visitors (then fewest rooms).
 * Colyseus' default counts rooms only, so a process holding one full shard and one with a single
 * visitor in an empty one would look alike; visitors are what cost CPU. Stats are the ones every
 * process publishes to the presence about once a second.
 */
export async function leastLoadedProcess(): Promise<string> {
  const all = await matchMaker.stats.fetchAll();
  all.sort((a, b) => a.ccu - b.ccu || a.roomCount - b.roomCount);
  return all[0]?.processId ?? matchMaker.processId;
}

export async function scaleOutOptions(redisUrl: string | undefined, publicAddress?: string): Promise<ScaleOutOptions> {
  if (!redisUrl) return {};
  // Before the clients below exist: they retry for ever, and a wrong URL must stop boot at once.
  await probeRedis(redisUrl);
  const opts: ScaleOutOptions = {
    presence: new RedisPresence(redisUrl),
    driver: new RedisDriver(redisUrl),
    selectProcessIdToCreateRoom: leastLoadedProcess,
  };
  // Without it a joiner matched to a room on another process gets "seat reservation expired".
  if (publicAddress) opts.publicAddress = publicAddress;
  return opts;
}
