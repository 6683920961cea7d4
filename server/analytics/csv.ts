/**
 * Analytics as spreadsheets (inquiries/csv.ts: UTF-8 BOM, formula-safe cells), headers in the
 * reader's language: a fair's figures per booth, and a booth's visits one per row. No visitor is
 * named in either (not even by hash).
 */
import type { AnalyticsFigures } from '../../shared/analytics/api.ts';
import { BOOTH_ACTIVITY_KINDS } from '../../shared/analytics/api.ts';
import { analyticsEn } from '../../shared/i18n/analytics-en.ts';
import { analyticsKo } from '../../shared/i18n/analytics-ko.ts';
import type { Lang } from '../../shared/schemas/localized.ts';
import { toCsv } from '../inquiries/csv.ts';

const STRINGS = { ko: analyticsKo, en: analyticsEn } as const;

/** An instant as Korea reads it (YYYY-MM-DD HH:MM:SS). */
const kstTime = (ms: number): string => new Date(ms + 9 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
const seconds = (ms: number): number => Math.round(ms / 100) / 10;

export function fairCsv(f: AnalyticsFigures, lang: Lang): Buffer {
  const t = STRINGS[lang];
  return toCsv(
    [t.csv_booth, t.csv_visits, t.csv_uniqueVisitors, t.csv_avgDwellSeconds, ...BOOTH_ACTIVITY_KINDS.map((k) => t[`kind_${k}`])],
    f.booths.map((b) => [b.boothId, b.visits, b.uniqueVisitors, seconds(b.avgDwellMs), ...BOOTH_ACTIVITY_KINDS.map((k) => b.events[k])]),
  );
}

export function boothVisitsCsv(f: AnalyticsFigures, lang: Lang): Buffer {
  const t = STRINGS[lang];
  return toCsv(
    [t.csv_booth, t.csv_startedAt, t.csv_endedAt, t.csv_dwellSeconds],
    f.recentVisits.map((v) => [v.boothId, kstTime(v.startedAt), kstTime(v.endedAt), seconds(v.dwellMs)]),
  );
}
