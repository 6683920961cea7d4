/**
 * The heatmap's counts: where visitors stood, sampled at most once a second each, as counts per
 * HEAT_CELL_M square per HEAT_BUCKET_MS. Only counts leave the shard (no one's path can be read back
 * from a cell count per 10 minutes). Cells are absolute (metres / HEAT_CELL_M, floored), so a
 * re-layout that moves the floor's bounds does not shift earlier cells.
 */

export const HEAT_CELL_M = 4;
export const HEAT_BUCKET_MS = 10 * 60_000;
/** Cell indexes fit a signed 16-bit column: ±131 km at 4 m, far beyond any hall. */
const CELL_SPAN = 1 << 16;
const CELL_OFFSET = 1 << 15;

export interface HeatCell {
  /** Start of the 10-minute bucket (ms since the epoch). */
  bucket: number;
  cellX: number;
  cellZ: number;
  count: number;
}

export const bucketOf = (ms: number): number => ms - (ms % HEAT_BUCKET_MS);
export const cellOf = (metres: number): number => Math.floor(metres / HEAT_CELL_M);

/** Counts of one bucket under way; drain() hands them over and starts again from zero. */
export class HeatCounter {
  #bucket = -1;
  readonly #counts = new Map<number, number>();

  /** One sample at (x, z) metres at `nowMs`; a new bucket first drains the old one into `spill`. */
  add(x: number, z: number, nowMs: number, spill: (cells: HeatCell[]) => void): void {
    const bucket = bucketOf(nowMs);
    if (bucket !== this.#bucket) {
      if (this.#counts.size > 0) spill(this.drain());
      this.#bucket = bucket;
    }
    const key = (cellOf(x) + CELL_OFFSET) * CELL_SPAN + (cellOf(z) + CELL_OFFSET);
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
  }

  /** The counts so far (the store adds them to what it holds for the cell), and zero again. */
  drain(): HeatCell[] {
    const cells: HeatCell[] = [];
    for (const [key, count] of this.#counts) {
      cells.push({ bucket: this.#bucket, cellX: Math.floor(key / CELL_SPAN) - CELL_OFFSET, cellZ: (key % CELL_SPAN) - CELL_OFFSET, count });
    }
    this.#counts.clear();
    return cells;
  }
}
