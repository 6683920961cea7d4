/**
 * What clients may ask Colyseus' matchmaker (POST /matchmake/<method>/<room>). Only the server
 * decides when a shard exists: a client may join the fullest open shard or, when none is open
 * below the overflow share (hall/shards.ts: a shard past it turns private), have the server open
 * the next one (`joinOrCreate`); it may join a shard it was invited to (`joinById`), or come back
 * to its seat (`reconnect`). `create` is not offered: a loop of it made 300 shards in 2 s.
 *
 * A request names its fair (`fair`, matched by the room's filterBy): one without it is the permanent
 * exhibition's, so it is given `fair: ''`; otherwise Colyseus would match it to any fair's shard.
 *
 * Refusals get statuses a person or a script can read, where Colyseus answers them with its own
 * 52x codes (server errors, to a proxy): an unoffered method is 403, an unknown shard 404, a full one 409.
 */
import { ErrorCode, matchMaker, ServerError } from '@colyseus/core';
import { refuse } from './join.ts';

export const CLIENT_METHODS = ['joinOrCreate', 'join', 'joinById', 'reconnect'] as const;

/** Colyseus' refusal, as the status and code a client reads. */
function clearer(e: unknown): unknown {
  if (!(e instanceof ServerError)) return e;
  if (e.code === ErrorCode.MATCHMAKE_INVALID_ROOM_ID) {
    // joinById on a shard that stopped taking anyone (all its seats taken or reserved).
    if (/ is locked$/.test(e.message)) return refuse('shardFull');
    return refuse('notFound');
  }
  if (e.code === ErrorCode.MATCHMAKE_INVALID_CRITERIA) return refuse('notFound');
  return e;
}

const colyseusInvoke = matchMaker.controller.invokeMethod;

/** The options with `fair` present ('' when left out or not a string: onAuth refuses the latter as badOptions). */
function withFair<T>(options: T): T {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return options;
  return Object.hasOwn(options, 'fair') ? options : { ...options, fair: '' };
}

/** Installs the rule into the matchmaker (process-wide, like Colyseus' controller itself). */
export function restrictMatchmaking(): void {
  const controller = matchMaker.controller;
  controller.exposedMethods = [...CLIENT_METHODS];
  controller.invokeMethod = async function (method, roomName, clientOptions, authOptions) {
    if (!controller.exposedMethods.includes(method)) throw refuse('forbidden');
    try {
      return await colyseusInvoke.call(controller, method, roomName, withFair(clientOptions), authOptions);
    } catch (e) {
      throw clearer(e);
    }
  };
}
