import { describe, expect, it } from 'vitest';
import type { HeatCell } from '../../shared/analytics/heat.ts';
import { createRecorder } from '../../server/analytics/recorder.ts';
import type { BoothEventWrite, VisitWrite } from '../../server/db/analyticsRepo.ts';
import { createLogger } from '../../server/logger.ts';

const visit = (boothId: string): VisitWrite => ({ fairId: 1, boothId, visitorHash: 'h', day: '2026-12-03', startedAt: new Date(0), endedAt: new Date(5000) });

function fakeRepo() {
  const written = { visits: [] as VisitWrite[], heat: [] as HeatCell[][], events: [] as BoothEventWrite[] };
  let failing = false;
  const repo = {
    writeVisits: async (rows: VisitWrite[]) => {
      if (failing) throw new Error('database down');
      written.visits.push(...rows);
    },
    addHeat: async (_fairId: number, cells: HeatCell[]) => {
      if (failing) throw new Error('database down');
      written.heat.push(cells);
    },
    writeEvents: async (rows: BoothEventWrite[]) => {
      if (failing) throw new Error('database down');
      written.events.push(...rows);
    },
  };
  return { repo, written, fail: (on: boolean) => (failing = on) };
}

describe('analytics recorder', () => {
  it('writes what waits in one batch per table, and a cell counted twice as one row with the sum', async () => {
    const { repo, written } = fakeRepo();
    const rec = createRecorder({ repo, log: createLogger('silent'), flushMs: 60_000 });
    rec.visit(visit('a'));
    rec.visit(visit('b'));
    rec.heat(1, [{ bucket: 0, cellX: 1, cellZ: 2, count: 3 }]);
    rec.heat(1, [{ bucket: 0, cellX: 1, cellZ: 2, count: 4 }, { bucket: 0, cellX: 0, cellZ: 0, count: 1 }]);
    rec.event({ fairId: 1, boothId: 'a', kind: 'link_click', at: new Date(0) });
    expect(written.visits).toEqual([]);
    await rec.flush();
    expect(written.visits.map((v) => v.boothId)).toEqual(['a', 'b']);
    expect(written.heat).toEqual([[{ bucket: 0, cellX: 1, cellZ: 2, count: 7 }, { bucket: 0, cellX: 0, cellZ: 0, count: 1 }]]);
    expect(written.events).toHaveLength(1);
    expect(rec.stats.rowsWritten).toBe(5);
    await rec.close();
  });

  it('keeps the rows of a failed write for the next flush instead of throwing', async () => {
    const { repo, written, fail } = fakeRepo();
    const rec = createRecorder({ repo, log: createLogger('silent'), flushMs: 60_000 });
    fail(true);
    rec.visit(visit('a'));
    rec.heat(1, [{ bucket: 0, cellX: 0, cellZ: 0, count: 2 }]);
    await expect(rec.flush()).resolves.toBeUndefined();
    expect(rec.stats.failedFlushes).toBe(2);
    rec.visit(visit('b'));
    rec.heat(1, [{ bucket: 0, cellX: 0, cellZ: 0, count: 1 }]);
    fail(false);
    await rec.flush();
    expect(written.visits.map((v) => v.boothId)).toEqual(['a', 'b']);
    expect(written.heat).toEqual([[{ bucket: 0, cellX: 0, cellZ: 0, count: 3 }]]);
    await rec.close();
  });

  it('writes without waiting for the timer once 500 visits wait', async () => {
    const { repo, written } = fakeRepo();
    const rec = createRecorder({ repo, log: createLogger('silent'), flushMs: 60_000 });
    for (let i = 0; i < 499; i++) rec.visit(visit(`b${i}`));
    await new Promise((r) => setTimeout(r, 20));
    expect(written.visits).toHaveLength(0);
    rec.visit(visit('b499'));
    const until = Date.now() + 1000;
    while (written.visits.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
    expect(written.visits).toHaveLength(500);
    await rec.close();
  });
});
