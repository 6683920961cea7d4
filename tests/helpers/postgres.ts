/**
 * A private PostgreSQL for one test file: Debian's binaries (/usr/lib/postgresql/<newest>/bin, which
 * .ci/run installs), a cluster initialised in a temp folder and listening on a free loopback port
 * with its socket in that folder, stopped and removed after. initdb refuses to run as root, so as
 * root the folder belongs to, and the commands run as, the `postgres` user.
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './serverProcess.ts';

const run = promisify(execFile);
const PG_ROOT = '/usr/lib/postgresql';

function binDir(): string {
  const versions = existsSync(PG_ROOT) ? readdirSync(PG_ROOT).filter((v) => existsSync(join(PG_ROOT, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error(`no PostgreSQL under ${PG_ROOT}: apt-get install -y postgresql (.ci/run does)`);
  return join(PG_ROOT, newest, 'bin');
}

export interface PrivatePostgres {
  /** The `postgres` database as superuser `postgres` (trust on loopback). */
  url: string;
  port: number;
  /** A fresh, empty database on this server: its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server (fast) and removes its folder. */
  stop(): Promise<void>;
  /** The postmaster's process id (its backends are its children), for a bench to weigh or pin. */
  pid(): Promise<number>;
  /** Stops (fast) and starts it again: its shared buffers empty, for a bench timing cold reads. */
  restart(): Promise<void>;
}

export interface PostgresOptions {
  /** PostgreSQL's own durability (fsync on, as installed): for benches measuring commits. Tests leave it off. */
  durable?: boolean;
}

export async function startPostgres({ durable = false }: PostgresOptions = {}): Promise<PrivatePostgres> {
  const bin = binDir();
  const root = userInfo().uid === 0;
  const dir = mkdtempSync(join(tmpdir(), 'seeot-pg-'));
  const data = join(dir, 'data');
  const sockets = join(dir, 'sock');
  mkdirSync(sockets);
  const asOwner = async (cmd: string, args: string[]) => {
    const [file, argv] = root ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    return run(file, argv, { cwd: dir });
  };
  if (root) {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    chownSync(dir, uid, gid);
    chownSync(sockets, uid, gid);
  }
  try {
    await asOwner('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    // fsync off: the tests kill the app, never this server, so it only spares the disk.
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${sockets}${durable ? '' : ' -c fsync=off'}`;
    await asOwner('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    return {
      url,
      port,
      async createDatabase(name) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
        } finally {
          await client.end();
        }
        return `postgres://postgres@127.0.0.1:${port}/${name}`;
      },
      pid: async () => Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]),
      async restart() {
        await asOwner('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
        await asOwner('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
      },
      async stop() {
        await asOwner('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
