/**
 * Reads the analytics API (shared/analytics/api.ts), answers checked with zod; a failure is one
 * value, never a throw (the pages say "could not load" and read again).
 */
import type { z } from 'zod';
import { AnalyticsFiguresSchema, DashboardSchema, HeatmapSchema } from '../../shared/analytics/api.ts';

export type Read<T> = { ok: true; data: T } | { ok: false };

async function read<S extends z.ZodType>(path: string, schema: S): Promise<Read<z.output<S>>> {
  try {
    const res = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' });
    const parsed = schema.safeParse(await res.json());
    return res.ok && parsed.success ? { ok: true, data: parsed.data } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/** The permanent exhibition (fair 1): the figures page's fair until staff pick a timed one. */
export const HALL_FAIR_ID = 1;

export interface DayRange {
  from: string;
  to: string;
}
const q = (r: DayRange) => `?from=${r.from}&to=${r.to}`;

export const readDashboard = () => read('/api/admin/dashboard', DashboardSchema);
export const readFairFigures = (fairId: number, r: DayRange) => read(`/api/admin/analytics/fairs/${fairId}${q(r)}`, AnalyticsFiguresSchema);
export const readHeatmap = (fairId: number, r: DayRange) => read(`/api/admin/analytics/fairs/${fairId}/heatmap${q(r)}`, HeatmapSchema);
export const readBoothFigures = (boothId: string, r: DayRange) => read(`/api/studio/booths/${encodeURIComponent(boothId)}/analytics${q(r)}`, AnalyticsFiguresSchema);

export const fairCsvHref = (fairId: number, r: DayRange, lang: string) => `/api/admin/analytics/fairs/${fairId}.csv${q(r)}&lang=${lang}`;
export const boothCsvHref = (boothId: string, r: DayRange, lang: string) => `/api/studio/booths/${encodeURIComponent(boothId)}/analytics.csv${q(r)}&lang=${lang}`;

/** Today and the six days before, as Seoul reads them (the API's default range). */
export function lastWeek(nowMs = Date.now()): DayRange {
  const day = (ms: number) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);
  return { from: day(nowMs - 6 * 86_400_000), to: day(nowMs) };
}
