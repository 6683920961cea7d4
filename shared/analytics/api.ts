/**
 * What /api/admin/analytics and /api/studio/booths/:id/analytics answer, checked with zod on the
 * page. Figures only: a visitor appears as a count, never as an id or a hash.
 */
import { z } from 'zod';
import { IdSchema, LocalizedSchema } from '../schemas/localized.ts';

export const BOOTH_ACTIVITY_KINDS = ['dialog_open', 'link_click', 'product_click', 'inquiry', 'order'] as const;
export type BoothActivityKind = (typeof BOOTH_ACTIVITY_KINDS)[number];

/** The range asked for: Asia/Seoul days, both included (default: the last 7 days to today). */
export const DayRangeQuerySchema = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

const Count = z.number().int().min(0);

export const BoothFiguresSchema = z.object({
  boothId: z.string(),
  visits: Count,
  /** Unique visitors summed over the days (one visitor on two days counts twice: the hash is daily). */
  uniqueVisitors: Count,
  avgDwellMs: z.number().min(0),
  events: z.record(z.enum(BOOTH_ACTIVITY_KINDS), Count),
});
export type BoothFigures = z.infer<typeof BoothFiguresSchema>;

export const DailyFiguresSchema = z.object({
  boothId: z.string(),
  day: z.iso.date(),
  uniqueVisitors: Count,
  visits: Count,
  avgDwellMs: z.number().min(0),
});
export type DailyFigures = z.infer<typeof DailyFiguresSchema>;

export const AnalyticsFiguresSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  booths: z.array(BoothFiguresSchema),
  daily: z.array(DailyFiguresSchema),
  /** Unique visitors whose visit began in each 10 minutes (bucket start, ms since the epoch). */
  perTenMinutes: z.array(z.object({ bucket: z.number(), visitors: Count })),
  /** The booth's own figures: its latest visits (no visitor named). */
  recentVisits: z.array(z.object({ boothId: z.string(), startedAt: z.number(), endedAt: z.number(), dwellMs: Count })),
});
export type AnalyticsFigures = z.infer<typeof AnalyticsFiguresSchema>;

export const HeatmapSchema = z.object({
  cellM: z.number().positive(),
  cells: z.array(z.object({ x: z.number().int(), z: z.number().int(), count: Count })),
});
export type Heatmap = z.infer<typeof HeatmapSchema>;

/** A booth event the page reports (POST /api/analytics/events). */
export const BoothEventBodySchema = z.object({
  // A booth id's shape before any query: a NUL or a stray byte in it must not reach the database.
  boothId: IdSchema.max(100),
  kind: z.enum(['dialog_open', 'link_click', 'product_click']),
});
export type BoothEventBody = z.infer<typeof BoothEventBodySchema>;

/**
 * /api/admin/dashboard: visitors now from the hall's presence counts, and chat lines per minute.
 * Each shard says its fair (the timed fair's address, '' the permanent exhibition) and its hall
 * number; `fairs` carries the timed fairs' titles, so the page names a shard "<fair> · <hall>"
 * in its language (every fair numbers its halls from 1).
 */
export const DashboardSchema = z.object({
  at: z.number(),
  visitors: Count,
  shards: z.array(z.object({ shardId: z.string(), fair: z.string(), number: Count, visitors: Count })),
  fairs: z.array(z.object({ slug: z.string(), title: LocalizedSchema })),
  booths: z.array(z.object({ boothId: z.string(), visitors: Count })),
  chatPerMinute: Count,
});
export type Dashboard = z.infer<typeof DashboardSchema>;
