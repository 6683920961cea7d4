/**
 * The hall's schema state: only what changes slowly. Positions never go here (they are binary
 * frames, see interest.ts); the roster changes on join/leave and booth counts at most twice a second,
 * so one shared patch per change costs every visitor a few bytes.
 */
import { Encoder, schema, t, type SchemaType } from '@colyseus/schema';

// A full roster of 1,000 (slot, nickname up to 80 code points, colour) encodes to ~30–60 KB for a
// joiner; the default 8 KB buffer would grow with a console warning on the first big join.
Encoder.BUFFER_SIZE = Math.max(Encoder.BUFFER_SIZE, 256 * 1024);

/**
 * One visitor in the "who's here" list. `slot` names the avatar in position frames; /list visitors
 * have no avatar and carry NO_SLOT (server/hall/seats.ts), which no frame ever uses.
 */
export const RosterEntry = schema({
  slot: t.uint16(),
  nickname: t.string(),
  colorIndex: t.uint8(),
  /** False while the visitor's connection is dropped and its seat held for reconnection. */
  connected: t.boolean(),
  /** The booth this visitor hosts right now (a member standing at their own booth), '' for none: their avatar's badge. */
  hosting: t.string(),
  /** The avatar's look as indices into shared/schemas/avatarLook.ts's lists (one byte each). */
  shape: t.uint8(),
  hair: t.uint8(),
  outfit: t.uint8(),
  /** 'host' (an enterprise member), 'staff' or '': from the signed session, shown on the name tag. */
  badge: t.string(),
}, 'RosterEntry');
export type RosterEntry = SchemaType<typeof RosterEntry>;

export const HallState = schema({
  /** Friendly shard name for the HUD ("1관"). */
  shardName: t.string(),
  capacity: t.uint16(),
  /** By sessionId (the SDK's room.sessionId finds one's own entry and slot). */
  roster: t.map(RosterEntry),
  /** Visitors standing at each booth, by booth id; booths with nobody are absent. */
  booths: t.map('uint16'),
  /**
   * Hall-wide, across every shard and process (presence pub/sub, server/presence/hallBus.ts):
   * visitors, shards heard from, and visitors per booth (absent = 0). Refreshed twice a second;
   * a patch carries only what changed.
   */
  hallVisitors: t.uint32(),
  hallShards: t.uint16(),
  hallBooths: t.map('uint16'),
  /** Hosts standing at each booth, hall-wide (absent = none): "담당자 있음" on the booth. */
  hallHosts: t.map('uint16'),
}, 'HallState');
export type HallState = SchemaType<typeof HallState>;
