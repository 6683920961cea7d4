/**
 * Prometheus metrics for the hall: one registry per process (rooms in the process share it), so
 * gauges are process totals — rooms use inc()/dec() on join/leave and create/dispose, or set() when
 * one place owns the number. Label values are a closed set (message types, rejection reasons):
 * never a visitor id or free text, which would grow the series without bound.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export function createMetrics(opts: { defaultMetrics?: boolean } = {}) {
  const registry = new Registry();
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry });

  const shards = new Gauge({ name: 'seeot_shards', help: 'Hall shards (rooms) open in this process', registers: [registry] });
  const visitors = new Gauge({ name: 'seeot_visitors', help: 'Visitors connected to this process', registers: [registry] });
  const messages = new Counter({
    name: 'seeot_messages_total',
    help: 'Client messages accepted, by type (rate() gives messages per second)',
    labelNames: ['type'] as const,
    registers: [registry],
  });
  const rejections = new Counter({
    name: 'seeot_rejections_total',
    help: 'Client messages or joins refused, by reason',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  // Buckets around the 50 ms tick budget: a healthy tick is 1–20 ms, anything near 50 is trouble.
  const tickSeconds = new Histogram({
    name: 'seeot_tick_duration_seconds',
    help: 'Simulation tick duration (step + interest + send)',
    buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.25],
    registers: [registry],
  });

  return {
    registry,
    shards,
    visitors,
    /** One tick took `ms` milliseconds. */
    tick(ms: number): void {
      if (Number.isFinite(ms) && ms >= 0) tickSeconds.observe(ms / 1000);
    },
    /** `n` accepted messages of `type` (rooms batch them: see HallHub.accepted). */
    message(type: string, n = 1): void {
      messages.inc({ type }, n);
    },
    rejected(reason: string): void {
      rejections.inc({ reason });
    },
    /** Prometheus text exposition. */
    text: (): Promise<string> => registry.metrics(),
    contentType: registry.contentType,
  };
}
export type Metrics = ReturnType<typeof createMetrics>;

/** The process-wide instance the rooms and the /metrics route use. */
export const metrics: Metrics = createMetrics();
