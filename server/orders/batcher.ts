/**
 * Group commit of reservations, per listing: orders for one listing that arrive in the same turn
 * of the event loop, or while that listing's previous batch is committing, go to the database as
 * ONE call (one transaction: one guarded UPDATE of the allocated sum, one multi-row INSERT). Each
 * order is answered only after that COMMIT, so an acknowledgement means what it does one at a
 * time; what changes is that a hot listing's orders share a commit (and its fsync) instead of
 * queuing for the row lock one transaction each. Different listings batch independently.
 */
import type { OrderRequest, ReserveOutcome } from '../db/ordersRepo.ts';

/** A batch no bigger than this: one INSERT's parameters stay far below PostgreSQL's 65,535. */
export const MAX_BATCH = 500;

type Run = (listingId: string, reqs: OrderRequest[], at: Date) => Promise<ReserveOutcome[]>;

interface Waiting {
  req: OrderRequest;
  resolve(o: ReserveOutcome): void;
  reject(e: unknown): void;
}

export function createBatcher(run: Run, now: () => Date = () => new Date(), maxBatch = MAX_BATCH) {
  /** Listings with a batch committing or about to; their queue gathers the next. */
  const queues = new Map<string, Waiting[]>();

  async function flush(listingId: string, queue: Waiting[]): Promise<void> {
    const batch = queue.splice(0, maxBatch);
    try {
      const outcomes = await run(listingId, batch.map((w) => w.req), now());
      batch.forEach((w, i) => w.resolve(outcomes[i]!));
    } catch (e) {
      for (const w of batch) w.reject(e);
    }
    if (queue.length > 0) setImmediate(() => void flush(listingId, queue));
    else queues.delete(listingId);
  }

  return {
    submit(req: OrderRequest): Promise<ReserveOutcome> {
      return new Promise((resolve, reject) => {
        let queue = queues.get(req.listingId);
        if (!queue) {
          queue = [];
          queues.set(req.listingId, queue);
          // After this turn's other arrivals: they join the first batch.
          const q = queue;
          setImmediate(() => void flush(req.listingId, q));
        }
        queue.push({ req, resolve, reject });
      });
    },
  };
}
