/**
 * The server's clock as seen from this browser, so a deal's countdown ends when the server says it
 * does, whatever the phone's own clock reads (phones drift by minutes, and some are set by hand).
 * Pure: the caller passes the times it measured.
 */

/**
 * How far the server's clock is ahead of ours (ms; negative when behind), from one answer that
 * carried the server's time: our clock just before the request and just after the answer. The
 * server read its clock somewhere between, so the midpoint is the best guess (half the round trip
 * is the error bound).
 */
export function clockOffset(serverMs: number, sentAtMs: number, receivedAtMs: number): number {
  return serverMs - (sentAtMs + receivedAtMs) / 2;
}

export interface Countdown {
  /** Whole hours (not capped at 24: a deal lasts a week at most), minutes (0-59) and seconds (0-59) left. */
  hours: number;
  minutes: number;
  seconds: number;
  /** True once the end has passed (all parts 0). */
  ended: boolean;
}

/**
 * What is left until `endsAtMs` (server time) when our clock reads `nowMs` and the server's is
 * `offsetMs` ahead. Rounded up, so "00:01" shows until the very end and 0 means ended.
 */
export function countdown(endsAtMs: number, nowMs: number, offsetMs: number): Countdown {
  const left = Math.max(0, Math.ceil((endsAtMs - (nowMs + offsetMs)) / 1000));
  return { hours: Math.floor(left / 3600), minutes: Math.floor((left % 3600) / 60), seconds: left % 60, ended: left === 0 };
}

const two = (n: number): string => String(n).padStart(2, '0');

/** "1:02:03", or "02:03" under an hour: the same digits in Korean and English. */
export function clockText(c: Countdown): string {
  return c.hours > 0 ? `${c.hours}:${two(c.minutes)}:${two(c.seconds)}` : `${two(c.minutes)}:${two(c.seconds)}`;
}
