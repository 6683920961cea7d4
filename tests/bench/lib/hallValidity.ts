/**
 * bench:hall's rule for which figures of a run stand. The bots measure latency with their own event
 * loop, so a bot process near the end of its core, or lagging, makes its latency figures its own
 * delay rather than the server's. Bytes are different: what a bot counts is what its socket read, and
 * when the server says what it wrote (the full-sync room's bytes gauge), bytes stand if the bots took
 * in nearly all of it during the window and the server kept its tick rate (else it sent less than the
 * room would). A run that lost visitors measured another crowd: nothing of it stands.
 */

export const RULES = {
  /** Past either, the bot process is the bound: its reads, and so its latency samples, come late. */
  botCpuPct: 85,
  botLagP99Ms: 40,
  /** Bots received at least this share of what the server wrote in the window… */
  minReceivedShare: 0.98,
  /** …and not more than this (else the two counts disagree). */
  maxReceivedShare: 1.02,
  /** Server ticks a second over the window (its own count, of the 20 it runs): the load it was asked to send. */
  minTicksPerS: 19,
} as const;

export interface RunHealth {
  botCpuPct: number;
  botLagP99Ms: number;
  /** Bots whose connection the server closed during the run. */
  dropped: number;
  /** Ticks the server ran per second over the window (its metrics). */
  serverTicksPerS: number;
  /**
   * Bytes a second all the bots read over their window, and the server wrote to their sockets over
   * its own (the two are read a few milliseconds apart: rates, not totals, so that does not matter);
   * null when the room does not count them.
   */
  receivedBytesPerS: number;
  writtenBytesPerS: number | null;
}

export interface Validity {
  latency: boolean;
  bytes: boolean;
  /** Why a figure does not stand, one phrase each. */
  why: string[];
}

const r1 = (x: number): number => Math.round(x * 10) / 10;

export function validityOf(r: RunHealth): Validity {
  const why: string[] = [];
  if (r.dropped > 0) why.push(`${r.dropped} bots dropped by the server`);
  const botsBound = r.botCpuPct > RULES.botCpuPct || r.botLagP99Ms > RULES.botLagP99Ms;
  if (botsBound) why.push(`bot process at ${r1(r.botCpuPct)}% of its core, event-loop lag p99 ${r1(r.botLagP99Ms)} ms (limits ${RULES.botCpuPct}%, ${RULES.botLagP99Ms} ms)`);
  const ticksHeld = r.serverTicksPerS >= RULES.minTicksPerS;
  if (!ticksHeld) why.push(`server ran ${r1(r.serverTicksPerS)} ticks/s (under ${RULES.minTicksPerS})`);
  let received: boolean;
  if (r.writtenBytesPerS === null) received = !botsBound;
  else {
    const share = r.writtenBytesPerS > 0 ? r.receivedBytesPerS / r.writtenBytesPerS : 0;
    received = share >= RULES.minReceivedShare && share <= RULES.maxReceivedShare;
    if (!received) why.push(`bots received ${r1(share * 100)}% of the bytes the server wrote (needs ${RULES.minReceivedShare * 100}–${RULES.maxReceivedShare * 100}%)`);
  }
  return { latency: r.dropped === 0 && !botsBound, bytes: r.dropped === 0 && ticksHeld && received, why };
}

/** Bots' share of the server's bytes, for the report; null when the server did not count. */
export function receivedShare(r: RunHealth): number | null {
  return r.writtenBytesPerS === null || r.writtenBytesPerS === 0 ? null : r.receivedBytesPerS / r.writtenBytesPerS;
}
