/**
 * The dashboard's rollups on both databases (PGlite, a private PostgreSQL), written by the real
 * recorder in several batches: a visit spanning midnight in Seoul, a visitor coming back to the same
 * booth in one batch and in a later one, two fairs, heat in the last ten minutes before midnight and
 * the first after. What the dashboard reads from the rollups equals what the raw rows give, for a
 * fair and for a booth, over each range; a batch that fails half-way through its statement is
 * written again at the next flush and counted once; two batches written at once with the same
 * visitors count each once; the migration's backfill rebuilds the same rollups.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecorder, type AnalyticsRecorder } from '../../server/analytics/recorder.ts';
import { averageDwellPerBooth, createAnalyticsRepo, heatCells, uniqueVisitorsPerDay, visitorsPerTenMinutes } from '../../server/db/analyticsDrizzle.ts';
import type { VisitWrite } from '../../server/db/analyticsRepo.ts';
import { ROLLUP_BACKFILL } from '../../server/db/analyticsRollups.ts';
import type { Db } from '../../server/db/drizzleRepo.ts';
import { MIGRATIONS_FOLDER } from '../../server/db/migrate.ts';
import { openPglite } from '../../server/db/pglite/open.ts';
import { openPostgres } from '../../server/db/postgres.ts';
import { PERMANENT_FAIR_ID } from '../../server/db/schema/fairs.ts';
import { createLogger } from '../../server/logger.ts';
import { rawAverageDwellPerBooth, rawHeatCells, rawUniqueVisitorsPerDay, rawVisitorsPerTenMinutes } from '../helpers/analyticsRaw.ts';
import { dbBackends } from '../helpers/dbBackends.ts';

const log = createLogger('silent');
const F1 = PERMANENT_FAIR_ID;
const [A, B] = ['booth-a', 'booth-b'];
/** An instant in Seoul (UTC+9). */
const kst = (s: string): Date => new Date(`${s}+09:00`);
const visitOf = (fairId: number, boothId: string, who: string, start: string, seconds: number): VisitWrite => {
  const startedAt = kst(start);
  // The daily salt makes a visitor's hash differ from one day to the next, as visitorHash.ts does.
  return { fairId, boothId, visitorHash: `${who}@${start.slice(0, 10)}`, day: start.slice(0, 10), startedAt, endedAt: new Date(startedAt.getTime() + seconds * 1000) };
};
const heat = (bucket: string, cellX: number, cellZ: number, count: number) => ({ bucket: kst(bucket).getTime(), cellX, cellZ, count });
const rows = async (db: Db, q: string) => ((await db.execute(sql.raw(q))) as unknown as { rows: Record<string, unknown>[] }).rows;
const ROLLUPS = ['analytics_booth_days', 'analytics_booth_day_visitors', 'analytics_fair_slots', 'analytics_fair_slot_visitors', 'analytics_heat_days'];

