/**
 * Avatar slots: the small integer that names a visitor in binary frames (12 bits, see
 * shared/net/frame.ts) and indexes every per-visitor typed array of the shard. Lowest free slot
 * first, so a shard that empties and refills reuses the same low numbers.
 */
import { FRAME_MAX_SLOT } from '../../shared/net/frame.ts';

export class SlotPool {
  readonly capacity: number;
  readonly #used: Uint8Array;
  #size = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > FRAME_MAX_SLOT + 1) {
      throw new RangeError(`slot capacity ${capacity} outside 1..${FRAME_MAX_SLOT + 1}`);
    }
    this.capacity = capacity;
    this.#used = new Uint8Array(capacity);
  }

  get size(): number {
    return this.#size;
  }

  /** The lowest free slot, or -1 when full. O(capacity) worst case, only on join. */
  take(): number {
    for (let i = 0; i < this.capacity; i++) {
      if (this.#used[i] === 0) {
        this.#used[i] = 1;
        this.#size++;
        return i;
      }
    }
    return -1;
  }

  release(slot: number): boolean {
    if (!Number.isInteger(slot) || slot < 0 || slot >= this.capacity || this.#used[slot] === 0) return false;
    this.#used[slot] = 0;
    this.#size--;
    return true;
  }

  has(slot: number): boolean {
    return Number.isInteger(slot) && slot >= 0 && slot < this.capacity && this.#used[slot] === 1;
  }
}
