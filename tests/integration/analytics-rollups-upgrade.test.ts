/**
 * Upgrading a database that already holds visits and heat (migrations up to 0009) to 0010 builds the
 * rollups from them, on PGlite and on a private PostgreSQL: afterwards a fair's dashboard (read from
 * the rollups) shows what the raw rows give, and the next batch adds to them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as pgDrizzle } from 'drizzle-orm/node-postgres';
import { migrate as pgMigrate } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as liteDrizzle } from 'drizzle-orm/pglite';
import { migrate as liteMigrate } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { averageDwellPerBooth, createAnalyticsRepo, heatCells, uniqueVisitorsPerDay, visitorsPerTenMinutes } from '../../server/db/analyticsDrizzle.ts';
import type { Db } from '../../server/db/drizzleRepo.ts';
import { MIGRATIONS_FOLDER } from '../../server/db/migrate.ts';
import { START_PARAMS } from '../../server/db/pglite/open.ts';
import { rawAverageDwellPerBooth, rawHeatCells, rawUniqueVisitorsPerDay, rawVisitorsPerTenMinutes } from '../helpers/analyticsRaw.ts';
import { startPostgres, type PrivatePostgres } from '../helpers/postgres.ts';

const BEFORE = '0010_analytics_rollups';
const scratch = mkdtempSync(join(tmpdir(), 'seeot-rollups-upgrade-'));

/** The migrations folder as it was before 0010: the same files, the journal cut before it. */
function migrationsBefore(): string {
  const dir = join(scratch, 'migrations-0009');
  cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((e) => e.tag === BEFORE);
  expect(cut).toBeGreaterThan(0);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));
  return dir;
}

/** Visits of 1 March (one across midnight, a visitor coming back) and 2 March, and heat either side of midnight (Seoul). */
const SEED = [
  `insert into analytics_visits (fair_id, booth_id, visitor_hash, day, started_at, ended_at, dwell_ms) values
    (1, 'a', 'v1', '2026-03-01', '2026-03-01T23:58:00+09:00', '2026-03-02T00:03:00+09:00', 300000),
    (1, 'a', 'v1', '2026-03-01', '2026-03-01T23:41:10+09:00', '2026-03-01T23:41:17+09:00', 7000),
    (1, 'a', 'v2', '2026-03-01', '2026-03-01T23:59:59+09:00', '2026-03-02T00:01:00+09:00', 61000),
    (1, 'b', 'v1', '2026-03-01', '2026-03-01T10:00:00+09:00', '2026-03-01T10:00:04+09:00', 4000),
    (1, 'a', 'w1', '2026-03-02', '2026-03-02T00:04:00+09:00', '2026-03-02T00:04:12+09:00', 12000)`,
  `insert into analytics_heat (fair_id, bucket, cell_x, cell_z, count) values
    (1, '2026-03-01T23:50:00+09:00', 3, -2, 6), (1, '2026-03-02T00:00:00+09:00', 3, -2, 2), (1, '2026-03-01T23:50:00+09:00', 4, 0, 7)`,
];

interface Opened {
  db: Db;
  migrate(folder: string): Promise<void>;
  close(): Promise<void>;
}

let postgres: PrivatePostgres | undefined;
const backends: { name: string; open(): Promise<Opened> }[] = [
  {
    name: 'PGlite',
    async open() {
      const lite = await PGlite.create(join(scratch, 'pglite'), { startParams: START_PARAMS });
      const db = liteDrizzle(lite);
      return { db: db as unknown as Db, migrate: (folder) => liteMigrate(db, { migrationsFolder: folder }), close: () => lite.close() };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      postgres = await startPostgres();
      const pool = new pg.Pool({ connectionString: await postgres.createDatabase('rollups_upgrade'), max: 2 });
      const db = pgDrizzle(pool);
      return { db: db as unknown as Db, migrate: (folder) => pgMigrate(db, { migrationsFolder: folder }), close: () => pool.end() };
    },
  },
];

afterAll(async () => {
  await postgres?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

// PGlite's initdb alone took 30 s at load 20.
describe.each(backends)('upgrading to rollups on $name', { timeout: 120_000 }, (backend) => {
  it('builds the rollups from the visits and heat already kept, and the next batch adds to them', async () => {
    const { db, migrate, close } = await backend.open();
    try {
      await migrate(migrationsBefore());
      for (const q of SEED) await db.execute(sql.raw(q));
      await migrate(MIGRATIONS_FOLDER);

      const expectEqualRaw = async () => {
        const scope = { fairId: 1 };
        for (const [from, to] of [['2026-03-01', '2026-03-02'], ['2026-03-02', '2026-03-02']] as const) {
          expect(await uniqueVisitorsPerDay(db, scope, from, to)).toEqual(await rawUniqueVisitorsPerDay(db, scope, from, to));
          const dwell = await averageDwellPerBooth(db, scope, from, to);
          expect(dwell.sort((p, q) => p.boothId.localeCompare(q.boothId))).toEqual(await rawAverageDwellPerBooth(db, scope, from, to));
          expect(await visitorsPerTenMinutes(db, scope, from, to)).toEqual(await rawVisitorsPerTenMinutes(db, scope, from, to));
          expect((await heatCells(db, 1, from, to)).sort((p, q) => p.x - q.x || p.z - q.z)).toEqual(await rawHeatCells(db, 1, from, to));
        }
      };
      await expectEqualRaw();
      const a1 = (await uniqueVisitorsPerDay(db, { fairId: 1 }, '2026-03-01', '2026-03-01')).find((d) => d.boothId === 'a')!;
      expect([a1.visits, a1.uniqueVisitors]).toEqual([3, 2]);

      // v1 again on 1 March (already in the backfilled set: no new unique visitor), and heat in a backfilled cell.
      const repo = createAnalyticsRepo(db);
      await repo.writeVisits([{ fairId: 1, boothId: 'a', visitorHash: 'v1', day: '2026-03-01', startedAt: new Date('2026-03-01T23:30:00+09:00'), endedAt: new Date('2026-03-01T23:30:05+09:00') }]);
      await repo.addHeat(1, [{ bucket: Date.parse('2026-03-01T23:50:00+09:00'), cellX: 3, cellZ: -2, count: 1 }]);
      await expectEqualRaw();
      const again = (await uniqueVisitorsPerDay(db, { fairId: 1 }, '2026-03-01', '2026-03-01')).find((d) => d.boothId === 'a')!;
      expect([again.visits, again.uniqueVisitors]).toEqual([4, 2]);
    } finally {
      await close();
    }
  });
});
