/**
 * One process at a time on an embedded database. PGlite keeps no lock of its own: a second server
 * (or a restore) started on the same DATA_DIR opens the same files and both write over each other.
 * The lock is a file naming its owner (pid and start time); a SIGKILLed owner leaves it behind, so
 * a lock whose process is gone is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { DatabaseError } from '../errors.ts';

/** When this process started, to tell ourselves from an earlier process that had our pid. */
const STARTED_AT = Math.round(Date.now() - process.uptime() * 1000);

interface Owner {
  pid: number;
  startedAt: number;
}

function held(owner: Owner): boolean {
  // Our pid: this very process (another thread of it) holds it, or, with another start time, an
  // earlier process that had the same pid (a container restarted) left it.
  if (owner.pid === process.pid) return Math.abs(owner.startedAt - STARTED_AT) < 2_000;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (e) {
    // EPERM: a process of another user has that pid: taken as alive.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(path: string): Owner | undefined {
  try {
    const m = /^(\d+) (\d+)$/.exec(readFileSync(path, 'utf8').trim());
    return m ? { pid: Number(m[1]), startedAt: Number(m[2]) } : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock at `path` for this process (the release function frees it), or throws naming who holds it. */
export function lockDataDir(path: string, what: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid} ${STARTED_AT}\n`, { flag: 'wx' });
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = ownerOf(path);
    if (owner && held(owner)) {
      throw new DatabaseError(
        `${what} is in use by process ${owner.pid}: stop that server first, give this one its own DATA_DIR, or set DATABASE_URL to share a PostgreSQL`,
      );
    }
    // Left by a process that is gone (or unreadable: cut short while written). Two servers started
    // in the same instant on a stale lock could both take it; that takes two starts racing after
    // a crash, which a supervisor does not do.
    rmSync(path, { force: true });
  }
  throw new DatabaseError(`${what}: could not take the lock file ${path}`);
}
