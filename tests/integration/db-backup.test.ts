/**
 * `npm run db:backup` and `npm run db:restore` on the embedded database, through the launcher as an
 * operator runs them: a backup taken, an edit made after it, the backup restored brings the venue
 * back to the moment of the backup and keeps the database it replaced.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { createLogger } from '../../server/logger.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import { seedDataDir } from '../helpers/pgliteTemplate.ts';
import { repoRoot } from '../helpers/serverProcess.ts';

const log = createLogger('silent');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function launch(task: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/launch.mjs', task, ...args], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

async function saveName(dataDir: string, name: string): Promise<void> {
  const venue = await openVenue({ DATA_DIR: dataDir }, log);
  const r = await venue.editBooth({ boothId: 'nongnongi', fields: [{ path: 'name.ko', value: name }], by: 'backup-test' });
  expect(r.ok).toBe(true);
  await venue.close();
}

async function readName(dataDir: string): Promise<{ name: string | undefined; version: number }> {
  const venue = await openVenue({ DATA_DIR: dataDir }, log);
  const b = findBooth(venue.current().venue, 'nongnongi');
  const seen = { name: b?.kind === 'enterprise' ? b.enterprise.name.ko : undefined, version: venue.current().version };
  await venue.close();
  return seen;
}

describe('npm run db:backup / db:restore (embedded database)', { timeout: 120_000 }, () => {
  it('restores the venue as it was at the backup, keeping the database it replaces', async () => {
    const root = mkdtempSync(join(tmpdir(), 'seeot-backup-'));
    dirs.push(root);
    const dataDir = join(root, 'data');
    const file = join(root, 'venue.tgz');
    await seedDataDir(dataDir);
    await saveName(dataDir, '백업할 때의 이름');

    const backup = await launch('db:backup', ['--out', file], { DATA_DIR: dataDir });
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toContain(`to ${file}`);

    await saveName(dataDir, '백업 뒤에 바꾼 이름');

    const restore = await launch('db:restore', [file], { DATA_DIR: dataDir });
    expect(restore.code, restore.output).toBe(0);
    const aside = /kept in (\S+)/.exec(restore.output)?.[1];
    expect(aside && existsSync(join(aside, 'PG_VERSION'))).toBe(true);
    expect(await readName(dataDir)).toEqual({ name: '백업할 때의 이름', version: 2 });
  });

  it('refuses while a server has the database open, naming its process; and with DATABASE_URL points to pg_dump', async () => {
    const root = mkdtempSync(join(tmpdir(), 'seeot-backup-'));
    dirs.push(root);
    const dataDir = join(root, 'data');
    await seedDataDir(dataDir);
    const venue = await openVenue({ DATA_DIR: dataDir }, log);
    try {
      const r = await launch('db:backup', ['--out', join(root, 'x.tgz')], { DATA_DIR: dataDir });
      expect(r.code, r.output).toBe(1);
      expect(r.output).toContain(`is in use by process ${process.pid}`);
      expect(existsSync(join(root, 'x.tgz'))).toBe(false);
    } finally {
      await venue.close();
    }
    const pg = await launch('db:backup', [], { DATABASE_URL: 'postgres://127.0.0.1:1/seeot' });
    expect(pg.code, pg.output).toBe(2);
    expect(pg.output).toMatch(/DATABASE_URL is set: .*pg_dump/);
  });
});
