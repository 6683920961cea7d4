/**
 * Analytics rows on their way to the database: the hall shards and the event route hand rows over
 * (an array push, nothing awaited), and they are written in batches every FLUSH_MS or once MAX_BATCH
 * visits wait, off the rooms' ticks. A failed write puts its rows back for the next flush and logs,
 * never throws into a room; past MAX_PENDING rows the oldest are dropped (and counted) so a long
 * database outage cannot grow the process without bound.
 */
import { Counter } from 'prom-client';
import type { HeatCell } from '../../shared/analytics/heat.ts';
import type { AnalyticsRepo, BoothEventWrite, VisitWrite } from '../db/analyticsRepo.ts';
import type { Logger } from '../logger.ts';
import { metrics } from '../metrics/metrics.ts';

/** Rows written (visits, heat cells, events) for /metrics: operators and bench:analytics read the rate. */
const ROWS_METRIC = 'seeot_analytics_rows_written_total';
const rowsCounter = (): Counter =>
  (metrics.registry.getSingleMetric(ROWS_METRIC) as Counter | undefined) ??
  new Counter({ name: ROWS_METRIC, help: 'Analytics rows written to the database (booth visits, heat cells, booth events)', registers: [metrics.registry] });

const FLUSH_MS = 5000;
const MAX_BATCH = 500;
const MAX_PENDING = 100_000;

export interface AnalyticsRecorder {
  visit(v: VisitWrite): void;
  heat(fairId: number, cells: readonly HeatCell[]): void;
  event(e: BoothEventWrite): void;
  /** Writes what waits now (tests, shutdown). */
  flush(): Promise<void>;
  close(): Promise<void>;
  readonly stats: { rowsWritten: number; rowsDropped: number; failedFlushes: number };
}

export interface RecorderOptions {
  repo: Pick<AnalyticsRepo, 'writeVisits' | 'addHeat' | 'writeEvents'>;
  log: Logger;
  flushMs?: number;
}

export function createRecorder({ repo, log, flushMs = FLUSH_MS }: RecorderOptions): AnalyticsRecorder {
  let visits: VisitWrite[] = [];
  let events: BoothEventWrite[] = [];
  /** Cells summed per fair, bucket and cell: one insert may not upsert the same row twice. */
  let heat = new Map<string, { fairId: number; cell: HeatCell }>();
  let running: Promise<void> | null = null;
  let soon = false;
  const stats = { rowsWritten: 0, rowsDropped: 0, failedFlushes: 0 };
  const written = rowsCounter();

  const bound = <T>(rows: T[]): T[] => {
    const over = rows.length - MAX_PENDING;
    if (over <= 0) return rows;
    stats.rowsDropped += over;
    return rows.slice(over);
  };

  async function write(): Promise<void> {
    const [v, e, h] = [visits, events, heat];
    visits = [];
    events = [];
    heat = new Map();
    const heatByFair = new Map<number, HeatCell[]>();
    for (const { fairId, cell } of h.values()) (heatByFair.get(fairId) ?? heatByFair.set(fairId, []).get(fairId)!).push(cell);
    const parts: [string, () => Promise<void>, () => void, number][] = [
      ['visits', () => repo.writeVisits(v), () => (visits = bound([...v, ...visits])), v.length],
      ['events', () => repo.writeEvents(e), () => (events = bound([...e, ...events])), e.length],
      ...[...heatByFair].map(([fairId, cells]): [string, () => Promise<void>, () => void, number] => [
        'heat',
        () => repo.addHeat(fairId, cells),
        () => cells.forEach((c) => addHeat(fairId, c)),
        cells.length,
      ]),
    ];
    for (const [what, run, putBack, n] of parts) {
      if (n === 0) continue;
      try {
        await run();
        stats.rowsWritten += n;
        written.inc(n);
      } catch (err) {
        stats.failedFlushes++;
        putBack();
        log.warn({ err, what, rows: n }, 'analytics rows not written; retried at the next flush');
      }
    }
  }

  function addHeat(fairId: number, c: HeatCell): void {
    const key = `${fairId}:${c.bucket}:${c.cellX}:${c.cellZ}`;
    const known = heat.get(key);
    if (known) known.cell = { ...known.cell, count: known.cell.count + c.count };
    else heat.set(key, { fairId, cell: c });
  }

  function flush(): Promise<void> {
    // One write at a time: a slow database gets bigger batches, not overlapping ones.
    running ??= write().finally(() => (running = null));
    return running;
  }

  const timer = setInterval(() => void flush(), flushMs);
  timer.unref();

  return {
    stats,
    visit(v) {
      visits.push(v);
      if (visits.length >= MAX_BATCH && !soon) {
        soon = true;
        setImmediate(() => {
          soon = false;
          void flush();
        });
      }
    },
    heat(fairId, cells) {
      for (const c of cells) addHeat(fairId, c);
    },
    event(e) {
      events.push(e);
    },
    async flush() {
      await running;
      await flush();
    },
    async close() {
      clearInterval(timer);
      await running;
      await flush();
    },
  };
}
