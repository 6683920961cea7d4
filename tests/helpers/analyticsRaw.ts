/**
 * The dashboard's four figures counted from the raw rows (analytics_visits, analytics_heat), as the
 * server counted them before the rollups: the reference the rollup reads must equal
 * (tests/integration/analytics-rollups.test.ts).
 */
import { and, between, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../server/db/drizzleRepo.ts';
import { analyticsHeat, analyticsVisits } from '../../server/db/schema/analytics.ts';

type Scope = { fairId: number } | { boothId: string };
const seoulStart = (day: string): Date => new Date(`${day}T00:00:00+09:00`);
const seoulEnd = (day: string): Date => new Date(seoulStart(day).getTime() + 86_400_000);
const visitScope = (s: Scope) => ('fairId' in s ? eq(analyticsVisits.fairId, s.fairId) : eq(analyticsVisits.boothId, s.boothId));

export function rawUniqueVisitorsPerDay(db: Db, scope: Scope, from: string, to: string) {
  return db
    .select({
      boothId: analyticsVisits.boothId,
      day: analyticsVisits.day,
      uniqueVisitors: sql<number>`count(distinct ${analyticsVisits.visitorHash})::int`,
      visits: sql<number>`count(*)::int`,
      avgDwellMs: sql<number>`avg(${analyticsVisits.dwellMs})::float8`,
    })
    .from(analyticsVisits)
    .where(and(visitScope(scope), between(analyticsVisits.day, from, to)))
    .groupBy(analyticsVisits.boothId, analyticsVisits.day)
    .orderBy(analyticsVisits.day, analyticsVisits.boothId);
}

export function rawAverageDwellPerBooth(db: Db, scope: Scope, from: string, to: string) {
  return db
    .select({ boothId: analyticsVisits.boothId, visits: sql<number>`count(*)::int`, avgDwellMs: sql<number>`avg(${analyticsVisits.dwellMs})::float8` })
    .from(analyticsVisits)
    .where(and(visitScope(scope), between(analyticsVisits.day, from, to)))
    .groupBy(analyticsVisits.boothId)
    .orderBy(analyticsVisits.boothId);
}

export function rawVisitorsPerTenMinutes(db: Db, scope: Scope, from: string, to: string) {
  const bucket = sql`date_bin('10 minutes', ${analyticsVisits.startedAt}, timestamptz '2000-01-01')`;
  return db
    .select({ bucket: sql<number>`(extract(epoch from ${bucket}) * 1000)::float8`, visitors: sql<number>`count(distinct ${analyticsVisits.visitorHash})::int` })
    .from(analyticsVisits)
    .where(and(visitScope(scope), gte(analyticsVisits.startedAt, seoulStart(from)), lt(analyticsVisits.startedAt, seoulEnd(to))))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
}

export function rawHeatCells(db: Db, fairId: number, from: string, to: string) {
  return db
    .select({ x: analyticsHeat.cellX, z: analyticsHeat.cellZ, count: sql<number>`sum(${analyticsHeat.count})::int` })
    .from(analyticsHeat)
    .where(and(eq(analyticsHeat.fairId, fairId), gte(analyticsHeat.bucket, seoulStart(from)), lt(analyticsHeat.bucket, seoulEnd(to))))
    .groupBy(analyticsHeat.cellX, analyticsHeat.cellZ)
    .orderBy(analyticsHeat.cellX, analyticsHeat.cellZ);
}
