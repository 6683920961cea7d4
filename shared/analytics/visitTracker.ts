/**
 * Booth visits from authoritative positions, per avatar slot: a visit begins once a visitor has
 * stood in one booth's area for GRACE (walking past a row of booths is not a visit) and ends once
 * they have been out of it for GRACE (stepping back to let someone through does not split one). Its
 * start is when they first stood there, its end when they were last seen there, so the grace is
 * never counted as dwell. Fed a booth index per slot (the hall sim's `boothOf`, -1 for none) a few
 * times a second; typed arrays and no allocation per call but for a finished visit.
 */

/** Long enough that passing through a booth's area at walking speed is not a visit. */
export const VISIT_GRACE_MS = 3000;

/** A finished visit, by slot and booth index: the room names the booth and hashes the visitor. */
export type VisitSink = (slot: number, booth: number, startMs: number, endMs: number) => void;

const NONE = -1;

export class VisitTracker {
  readonly #grace: number;
  readonly #sink: VisitSink;
  /** The booth of each slot's visit under way, -1 for none. */
  readonly #visitBooth: Int16Array;
  readonly #visitStart: Float64Array;
  /** When the slot was last seen in its visit's booth. */
  readonly #visitSeen: Float64Array;
  /** A booth the slot stands at that is not (yet) a visit, and since when. */
  readonly #candBooth: Int16Array;
  readonly #candSince: Float64Array;

  constructor(capacity: number, sink: VisitSink, graceMs = VISIT_GRACE_MS) {
    this.#grace = graceMs;
    this.#sink = sink;
    this.#visitBooth = new Int16Array(capacity).fill(NONE);
    this.#visitStart = new Float64Array(capacity);
    this.#visitSeen = new Float64Array(capacity);
    this.#candBooth = new Int16Array(capacity).fill(NONE);
    this.#candSince = new Float64Array(capacity);
  }

  /** Where one slot stands now (`booth` -1 for no booth). */
  observe(slot: number, booth: number, nowMs: number): void {
    const visiting = this.#visitBooth[slot]!;
    if (visiting !== NONE && booth === visiting) {
      this.#visitSeen[slot] = nowMs;
      this.#candBooth[slot] = NONE;
      return;
    }
    if (visiting !== NONE && nowMs - this.#visitSeen[slot]! >= this.#grace) this.#close(slot);
    if (booth === NONE) {
      this.#candBooth[slot] = NONE;
      return;
    }
    if (this.#candBooth[slot] !== booth) {
      this.#candBooth[slot] = booth;
      this.#candSince[slot] = nowMs;
      return;
    }
    if (nowMs - this.#candSince[slot]! < this.#grace) return;
    // Long enough at another booth: the one before ends where they were last seen in it.
    this.#close(slot);
    this.#visitBooth[slot] = booth;
    this.#visitStart[slot] = this.#candSince[slot]!;
    this.#visitSeen[slot] = nowMs;
    this.#candBooth[slot] = NONE;
  }

  /** Every slot of an occupied range, from a per-slot booth table (the sim's `boothOf`). */
  observeAll(boothOf: Int16Array, occupied: (slot: number) => boolean, nowMs: number): void {
    for (let slot = 0; slot < boothOf.length; slot++) if (occupied(slot)) this.observe(slot, boothOf[slot]!, nowMs);
  }

  /** The slot's visit under way ends now (the visitor left the shard, or booths were renumbered). */
  end(slot: number): void {
    this.#candBooth[slot] = NONE;
    this.#close(slot);
  }

  #close(slot: number): void {
    const booth = this.#visitBooth[slot]!;
    if (booth === NONE) return;
    this.#visitBooth[slot] = NONE;
    this.#sink(slot, booth, this.#visitStart[slot]!, this.#visitSeen[slot]!);
  }

  /** Ends every visit under way (a re-layout renumbers booths; the room disposes). */
  endAll(): void {
    for (let slot = 0; slot < this.#visitBooth.length; slot++) this.end(slot);
  }
}
