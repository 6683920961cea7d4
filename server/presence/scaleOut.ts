/**
 * Colyseus Server options for scale-out: with REDIS_URL, RedisPresence + RedisDriver (matchmaking
 * and presence shared by every process, which is what the hall bus and the moderation store ride
 * on); without it, nothing — Colyseus then uses LocalPresence and the local driver in memory.
 * Usage: `new Server({ transport, ...scaleOutOptions(env.REDIS_URL, env.PUBLIC_ADDRESS) })`.
 */
import type { MatchMakerDriver, Presence } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';

export interface ScaleOutOptions {
  presence?: Presence;
  driver?: MatchMakerDriver;
  /** This process's address as clients reach it (host:port[/path]); each process its own. */
  publicAddress?: string;
}

export function scaleOutOptions(redisUrl: string | undefined, publicAddress?: string): ScaleOutOptions {
  if (!redisUrl) return {};
  const opts: ScaleOutOptions = { presence: new RedisPresence(redisUrl), driver: new RedisDriver(redisUrl) };
  // Without it a joiner matched to a room on another process gets "seat reservation expired".
  if (publicAddress) opts.publicAddress = publicAddress;
  return opts;
}
