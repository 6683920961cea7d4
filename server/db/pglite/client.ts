/**
 * The embedded database as the server's main thread sees it: the same VenueRepo interface, each
 * call sent to the worker that owns PGlite (pglite/worker.ts) and answered there, so the halls'
 * event loop only ever waits on a message.
 */
import { Worker } from 'node:worker_threads';
import type { Logger } from '../../logger.ts';
import { DatabaseError } from '../errors.ts';
import { REPO_METHODS, REPO_NAMES, type Database, type Repos } from '../repos.ts';
import { AnswerSchema, OpenedSchema, type Call } from './protocol.ts';

/** The worker died under the server: the venue can no longer be saved, so the process stops (exit 1). */
export class DatabaseWorkerError extends Error {}

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

/** Starts the worker and resolves once the database in `dataDir` is open and migrated. */
export async function openPgliteWorker(dataDir: string, log: Logger): Promise<Database> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { dataDir } });
  // Only our own messages are read: Node's watch mode (`npm run dev`) reports the files a worker
  // loads through the same port, and those are not ours to answer.
  await new Promise<void>((resolve, reject) => {
    const onExit = (code: number) => reject(new Error(`the database worker exited (code ${code}) while opening ${dataDir}`));
    const onMessage = (raw: unknown) => {
      const opened = OpenedSchema.safeParse(raw);
      if (!opened.success) return;
      worker.off('error', reject);
      worker.off('exit', onExit);
      worker.off('message', onMessage);
      if (opened.data.opened) resolve();
      else reject(opened.data.operator ? new DatabaseError(opened.data.error) : new Error(opened.data.error));
    };
    worker.once('error', reject);
    worker.once('exit', onExit);
    worker.on('message', onMessage);
  });

  const pending = new Map<number, Pending>();
  let nextId = 0;
  let closing = false;
  let failure: Error | undefined;
  const fail = (e: Error): void => {
    failure = e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  worker.on('message', (raw: unknown) => {
    const answer = AnswerSchema.safeParse(raw);
    if (!answer.success) return;
    const a = answer.data;
    const p = pending.get(a.id);
    pending.delete(a.id);
    if (a.ok) p?.resolve(a.result);
    else p?.reject(new Error(a.error));
  });
  worker.on('error', (err) => {
    log.fatal({ err }, 'the database worker failed');
    fail(new DatabaseWorkerError(`the database worker failed: ${err.message}`));
  });
  worker.on('exit', (code) => {
    if (closing) return;
    const e = new DatabaseWorkerError(`the database worker exited (code ${code})`);
    fail(e);
    // Thrown where nothing catches it: server/shutdown.ts lets visitors go, then exits 1.
    process.nextTick(() => {
      throw e;
    });
  });

  const call = (repo: Call['repo'], method: string, args: unknown[]): Promise<unknown> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, repo, method, args } satisfies Call);
    });
  };
  const proxy = (repo: keyof Repos) => Object.fromEntries(REPO_METHODS[repo].map((m: string) => [m, (...args: unknown[]) => call(repo, m, args)]));
  const repos = Object.fromEntries(REPO_NAMES.map((name) => [name, proxy(name)])) as unknown as Repos;
  return {
    repos,
    async close() {
      if (closing) return;
      closing = true;
      await call(undefined, 'close', []);
      await worker.terminate();
    },
  };
}
