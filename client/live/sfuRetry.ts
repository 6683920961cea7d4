/**
 * When a viewer watching the HLS rendition (a few seconds behind) tries the SFU again, and when it
 * switches (live/hlsUpgrade.ts runs it): pure, so the timing is tested without a browser. Tries
 * back off from a few seconds to a minute, with jitter so a crowd that fell back together does not
 * knock together; a try that got a place switches only once WebRTC has a decoded frame (HLS keeps
 * playing until then), and gives the place back if none comes in time.
 */

/** The first try this long after falling back; each refusal doubles it, up to the cap. */
export const SFU_RETRY_FIRST_MS = 5_000;
export const SFU_RETRY_MAX_MS = 60_000;
/** A WebRTC place with no decoded frame after this long is given back (HLS plays on). */
export const SFU_FRAME_WAIT_MS = 10_000;

/** Wait before try number `attempt` (0: the first), jittered by ±20% with `random` in [0, 1). */
export function sfuRetryDelayMs(attempt: number, random: number): number {
  const base = Math.min(SFU_RETRY_MAX_MS, SFU_RETRY_FIRST_MS * 2 ** Math.max(0, Math.min(attempt, 16)));
  return Math.round(base * (0.8 + 0.4 * Math.min(Math.max(random, 0), 1)));
}

/** Why a try got no place: the SFU is full, the try failed (network, server), or the live ended. */
export type Refusal = 'full' | 'failed' | 'ended';
/** What a refusal means: try again later (backing off), or stop trying (the live is gone). */
export function afterTry(outcome: Refusal, attempt: number, random: number): { retryInMs: number } | { stop: true } {
  if (outcome === 'ended') return { stop: true };
  return { retryInMs: sfuRetryDelayMs(attempt + 1, random) };
}

/** While a new WebRTC place warms up: switch once it shows a frame, give it back if it takes too long, else wait. */
export function switchDecision(framesDecoded: number, waitedMs: number): 'switch' | 'giveBack' | 'wait' {
  if (framesDecoded > 0) return 'switch';
  return waitedMs >= SFU_FRAME_WAIT_MS ? 'giveBack' : 'wait';
}