describe.each(dbBackends('analytics_rollups'))('analytics rollups on $name', { timeout: 60_000 }, (backend) => {
  let db: Db;
  let close: () => Promise<void>;
  let recorder: AnalyticsRecorder;
  let F2: number;

  beforeAll(async () => {
    const env = await backend.env();
    if (env.DATABASE_URL) {
      await (await openPostgres(env.DATABASE_URL, log)).close(); // the app's migrations
      const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 });
      db = drizzle(pool) as unknown as Db;
      close = () => pool.end();
    } else {
      ({ db, close } = await openPglite(env.DATA_DIR!));
    }
    F2 = Number((await rows(db, `insert into fairs (title, slug) values ('{"ko":"둘","en":"Two"}', 'rollups-two') returning id`))[0]!['id']);
    // Flushed by the test only (an hour is never reached).
    recorder = createRecorder({ repo: createAnalyticsRepo(db), log, flushMs: 3_600_000 });
  });

  afterAll(async () => {
    await recorder?.close();
    await close?.();
    await backend.stop();
  });

  /** Every figure the rollups give equals the raw rows', for both fairs, both booths and each range. */
  async function expectRollupsEqualRaw(): Promise<void> {
    const byBooth = <T extends { boothId: string }>(xs: T[]) => [...xs].sort((p, q) => p.boothId.localeCompare(q.boothId));
    const byCell = <T extends { x: number; z: number }>(xs: T[]) => [...xs].sort((p, q) => p.x - q.x || p.z - q.z);
    for (const [from, to] of [['2026-03-01', '2026-03-02'], ['2026-03-01', '2026-03-01'], ['2026-03-02', '2026-03-02'], ['2026-02-01', '2026-02-28']] as const) {
      for (const scope of [{ fairId: F1 }, { fairId: F2 }, { boothId: A }, { boothId: B }]) {
        const what = `${JSON.stringify(scope)} ${from}..${to}`;
        expect(await uniqueVisitorsPerDay(db, scope, from, to), what).toEqual(await rawUniqueVisitorsPerDay(db, scope, from, to));
        expect(byBooth(await averageDwellPerBooth(db, scope, from, to)), what).toEqual(await rawAverageDwellPerBooth(db, scope, from, to));
        expect(await visitorsPerTenMinutes(db, scope, from, to), what).toEqual(await rawVisitorsPerTenMinutes(db, scope, from, to));
      }
      for (const fairId of [F1, F2]) expect(byCell(await heatCells(db, fairId, from, to))).toEqual(await rawHeatCells(db, fairId, from, to));
    }
  }

  it('equal the raw rows after several batches, with a visit across midnight and a visitor coming back', async () => {
    // Batch 1: v1 comes to A twice (23:58 crosses into 2 March, still 1 March's visit), v2 once, v1 at B; a visit at fair 2.
    for (const v of [
      visitOf(F1, A, 'v1', '2026-03-01T23:58:00', 300),
      visitOf(F1, A, 'v1', '2026-03-01T23:41:10', 7),
      visitOf(F1, A, 'v2', '2026-03-01T23:59:59', 61),
      visitOf(F1, B, 'v1', '2026-03-01T10:00:00', 4),
      visitOf(F2, A, 'v9', '2026-03-01T23:58:30', 20),
    ])
      recorder.visit(v);
    recorder.heat(F1, [heat('2026-03-01T23:50:00', 3, -2, 5), heat('2026-03-02T00:00:00', 3, -2, 2)]);
    await recorder.flush();
    // Batch 2: v1 comes back to A on 1 March (a later batch: no second unique visitor), and on 2 March (a new day's hash).
    for (const v of [visitOf(F1, A, 'v1', '2026-03-01T23:55:00', 3), visitOf(F1, A, 'v1', '2026-03-02T00:04:00', 12), visitOf(F1, A, 'v3', '2026-03-02T09:00:00', 30)]) recorder.visit(v);
    recorder.heat(F1, [heat('2026-03-01T23:50:00', 3, -2, 1), heat('2026-03-01T23:50:00', 4, 0, 7)]);
    recorder.heat(F2, [heat('2026-03-02T00:10:00', 0, 0, 9)]);
    await recorder.flush();
    expect(recorder.stats.failedFlushes).toBe(0);

    await expectRollupsEqualRaw();
    // What a person reads: on 1 March booth A had 4 visits by 2 people; the midnight visit is 1 March's.
    const daily = await uniqueVisitorsPerDay(db, { fairId: F1 }, '2026-03-01', '2026-03-02');
    expect(daily.map(({ boothId, day, uniqueVisitors, visits }) => ({ boothId, day, uniqueVisitors, visits }))).toEqual([
      { boothId: A, day: '2026-03-01', uniqueVisitors: 2, visits: 4 },
      { boothId: B, day: '2026-03-01', uniqueVisitors: 1, visits: 1 },
      { boothId: A, day: '2026-03-02', uniqueVisitors: 2, visits: 2 },
    ]);
    // 23:50 on 1 March holds 5 + 1 samples at (3, -2); midnight's 2 belong to 2 March.
    expect(await heatCells(db, F1, '2026-03-01', '2026-03-01')).toEqual(expect.arrayContaining([{ x: 3, z: -2, count: 6 }, { x: 4, z: 0, count: 7 }]));
    expect(await heatCells(db, F1, '2026-03-02', '2026-03-02')).toEqual([{ x: 3, z: -2, count: 2 }]);
  });

  it('counts a batch once when its statement failed half-way and the recorder wrote it again', async () => {
    const visits = async () => Number((await rows(db, 'select count(*)::int as n from analytics_visits'))[0]!['n']);
    const before = await visits();
    // Checks that refuse only the statements' last inserts: the raw rows and the first rollups were already written in them.
    await rows(db, 'alter table analytics_fair_slots add constraint refuse_now check (visitors < 0) not valid');
    await rows(db, 'alter table analytics_heat_days add constraint refuse_now check (count < 0) not valid');
    recorder.visit(visitOf(F1, A, 'v4', '2026-03-02T10:00:00', 40));
    recorder.visit(visitOf(F1, A, 'v1', '2026-03-02T10:01:00', 8));
    recorder.heat(F1, [heat('2026-03-02T10:00:00', 3, -2, 4)]);
    await recorder.flush();
    expect(recorder.stats.failedFlushes).toBe(2);
    expect(await visits()).toBe(before);
    await expectRollupsEqualRaw();

    await rows(db, 'alter table analytics_fair_slots drop constraint refuse_now');
    await rows(db, 'alter table analytics_heat_days drop constraint refuse_now');
    await recorder.flush();
    expect(recorder.stats.failedFlushes).toBe(2);
    expect(await visits()).toBe(before + 2);
    await expectRollupsEqualRaw();
    const a2 = (await uniqueVisitorsPerDay(db, { boothId: A }, '2026-03-02', '2026-03-02'))[0]!;
    expect([a2.visits, a2.uniqueVisitors]).toEqual([4, 3]);
    expect(await heatCells(db, F1, '2026-03-02', '2026-03-02')).toEqual([{ x: 3, z: -2, count: 6 }]);
  });

  it('counts a visitor once when two batches with the same visitors are written at once (on PostgreSQL, over two connections)', async () => {
    const repo = createAnalyticsRepo(db);
    const batch = (who: string[]) => who.map((w, i) => visitOf(F1, B, w, `2026-03-02T11:0${i}:00`, 10 + i));
    // Same booth, day and 10 minutes; v5 and v6 in both batches, each batch's own visitor besides.
    await Promise.all([repo.writeVisits(batch(['v5', 'v6', 'v7'])), repo.writeVisits(batch(['v5', 'v6', 'v8']))]);
    await expectRollupsEqualRaw();
    const b2 = (await uniqueVisitorsPerDay(db, { fairId: F1 }, '2026-03-02', '2026-03-02')).find((d) => d.boothId === B)!;
    expect([b2.visits, b2.uniqueVisitors]).toEqual([6, 4]);
  });

  it("the migration's backfill (the very statements in its file) rebuilds the same rollups from the raw rows", async () => {
    const migration = readFileSync(join(MIGRATIONS_FOLDER, '0010_analytics_rollups.sql'), 'utf8');
    for (const statement of ROLLUP_BACKFILL) expect(migration).toContain(statement);
    const snapshot = async () => Promise.all(ROLLUPS.map(async (t) => (await rows(db, `select * from ${t}`)).map((r) => JSON.stringify(r)).sort()));
    const kept = await snapshot();
    expect(kept[0]!.length).toBeGreaterThan(0);
    await rows(db, `truncate ${ROLLUPS.join(', ')}`);
    for (const statement of ROLLUP_BACKFILL) await rows(db, statement);
    expect(await snapshot()).toEqual(kept);
  });
});
