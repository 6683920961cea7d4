/**
 * bench:live's figures, kept pure for tests/unit/bench-live.test.ts: each viewer's share of the
 * publisher's packets over a window, the step search's verdict (viewers = the last step at which
 * every viewer got ≥ 95%), viewers per core, and a median.
 */

/** Packets the publisher sent and a viewer received (distinct sequence numbers) over one window. */
export interface WindowCount {
  sent: number;
  received: number;
}

/**
 * A viewer's share of the window's packets. Capped at 1: packets in flight at the window's edges
 * can land a few more than were sent inside it.
 */
export function packetShare({ sent, received }: WindowCount): number {
  if (sent <= 0) return 0;
  return Math.min(1, received / sent);
}

/** The worst viewer's share (0 when there is no viewer: nothing was served). */
export function worstShare(counts: readonly WindowCount[]): number {
  return counts.length === 0 ? 0 : Math.min(...counts.map(packetShare));
}

export interface StepResult {
  viewers: number;
  worst: number;
  /** The bench process's CPU over the window, % of its core: near 100 the viewers, not the SFU, were the limit. */
  clientCpuPct: number;
}

export const HOLD_SHARE = 0.95;
/** Above this the viewers' own process may have dropped packets: a failing step then says nothing of the SFU. */
export const CLIENT_BUSY_PCT = 90;

export type Limit = 'loss' | 'client' | 'cap';

export interface Verdict {
  /** Viewers at the last step that held (0 if the first did not). */
  viewers: number;
  /** What ended the search: the SFU lost packets, the viewers' process was saturated, or the largest step held. */
  limit: Limit;
}

/** Steps run in order until one fails; the verdict is the last one that held and why the search stopped. */
export function verdict(steps: readonly StepResult[], threshold = HOLD_SHARE): Verdict {
  let held = 0;
  for (const s of steps) {
    if (s.worst < threshold) return { viewers: held, limit: s.clientCpuPct >= CLIENT_BUSY_PCT ? 'client' : 'loss' };
    held = s.viewers;
  }
  return { viewers: held, limit: 'cap' };
}

/** Viewers one whole core would serve at this rate: viewers served ÷ the share of a core the SFU had. */
export function viewersPerCore(viewers: number, quotaPct: number): number {
  return Math.round((viewers / (quotaPct / 100)) * 10) / 10;
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * A byte budget that fills at `bytesPerMs` (at most two 5 ms ticks' worth, so an idle spell does not
 * become a burst): allow() says how many of the queued packets, in order, go now.
 */
export class Pacer {
  private budget = 0;
  private last: number | null = null;
  private readonly bytesPerMs: number;

  constructor(bytesPerMs: number) {
    this.bytesPerMs = bytesPerMs;
  }

  allow(now: number, queued: readonly number[]): number {
    const cap = this.bytesPerMs * 10;
    this.budget = Math.min(cap, this.budget + (this.last === null ? cap : (now - this.last) * this.bytesPerMs));
    this.last = now;
    let n = 0;
    while (n < queued.length && this.budget > 0) this.budget -= queued[n++]!;
    return n;
  }
}
