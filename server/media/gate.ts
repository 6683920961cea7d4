/**
 * At most `concurrency` encodes at once, and at most `waiting` more in line; past that the caller
 * is told at once ('busy') instead of holding a 10 MB body in memory behind a long queue.
 */
export interface Gate {
  run<T>(task: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }>;
}

export function createGate(concurrency: number, waiting: number): Gate {
  let running = 0;
  const queue: (() => void)[] = [];
  const release = (): void => {
    const next = queue.shift();
    if (next) next();
    else running--;
  };
  return {
    async run(task) {
      if (running >= concurrency) {
        if (queue.length >= waiting) return { ok: false };
        // The slot passes straight from the task that ends to this one (release keeps `running`).
        await new Promise<void>((resolve) => queue.push(resolve));
      } else {
        running++;
      }
      try {
        return { ok: true, value: await task() };
      } finally {
        release();
      }
    },
  };
}
