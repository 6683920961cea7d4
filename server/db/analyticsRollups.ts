/**
 * Writes of raw analytics rows together with their rollups (schema/analyticsRollups.ts), each batch
 * in ONE statement: its data-modifying CTEs commit or fail together, so a failed batch that the
 * recorder retries is counted once, and the rollups never disagree with the raw rows. The batch
 * travels as one JSON parameter (no limit on rows per statement, one round trip).
 */
import { sql } from 'drizzle-orm';
import type { HeatCell } from '../../shared/analytics/heat.ts';
import type { VisitWrite } from './analyticsRepo.ts';
import type { Db } from './drizzleRepo.ts';

/** A visit's 10 minutes, as the raw query buckets it (server/db/analyticsDrizzle.ts). */
const SLOT = `date_bin('10 minutes', started_at, timestamptz '2000-01-01')`;
/** A heat bucket's Seoul day: Korea keeps UTC+9 all year, and 10-minute buckets never straddle midnight. */
const HEAT_DAY = `((bucket AT TIME ZONE 'UTC') + interval '9 hours')::date`;

/**
 * The rollups built from the raw rows: migration 0010 runs these very statements (a test checks the
 * file holds them), and bench:analytics builds its million rows' rollups with them.
 */
export const ROLLUP_BACKFILL: readonly string[] = [
  `INSERT INTO analytics_booth_day_visitors (fair_id, booth_id, day, visitor_hash) SELECT DISTINCT fair_id, booth_id, day, visitor_hash FROM analytics_visits;`,
  `INSERT INTO analytics_booth_days (fair_id, booth_id, day, visits, dwell_ms, unique_visitors) SELECT fair_id, booth_id, day, count(*), sum(dwell_ms), count(DISTINCT visitor_hash) FROM analytics_visits GROUP BY fair_id, booth_id, day;`,
  `INSERT INTO analytics_fair_slot_visitors (fair_id, bucket, visitor_hash) SELECT DISTINCT fair_id, ${SLOT}, visitor_hash FROM analytics_visits;`,
  `INSERT INTO analytics_fair_slots (fair_id, bucket, visitors) SELECT fair_id, bucket, count(*) FROM analytics_fair_slot_visitors GROUP BY fair_id, bucket;`,
  `INSERT INTO analytics_heat_days (fair_id, day, cell_x, cell_z, count) SELECT fair_id, ${HEAT_DAY}, cell_x, cell_z, sum(count) FROM analytics_heat GROUP BY 1, 2, 3, 4;`,
];

/**
 * Visits, then the hashes new to their booth's day and to their fair's 10 minutes (ON CONFLICT DO
 * NOTHING ... RETURNING: on PostgreSQL a concurrent writer of the same hash waits for the first and
 * then finds it, so each hash is counted once), and the counts beside them. Rows go in key order so
 * two processes' batches lock rows in the same order.
 */
export async function writeVisitsWithRollups(db: Db, rows: readonly VisitWrite[]): Promise<void> {
  if (rows.length === 0) return;
  const json = JSON.stringify(
    rows.map((r) => ({
      fair_id: r.fairId,
      booth_id: r.boothId,
      visitor_hash: r.visitorHash,
      day: r.day,
      started_at: r.startedAt.toISOString(),
      ended_at: r.endedAt.toISOString(),
      dwell_ms: Math.max(0, Math.round(r.endedAt.getTime() - r.startedAt.getTime())),
    })),
  );
  await db.execute(sql`
    with r as (
      select * from json_to_recordset(${json}::json)
        as r(fair_id int, booth_id text, visitor_hash text, day date, started_at timestamptz, ended_at timestamptz, dwell_ms int)
    ), raw as (
      insert into analytics_visits (fair_id, booth_id, visitor_hash, day, started_at, ended_at, dwell_ms)
      select fair_id, booth_id, visitor_hash, day, started_at, ended_at, dwell_ms from r
    ), new_booth_day as (
      insert into analytics_booth_day_visitors (fair_id, booth_id, day, visitor_hash)
      select distinct fair_id, booth_id, day, visitor_hash from r order by 1, 2, 3, 4
      on conflict do nothing
      returning fair_id, booth_id, day
    ), booth_days as (
      insert into analytics_booth_days as t (fair_id, booth_id, day, visits, dwell_ms, unique_visitors)
      select g.fair_id, g.booth_id, g.day, g.visits, g.dwell_ms, coalesce(n.fresh, 0)
      from (select fair_id, booth_id, day, count(*)::int as visits, sum(dwell_ms)::bigint as dwell_ms from r group by 1, 2, 3) g
      left join (select fair_id, booth_id, day, count(*)::int as fresh from new_booth_day group by 1, 2, 3) n using (fair_id, booth_id, day)
      order by 1, 3, 2
      on conflict (fair_id, day, booth_id) do update
        set visits = t.visits + excluded.visits, dwell_ms = t.dwell_ms + excluded.dwell_ms, unique_visitors = t.unique_visitors + excluded.unique_visitors
    ), new_slot as (
      insert into analytics_fair_slot_visitors (fair_id, bucket, visitor_hash)
      select distinct fair_id, ${sql.raw(SLOT)}, visitor_hash from r order by 1, 2, 3
      on conflict do nothing
      returning fair_id, bucket
    )
    insert into analytics_fair_slots as t (fair_id, bucket, visitors)
    select fair_id, bucket, count(*)::int from new_slot group by 1, 2 order by 1, 2
    on conflict (fair_id, bucket) do update set visitors = t.visitors + excluded.visitors`);
}

/** Heat counts added to their 10-minute cells and to their Seoul day's cells, in one statement. */
export async function addHeatWithRollups(db: Db, fairId: number, cells: readonly HeatCell[]): Promise<void> {
  if (cells.length === 0) return;
  const json = JSON.stringify(cells.map((c) => ({ bucket: new Date(c.bucket).toISOString(), cell_x: c.cellX, cell_z: c.cellZ, count: c.count })));
  await db.execute(sql`
    with c as (
      select * from json_to_recordset(${json}::json) as c(bucket timestamptz, cell_x smallint, cell_z smallint, count int)
    ), heat as (
      insert into analytics_heat as t (fair_id, bucket, cell_x, cell_z, count)
      select ${fairId}::int, bucket, cell_x, cell_z, count from c order by 2, 3, 4
      on conflict (fair_id, bucket, cell_x, cell_z) do update set count = t.count + excluded.count
    )
    insert into analytics_heat_days as t (fair_id, day, cell_x, cell_z, count)
    select ${fairId}::int, ${sql.raw(HEAT_DAY)}, cell_x, cell_z, sum(count)::int from c group by 2, 3, 4 order by 2, 3, 4
    on conflict (fair_id, day, cell_x, cell_z) do update set count = t.count + excluded.count`);
}
