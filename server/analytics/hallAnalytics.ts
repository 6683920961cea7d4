/**
 * A hall shard's measurements, fed from its tick at the occupancy rate (2/s): booth visits from the
 * sim's booth table (shared/analytics/visitTracker.ts) and heat samples from positions, at most one
 * per visitor per second. Finished visits leave with a daily hash instead of the guest id; heat counts
 * go to the recorder every HEAT_FLUSH_MS. Nothing here awaits: the recorder writes off the tick.
 */
import { HeatCounter } from '../../shared/analytics/heat.ts';
import { VisitTracker } from '../../shared/analytics/visitTracker.ts';
import type { Layout } from '../../shared/world/types.ts';
import type { HallSim } from '../hall/sim.ts';
import type { AnalyticsRecorder } from './recorder.ts';
import { seoulDay } from './visitorHash.ts';

const HEAT_SAMPLE_MS = 1000;
const HEAT_FLUSH_MS = 5000;

export interface HallAnalyticsDeps {
  recorder: AnalyticsRecorder;
  hash: (guestId: string, atMs: number) => string;
  /** The fair whose hall this shard runs (1 the permanent exhibition, else a timed fair): its visits count under it. */
  fairId: number;
  /** False while an operator has paused counting (SIGUSR2, start.ts): the shard then measures nothing. */
  counting?: () => boolean;
}

export class HallAnalytics {
  readonly #deps: HallAnalyticsDeps;
  readonly #sim: HallSim;
  readonly #tracker: VisitTracker;
  readonly #heat = new HeatCounter();
  readonly #occupied: (slot: number) => boolean;
  readonly #spill: (cells: ReturnType<HeatCounter['drain']>) => void;
  #layout: Layout;
  #heatAt = -Infinity;
  #paused = false;
  #heatFlushedAt: number;

  constructor(deps: HallAnalyticsDeps, sim: HallSim, guestOf: (slot: number) => string | undefined, nowMs: number) {
    this.#deps = deps;
    this.#sim = sim;
    this.#layout = sim.layout;
    this.#heatFlushedAt = nowMs;
    this.#occupied = (slot) => sim.has(slot);
    this.#spill = (cells) => deps.recorder.heat(deps.fairId, cells);
    this.#tracker = new VisitTracker(sim.capacity, (slot, booth, start, end) => {
      const guestId = guestOf(slot);
      const boothId = this.#layout.booths[booth]?.id;
      if (guestId === undefined || boothId === undefined) return;
      deps.recorder.visit({ fairId: deps.fairId, boothId, visitorHash: deps.hash(guestId, start), day: seoulDay(start), startedAt: new Date(start), endedAt: new Date(end) });
    });
  }

  /** One occupancy pass: every avatar's booth, and (once a second) where each stands. */
  sample(nowMs: number): void {
    if (this.#deps.counting?.() === false) {
      // Paused: the visits under way end where they were last seen (the pause is nobody's dwell), and go now.
      if (!this.#paused) {
        this.#paused = true;
        this.endAll(nowMs);
        void this.#deps.recorder.flush();
      }
      return;
    }
    this.#paused = false;
    const sim = this.#sim;
    this.#tracker.observeAll(sim.boothOf, this.#occupied, nowMs);
    if (nowMs - this.#heatAt < HEAT_SAMPLE_MS) return;
    this.#heatAt = nowMs;
    for (let slot = 0; slot < sim.capacity; slot++) {
      const p = sim.state(slot)?.position;
      if (p) this.#heat.add(p.x, p.z, nowMs, this.#spill);
    }
    if (nowMs - this.#heatFlushedAt >= HEAT_FLUSH_MS) this.#flushHeat(nowMs);
  }

  /** The visitor of `slot` leaves the shard: their visit under way ends (call before the slot is freed). */
  leave(slot: number): void {
    this.#tracker.end(slot);
  }

  /** When the shard closes: every visit ends and the heat counts go. */
  endAll(nowMs: number): void {
    this.#tracker.endAll();
    this.#flushHeat(nowMs);
  }

  /**
   * Before the shard switches layout: booth indexes change, so every visit under way ends by the
   * old layout's names, and later ones are named by the new one's.
   */
  relayout(layout: Layout, nowMs: number): void {
    this.endAll(nowMs);
    this.#layout = layout;
  }

  #flushHeat(nowMs: number): void {
    this.#heatFlushedAt = nowMs;
    const cells = this.#heat.drain();
    if (cells.length > 0) this.#deps.recorder.heat(this.#deps.fairId, cells);
  }
}
