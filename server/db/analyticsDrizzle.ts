/**
 * The analytics repository on a drizzle database. The four figures the dashboard reads (unique
 * visitors per booth per day, average dwell per booth, visitors per 10 minutes, heat cells) come,
 * for a fair, from the rollups the writes keep (analyticsRollups.ts), and are exported one by one
 * so bench:analytics times exactly these queries. A booth's figures, the latest visits and a
 * booth's CSV read raw rows.
 */
import { and, between, count, desc, eq, gte, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import { BOOTH_ACTIVITY_KINDS, type BoothActivityKind, type BoothFigures } from '../../shared/analytics/api.ts';
import { HEAT_BUCKET_MS, HEAT_CELL_M } from '../../shared/analytics/heat.ts';
import type { AnalyticsRepo, FiguresQuery } from './analyticsRepo.ts';
import type { Db } from './drizzleRepo.ts';
import { addHeatWithRollups, writeVisitsWithRollups } from './analyticsRollups.ts';
import { analyticsEvents, analyticsVisits } from './schema/analytics.ts';
import { analyticsBoothDays, analyticsFairSlots, analyticsHeatDays } from './schema/analyticsRollups.ts';
import { booths } from './schema/booths.ts';
import { inquiries } from './schema/inquiries.ts';
import { orders } from './schema/orders.ts';

const DAY_MS = 86_400_000;
/** The first instant of a Seoul day, and the first of the day after `to`. */
const seoulStart = (day: string): Date => new Date(`${day}T00:00:00+09:00`);
const seoulEnd = (day: string): Date => new Date(seoulStart(day).getTime() + DAY_MS);
/** Instants leave the database as epoch milliseconds: the two drivers hand timestamps back differently. */
const epochMs = (col: SQL | typeof analyticsVisits.startedAt) => sql<number>`(extract(epoch from ${col}) * 1000)::float8`;

type Scope = FiguresQuery['scope'];
const visitScope = (s: Scope) => ('fairId' in s ? eq(analyticsVisits.fairId, s.fairId) : eq(analyticsVisits.boothId, s.boothId));

/*
 * A fair's figures come from its rollups (a few rows per booth and day); a booth's own from its raw
 * visits through their covering index analytics_visits_booth_day (one booth's rows are few, and a
 * booth two fairs show on one day must count a visitor of both once). `day` is the Seoul day of
 * started_at, so a booth's per-10-minute query may narrow by it too.
 */
type Booth = { boothId: string };
const boothDays = (fairId: number, from: string, to: string) => and(eq(analyticsBoothDays.fairId, fairId), between(analyticsBoothDays.day, from, to));
const boothVisits = (s: Booth, from: string, to: string) => and(eq(analyticsVisits.boothId, s.boothId), between(analyticsVisits.day, from, to));
/** numeric ÷ numeric, as avg() divides: a rollup's mean equals the raw rows' avg(dwell_ms) to the last bit. */
const meanDwell = (sum: SQL, n: SQL) => sql<number>`(${sum}::numeric / ${n})::float8`;
const rawMeanDwell = sql<number>`avg(${analyticsVisits.dwellMs})::float8`;

export function uniqueVisitorsPerDay(db: Db, scope: Scope, from: string, to: string) {
  if ('boothId' in scope) {
    return db
      .select({
        boothId: analyticsVisits.boothId,
        day: analyticsVisits.day,
        uniqueVisitors: sql<number>`count(distinct ${analyticsVisits.visitorHash})::int`,
        visits: sql<number>`count(*)::int`,
        avgDwellMs: rawMeanDwell,
      })
      .from(analyticsVisits)
      .where(boothVisits(scope, from, to))
      .groupBy(analyticsVisits.boothId, analyticsVisits.day)
      .orderBy(analyticsVisits.day, analyticsVisits.boothId);
  }
  return db
    .select({
      boothId: analyticsBoothDays.boothId,
      day: analyticsBoothDays.day,
      uniqueVisitors: analyticsBoothDays.uniqueVisitors,
      visits: analyticsBoothDays.visits,
      avgDwellMs: meanDwell(sql`${analyticsBoothDays.dwellMs}`, sql`${analyticsBoothDays.visits}`),
    })
    .from(analyticsBoothDays)
    .where(boothDays(scope.fairId, from, to))
    .orderBy(analyticsBoothDays.day, analyticsBoothDays.boothId);
}

export function averageDwellPerBooth(db: Db, scope: Scope, from: string, to: string) {
  if ('boothId' in scope) {
    return db
      .select({ boothId: analyticsVisits.boothId, visits: sql<number>`count(*)::int`, avgDwellMs: rawMeanDwell })
      .from(analyticsVisits)
      .where(boothVisits(scope, from, to))
      .groupBy(analyticsVisits.boothId);
  }
  return db
    .select({
      boothId: analyticsBoothDays.boothId,
      visits: sql<number>`sum(${analyticsBoothDays.visits})::int`,
      avgDwellMs: meanDwell(sql`sum(${analyticsBoothDays.dwellMs})`, sql`sum(${analyticsBoothDays.visits})`),
    })
    .from(analyticsBoothDays)
    .where(boothDays(scope.fairId, from, to))
    .groupBy(analyticsBoothDays.boothId);
}

export function visitorsPerTenMinutes(db: Db, scope: Scope, from: string, to: string) {
  const [start, end] = [seoulStart(from), seoulEnd(to)];
  if ('fairId' in scope) {
    return db
      .select({ bucket: epochMs(sql`${analyticsFairSlots.bucket}`), visitors: analyticsFairSlots.visitors })
      .from(analyticsFairSlots)
      .where(and(eq(analyticsFairSlots.fairId, scope.fairId), gte(analyticsFairSlots.bucket, start), lt(analyticsFairSlots.bucket, end)))
      .orderBy(analyticsFairSlots.bucket);
  }
  const bucket = sql`date_bin(${sql.raw(`'${HEAT_BUCKET_MS / 60_000} minutes'`)}, ${analyticsVisits.startedAt}, timestamptz '2000-01-01')`;
  return db
    .select({ bucket: epochMs(bucket), visitors: sql<number>`count(distinct ${analyticsVisits.visitorHash})::int` })
    .from(analyticsVisits)
    .where(and(boothVisits(scope, from, to), gte(analyticsVisits.startedAt, start), lt(analyticsVisits.startedAt, end)))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
}

export function heatCells(db: Db, fairId: number, from: string, to: string) {
  return db
    .select({ x: analyticsHeatDays.cellX, z: analyticsHeatDays.cellZ, count: sql<number>`sum(${analyticsHeatDays.count})::int` })
    .from(analyticsHeatDays)
    .where(and(eq(analyticsHeatDays.fairId, fairId), between(analyticsHeatDays.day, from, to)))
    .groupBy(analyticsHeatDays.cellX, analyticsHeatDays.cellZ);
}

/** Dialog opens and clicks (analytics_events), inquiries and orders (their own tables), per booth. */
async function activity(db: Db, scope: Scope, from: string, to: string): Promise<{ boothId: string; kind: BoothActivityKind; n: number }[]> {
  const [start, end] = [seoulStart(from), seoulEnd(to)];
  const ev = 'fairId' in scope ? eq(analyticsEvents.fairId, scope.fairId) : eq(analyticsEvents.boothId, scope.boothId);
  const inq = 'fairId' in scope ? eq(inquiries.fairId, scope.fairId) : eq(inquiries.boothId, scope.boothId);
  const ord = 'fairId' in scope ? eq(orders.fairId, scope.fairId) : eq(orders.boothId, scope.boothId);
  const [events, inquiryRows, orderRows] = await Promise.all([
    db.select({ boothId: analyticsEvents.boothId, kind: analyticsEvents.kind, n: count() }).from(analyticsEvents).where(and(ev, gte(analyticsEvents.at, start), lt(analyticsEvents.at, end))).groupBy(analyticsEvents.boothId, analyticsEvents.kind),
    db.select({ boothId: inquiries.boothId, n: count() }).from(inquiries).where(and(inq, isNotNull(inquiries.boothId), gte(inquiries.createdAt, start), lt(inquiries.createdAt, end))).groupBy(inquiries.boothId),
    db.select({ boothId: orders.boothId, n: count() }).from(orders).where(and(ord, gte(orders.createdAt, start), lt(orders.createdAt, end))).groupBy(orders.boothId),
  ]);
  return [
    ...events,
    ...inquiryRows.map((r) => ({ boothId: r.boothId ?? '', kind: 'inquiry' as const, n: r.n })),
    ...orderRows.map((r) => ({ boothId: r.boothId, kind: 'order' as const, n: r.n })),
  ];
}

const noEvents = (): Record<BoothActivityKind, number> => Object.fromEntries(BOOTH_ACTIVITY_KINDS.map((k) => [k, 0])) as Record<BoothActivityKind, number>;

export function createAnalyticsRepo(db: Db): AnalyticsRepo {
  return {
    writeVisits: (rows) => writeVisitsWithRollups(db, rows),
    addHeat: (fairId, cells) => addHeatWithRollups(db, fairId, cells),

    async writeEvents(rows) {
      if (rows.length === 0) return;
      await db.insert(analyticsEvents).values(rows);
    },

    async figures({ scope, from, to, visitLimit = 200 }) {
      const [daily, dwell, perTenMinutes, acts, recent] = await Promise.all([
        uniqueVisitorsPerDay(db, scope, from, to),
        averageDwellPerBooth(db, scope, from, to),
        visitorsPerTenMinutes(db, scope, from, to),
        activity(db, scope, from, to),
        db
          .select({ boothId: analyticsVisits.boothId, startedAt: epochMs(analyticsVisits.startedAt), endedAt: epochMs(sql`${analyticsVisits.endedAt}`), dwellMs: analyticsVisits.dwellMs })
          .from(analyticsVisits)
          .where(and(visitScope(scope), gte(analyticsVisits.startedAt, seoulStart(from)), lt(analyticsVisits.startedAt, seoulEnd(to))))
          .orderBy(desc(analyticsVisits.startedAt))
          .limit(visitLimit),
      ]);
      const byBooth = new Map<string, BoothFigures>();
      const booth = (boothId: string) => {
        let b = byBooth.get(boothId);
        if (!b) byBooth.set(boothId, (b = { boothId, visits: 0, uniqueVisitors: 0, avgDwellMs: 0, events: noEvents() }));
        return b;
      };
      for (const d of dwell) Object.assign(booth(d.boothId), { visits: d.visits, avgDwellMs: d.avgDwellMs });
      for (const d of daily) booth(d.boothId).uniqueVisitors += d.uniqueVisitors;
      for (const a of acts) if (a.boothId) booth(a.boothId).events[a.kind] += a.n;
      return { from, to, booths: [...byBooth.values()].sort((a, b) => a.boothId.localeCompare(b.boothId)), daily, perTenMinutes, recentVisits: recent };
    },

    async heatmap(fairId, from, to) {
      return { cellM: HEAT_CELL_M, cells: await heatCells(db, fairId, from, to) };
    },

    async fairOfBooth(boothId) {
      const [row] = await db.select({ fairId: booths.fairId }).from(booths).where(eq(booths.id, boothId));
      return row?.fairId ?? null;
    },
  };
}
