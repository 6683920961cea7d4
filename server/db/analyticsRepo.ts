/**
 * What the server asks of the database about analytics: write visits, heat counts and booth events
 * in batches (server/analytics/recorder.ts), and read a fair's or a booth's figures. Types and names
 * only (repos.ts); the queries are in analyticsDrizzle.ts.
 */
import type { HeatCell } from '../../shared/analytics/heat.ts';
import type { AnalyticsFigures, Heatmap } from '../../shared/analytics/api.ts';

export interface VisitWrite {
  fairId: number;
  boothId: string;
  visitorHash: string;
  /** Asia/Seoul day of startedAt (YYYY-MM-DD). */
  day: string;
  startedAt: Date;
  endedAt: Date;
}

export interface BoothEventWrite {
  fairId: number;
  boothId: string;
  kind: 'dialog_open' | 'link_click' | 'product_click';
  at: Date;
}

/** Figures of one fair or one booth over Seoul days `from`..`to` (inclusive). */
export interface FiguresQuery {
  scope: { fairId: number } | { boothId: string };
  from: string;
  to: string;
  /** How many of the latest visits to list (default 200). */
  visitLimit?: number | undefined;
}

export interface AnalyticsRepo {
  writeVisits(rows: VisitWrite[]): Promise<void>;
  /** Adds the counts to what each cell holds (an upsert that sums). */
  addHeat(fairId: number, cells: HeatCell[]): Promise<void>;
  writeEvents(rows: BoothEventWrite[]): Promise<void>;
  figures(q: FiguresQuery): Promise<AnalyticsFigures>;
  heatmap(fairId: number, from: string, to: string): Promise<Heatmap>;
  /** The fair a booth belongs to, or null for an unknown booth. */
  fairOfBooth(boothId: string): Promise<number | null>;
}

export const ANALYTICS_REPO_METHODS = ['writeVisits', 'addHeat', 'writeEvents', 'figures', 'heatmap', 'fairOfBooth'] as const satisfies readonly (keyof AnalyticsRepo)[];
