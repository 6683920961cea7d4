/**
 * Which pictures hold the pool's slots: the nearest ones within range, each URL once (a picture
 * shown twice takes one slot). Pure bookkeeping, no three.js or fetch: BoothPictures starts the
 * loads it asks for and reports back. Planning works in typed arrays made when the items are set,
 * with one comparator made here, so it may run from the frame loop (a few times a second).
 */
const FREE = 0;
const LOADING = 1;
const READY = 2;

export interface Placed {
  url: string;
  x: number;
  z: number;
}

export class PictureSchedule {
  readonly slots: number;
  private readonly slotUrl: (string | null)[];
  private readonly slotState: Uint8Array;
  private readonly urlSlot = new Map<string, number>();
  /** URLs that failed to load: not asked for again while this schedule lives (a venue edit gives new URLs). */
  private readonly failedUrls = new Set<string>();
  private urls: string[] = [];
  private urlIndex = new Map<string, number>();
  private itemUrl = new Int32Array(0);
  private itemX = new Float32Array(0);
  private itemZ = new Float32Array(0);
  private urlDist = new Float32Array(0);
  private order = new Uint32Array(0);
  private wanted = new Uint8Array(0);
  private readonly byDistance = (a: number, b: number): number => this.urlDist[a]! - this.urlDist[b]!;

  constructor(slots: number) {
    this.slots = slots;
    this.slotUrl = new Array<string | null>(slots).fill(null);
    this.slotState = new Uint8Array(slots);
  }

  /** The pictures in the world now (at mount and after a venue edit); slots keep what they hold. */
  setItems(items: readonly Placed[]): void {
    const index = new Map<string, number>();
    this.itemUrl = new Int32Array(items.length);
    this.itemX = new Float32Array(items.length);
    this.itemZ = new Float32Array(items.length);
    items.forEach((it, i) => {
      let u = index.get(it.url);
      if (u === undefined) index.set(it.url, (u = index.size));
      this.itemUrl[i] = u;
      this.itemX[i] = it.x;
      this.itemZ[i] = it.z;
    });
    this.urls = [...index.keys()];
    this.urlIndex = index;
    this.urlDist = new Float32Array(this.urls.length);
    this.order = new Uint32Array(this.urls.length);
    this.wanted = new Uint8Array(this.urls.length);
  }

  /**
   * From where the visitor stands: the nearest URLs within `range` (up to the slot count) should be
   * resident. Starts at most `budget` loads through `start(slot, url)`, nearest first, into a free
   * slot or else the slot of the farthest resident picture that is no longer wanted (a load in
   * progress is never cut short). Returns how many loads it started.
   */
  plan(px: number, pz: number, range: number, budget: number, start: (slot: number, url: string) => void, evicted: (slot: number) => void): number {
    const n = this.urls.length;
    this.urlDist.fill(Infinity);
    for (let i = 0; i < this.itemUrl.length; i++) {
      const u = this.itemUrl[i]!;
      const d = Math.hypot(this.itemX[i]! - px, this.itemZ[i]! - pz);
      if (d < this.urlDist[u]!) this.urlDist[u] = d;
    }
    for (let u = 0; u < n; u++) this.order[u] = u;
    this.order.sort(this.byDistance);
    this.wanted.fill(0);
    let wantedCount = 0;
    for (let k = 0; k < n && wantedCount < this.slots; k++) {
      const u = this.order[k]!;
      if (this.urlDist[u]! > range) break;
      if (this.failedUrls.has(this.urls[u]!)) continue;
      this.wanted[u] = 1;
      wantedCount++;
    }
    let started = 0;
    for (let k = 0; k < n && started < budget; k++) {
      const u = this.order[k]!;
      if (this.wanted[u] === 0) continue;
      const url = this.urls[u]!;
      if (this.urlSlot.has(url)) continue;
      const slot = this.freeSlot();
      if (slot < 0) break;
      const old = this.slotUrl[slot];
      if (old !== null && old !== undefined) {
        this.urlSlot.delete(old);
        evicted(slot);
      }
      this.slotUrl[slot] = url;
      this.slotState[slot] = LOADING;
      this.urlSlot.set(url, slot);
      start(slot, url);
      started++;
    }
    return started;
  }

  /** A load finished: the slot now shows its picture, or is free again when it failed. */
  loaded(slot: number, url: string, ok: boolean): void {
    if (this.slotUrl[slot] !== url) return;
    if (ok) {
      this.slotState[slot] = READY;
      return;
    }
    this.failedUrls.add(url);
    this.urlSlot.delete(url);
    this.slotUrl[slot] = null;
    this.slotState[slot] = FREE;
  }

  /** The slot showing this URL, or -1 while it is not loaded. */
  readySlot(url: string): number {
    const s = this.urlSlot.get(url);
    return s !== undefined && this.slotState[s] === READY ? s : -1;
  }

  counts(): { resident: number; loading: number; failed: number } {
    let resident = 0;
    let loading = 0;
    for (let s = 0; s < this.slots; s++) {
      if (this.slotState[s] === READY) resident++;
      else if (this.slotState[s] === LOADING) loading++;
    }
    return { resident, loading, failed: this.failedUrls.size };
  }

  /** A free slot, else the ready slot whose picture is farthest and unwanted, else -1. */
  private freeSlot(): number {
    let best = -1;
    let bestDist = -1;
    for (let s = 0; s < this.slots; s++) {
      const state = this.slotState[s];
      if (state === FREE) return s;
      if (state !== READY) continue;
      const url = this.slotUrl[s]!;
      const u = this.urlIndex.get(url);
      // A picture the venue no longer shows is the first to go.
      const d = u === undefined ? Infinity : this.wanted[u] === 1 ? -1 : this.urlDist[u]!;
      if (d > bestDist) {
        bestDist = d;
        best = s;
      }
    }
    return bestDist >= 0 ? best : -1;
  }
}
