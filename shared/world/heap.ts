/**
 * A binary min-heap of grid cell indices keyed by a float priority, in preallocated typed arrays
 * (A* pushes up to 8 entries per expanded cell; duplicates are skipped when popped).
 * Ties pop in a fixed order, so path search stays deterministic.
 */
export class CellHeap {
  private keys: Float64Array;
  private cells: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.cells = new Int32Array(Math.max(16, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  push(cell: number, key: number): void {
    if (this.size === this.keys.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.keys[i] = this.keys[parent]!;
      this.cells[i] = this.cells[parent]!;
      i = parent;
    }
    this.keys[i] = key;
    this.cells[i] = cell;
  }

  /** Removes and returns the cell with the smallest key; -1 when empty. */
  pop(): number {
    if (this.size === 0) return -1;
    const top = this.cells[0]!;
    const n = --this.size;
    const key = this.keys[n]!;
    const cell = this.cells[n]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.keys[child + 1]! < this.keys[child]!) child += 1;
      if (this.keys[child]! >= key) break;
      this.keys[i] = this.keys[child]!;
      this.cells[i] = this.cells[child]!;
      i = child;
    }
    this.keys[i] = key;
    this.cells[i] = cell;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const cells = new Int32Array(this.cells.length * 2);
    keys.set(this.keys);
    cells.set(this.cells);
    this.keys = keys;
    this.cells = cells;
  }
}
