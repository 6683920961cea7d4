/**
 * Tuning of the hall shard: interest management tiers, input limits, shard overflow. Each value says
 * why it has it; the figures behind them are in docs/performance.md (bench:hall section).
 */
import { TICK_HZ } from '../../shared/world/constants.ts';

export { TICK_HZ };
export const TICK_MS = 1000 / TICK_HZ;

/** Avatars farther than this are never sent (the 20 m interest radius). */
export const INTEREST_RADIUS = 20;
/**
 * Interest tiers by distance rank (nearest first). The nearest avatars are the ones someone talks
 * to and walks past, so they get every tick; the rest of the guaranteed 24 get every 2nd tick, and
 * the bonus ring (the "more where budget allows") every 4th. Only avatars whose quantized
 * pose changed since this visitor last got them are sent at all: a crowd idling at a booth costs
 * nothing after the first frame. Measured at 1,000 visitors: see docs/performance.md.
 */
export const INTEREST_TIERS: readonly { untilRank: number; everyTicks: number }[] = [
  { untilRank: 12, everyTicks: 1 },
  { untilRank: 24, everyTicks: 2 },
  { untilRank: 32, everyTicks: 4 },
];
/** The largest interest set per visitor (the last tier's end). */
export const INTEREST_MAX = INTEREST_TIERS[INTEREST_TIERS.length - 1]!.untilRank;
/**
 * Grid cell for the k-nearest search. At a booth 20 visitors stand within ~3 m; in the aisles a few
 * per 25 m². 5 m cells make the 32-nearest search stop after ~2 rings in a crowd and keep the empty
 * cells of a 20 m search in a quiet corner cheap (9x9 cells).
 */
export const GRID_CELL = 5;
/**
 * The k-nearest search was the biggest compute item of the tick (≈ a sixth of the busy time in a
 * 1,000-visitor profile, after socket writes). Who is nearest changes slowly (at walking speed, a
 * few set changes per visitor per second), so each visitor's set is searched every 2nd tick
 * (staggered by slot) and reused in between.
 */
export const NEAREST_EVERY_TICKS = 2;

/**
 * Input: the client sends at most 20 inputs a second (one per tick). The bucket absorbs packets that
 * network jitter bunches together; anything beyond is dropped and counted, never a disconnect.
 */
export const MOVE_LIMIT = { capacity: 10, refillPerSec: 20 } as const;
/** Click-to-walk searches a path (~1–3 ms): a person clicks a few times a second at most. */
export const WALK_TO_LIMIT = { capacity: 4, refillPerSec: 2 } as const;
export const TELEPORT_LIMIT = { capacity: 3, refillPerSec: 0.5 } as const;
/**
 * Inputs waiting to be applied (one per tick). Six is 300 ms of backlog: beyond that the oldest go,
 * so a client whose packets bunched up after a stall does not walk 2 s behind its own keys.
 */
export const INPUT_QUEUE_MAX = 6;
/** Catch-up: up to this many inputs in one tick while a backlog waits (see HallSim.stepAll). */
export const MAX_INPUTS_PER_TICK = 3;

/** The teleported flag stays set this many ticks, so a visitor hearing of the avatar at 5 Hz still sees the jump. */
export const TELEPORT_FLAG_TICKS = 4;
/** Booth occupancy counts reach everyone at most twice a second (every 10th tick). */
export const OCCUPANCY_EVERY_TICKS = TICK_HZ / 2;

/** A shard stops taking matchmade joiners above this share of its capacity (invites may fill it). */
export const SHARD_OVERFLOW_SHARE = 0.8;
/** A dropped visitor keeps the seat and position this long. */
export const RECONNECT_SECONDS = 20;

/**
 * Flood: any refused message (malformed, unknown type, over a limit) counts; this many in the
 * window closes the connection with CLOSE_CODE.flood. An honest client runs the same limits before
 * sending, so it never gets near (shared/net/rateLimiter.ts DEFAULT_FLOOD_RULE: 100 in 5 s).
 */
export { DEFAULT_FLOOD_RULE as FLOOD_RULE } from '../../shared/net/rateLimiter.ts';
/**
 * …and so does sheer volume, valid or not, as a bucket: 60 messages a second (three times the
 * client's 20 inputs plus chat and hearts) with a 600-message burst. The burst is what a connection
 * that stalled for 30 s delivers at once when it recovers (TCP bunches what the page kept sending):
 * that must not look like a flood. A bot at 1,000/s is cut in well under a second. (Colyseus' own
 * per-second cap would close with its generic code, so it stays off and this one says "flood".)
 */
export const VOLUME_LIMIT = { capacity: 600, refillPerSec: 60 } as const;
/** Nearby chat reaches this far (metres); inside the interest radius, so the speaker is visible. */
export { DEFAULT_NEARBY_RADIUS as NEARBY_CHAT_RADIUS } from '../../shared/chat/rules.ts';
