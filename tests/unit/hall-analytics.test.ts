import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { VISIT_GRACE_MS } from '../../shared/analytics/visitTracker.ts';
import { layoutWorld } from '../../shared/world/index.ts';
import { HallAnalytics } from '../../server/analytics/hallAnalytics.ts';
import type { AnalyticsRecorder } from '../../server/analytics/recorder.ts';
import type { VisitWrite } from '../../server/db/analyticsRepo.ts';
import { HallSim } from '../../server/hall/sim.ts';

const layout = layoutWorld(CATALOGUE);
const booth = layout.teleports.find((t) => t.kind === 'booth')!;

/** A shard with one visitor standing at a booth, and the rows its analytics hand the recorder. */
function shard(counting: () => boolean) {
  const visits: VisitWrite[] = [];
  let heatCells = 0;
  let flushes = 0;
  const recorder = {
    visit: (v: VisitWrite) => visits.push(v),
    heat: (_fair: number, cells: readonly unknown[]) => void (heatCells += cells.length),
    flush: async () => void flushes++,
  } as unknown as AnalyticsRecorder;
  const sim = new HallSim(layout, 4);
  sim.add(0);
  expect(sim.teleport(0, booth.id, 0)).toEqual({ ok: true });
  sim.stepAll();
  const analytics = new HallAnalytics({ recorder, hash: (id) => `hash:${id}`, fairId: 1, counting }, sim, () => 'guest-1', 0);
  return { analytics, visits, heat: () => heatCells, flushes: () => flushes };
}

describe('HallAnalytics', () => {
  it('counts a visit at a booth, with its dwell, under the hashed visitor', () => {
    const { analytics, visits, heat } = shard(() => true);
    for (let t = 0; t <= 10_000; t += 500) analytics.sample(t);
    analytics.endAll(10_000);
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ fairId: 1, visitorHash: 'hash:guest-1', startedAt: new Date(0), endedAt: new Date(10_000) });
    expect(heat()).toBeGreaterThan(0);
  });

  it('counts nothing while paused; a visit under way ends at the pause, and one after resuming starts then', () => {
    let counting = true;
    const { analytics, visits, heat, flushes } = shard(() => counting);
    for (let t = 0; t < 6000; t += 500) analytics.sample(t);
    counting = false;
    for (let t = 6000; t < 16_000; t += 500) analytics.sample(t);
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ startedAt: new Date(0), endedAt: new Date(5500) });
    expect(flushes()).toBe(1); // written at the pause, not at the next timer
    const heatAtPause = heat();
    counting = true;
    for (let t = 16_000; t <= 16_000 + 2 * VISIT_GRACE_MS; t += 500) analytics.sample(t);
    analytics.endAll(16_000 + 2 * VISIT_GRACE_MS);
    expect(visits).toHaveLength(2);
    expect(visits[1]).toMatchObject({ startedAt: new Date(16_000), endedAt: new Date(16_000 + 2 * VISIT_GRACE_MS) });
    expect(heat()).toBeGreaterThan(heatAtPause);
  });
});
