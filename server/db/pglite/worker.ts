/**
 * The thread that owns the embedded database. PGlite runs Postgres as WebAssembly on the thread that
 * calls it: on the main thread a burst of writes would hold the loop that ticks the halls. Here it
 * answers the main thread's calls (pglite/protocol.ts) with the one repository both drivers share.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { createRepos as CreateRepos } from '../createRepos.ts';
import { DatabaseError } from '../errors.ts';
import type { Repos } from '../repos.ts';
import { openPglite, type OpenPglite } from './open.ts';
import { CallSchema, WorkerDataSchema, type Answer, type Opened } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('pglite/worker.ts runs as a worker thread (pglite/client.ts starts it)');
const { dataDir } = WorkerDataSchema.parse(workerData);

function serve(db: OpenPglite, createRepos: typeof CreateRepos): void {
  const repos: Repos = createRepos(db.db);
  const answer = (a: Answer): void => port!.postMessage(a);
  const running = new Set<Promise<unknown>>();
  port!.on('message', (raw: unknown) => {
    const call = CallSchema.parse(raw);
    if (call.repo === undefined) {
      // Calls sent before this one finish first: a write acknowledged is a write committed.
      void Promise.allSettled(running)
        .then(() => db.close())
        .then(
          () => {
            answer({ id: call.id, ok: true, result: null });
            port!.close();
          },
          (e: unknown) => answer({ id: call.id, ok: false, error: String(e) }),
        );
      return;
    }
    const repo = repos[call.repo] as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const done = repo[call.method]!(...call.args).then(
      (result) => answer({ id: call.id, ok: true, result }),
      (e: unknown) => answer({ id: call.id, ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
    running.add(done);
    void done.finally(() => running.delete(done));
  });
}

try {
  // Loaded beside the database's start (open.ts), not before it.
  const [db, { createRepos }] = await Promise.all([openPglite(dataDir), import('../createRepos.ts')]);
  port.postMessage({ opened: true } satisfies Opened);
  serve(db, createRepos);
} catch (e) {
  const error = e instanceof Error ? e.message : String(e);
  port.postMessage({ opened: false, error, operator: e instanceof DatabaseError } satisfies Opened);
}
