/**
 * When a shard tells its visitors that the venue changed without moving a booth (a text, a colour,
 * a picture). While enterprises edit their booths such changes come several a second, and each
 * notice is one message to every visitor of the shard — in bench:hall, 1,000 socket writes, about
 * 13 ms of the shard's core in a profile, a quarter of a tick — after which every /world page
 * re-reads /api/catalogue. So a shard sends at most one per VENUE_NOTICE_MS, carrying the newest version:
 * the first change after a quiet spell goes at the end of the next tick, later ones wait for the
 * interval, and the last always goes out. HallRoom sends it after the tick's view messages, so it
 * never holds one back. A change of layout is not held (HallRoom re-lays-out and says so at once),
 * and what it sends covers anything held.
 */

/**
 * Half a second: what a visitor waits at most for a text to change in place, well inside the one
 * second in which an edit on any process reaches every page (docs/architecture.md, "Database"), and
 * at most two notices (and catalogue re-reads per page) a second however fast edits land.
 */
export const VENUE_NOTICE_MS = 500;

export class VenueNotices {
  readonly #everyMs: number;
  /** The newest version not yet announced, if any. */
  #held: number | null = null;
  #sentAt = -Infinity;

  constructor(everyMs = VENUE_NOTICE_MS) {
    this.#everyMs = everyMs;
  }

  /** A newer venue with the same layout: announced by the next due() that is allowed to. */
  hold(version: number): void {
    if (this.#held === null || version > this.#held) this.#held = version;
  }

  /** A notice went out at `now` (a layout change, sent at once): it carried the newest version, so nothing is held. */
  sent(now: number): void {
    this.#held = null;
    this.#sentAt = now;
  }

  /** The version to announce at `now` (the end of a tick), or null: nothing held, or the last notice was too recent. */
  due(now: number): number | null {
    const version = this.#held;
    if (version === null || now - this.#sentAt < this.#everyMs) return null;
    this.sent(now);
    return version;
  }
}
