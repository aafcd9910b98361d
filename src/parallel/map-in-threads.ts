// Per-item work on every core (issue 8): items go to worker threads through tinypool in a few large batches. Below
// `from` items, starting the workers (each loads the TypeScript loader and its task's modules: about 0.7 s, 1.4 s for
// two side by side) costs more than it saves, so they are done in this thread. Either way the same function runs on
// the same items and the results come back whole and in order.
import os from 'node:os';
import Tinypool from 'tinypool';

/** Fewest items worth starting workers for (measured in BENCHMARKS.md). */
export const PARALLEL_FROM = 500;
/**
 * Tasks per thread: few and large, since each task costs far more than its messages (1,000 articles on 2 threads:
 * 5.4 s in tasks of 16, 3.4 s in tasks of 125, measured), yet more than one so a slow batch does not leave a core idle.
 */
const TASKS_PER_THREAD = 4;

export interface ThreadOptions {
  /** Worker threads; default one per core. Fewer than 2 works in this thread. */
  threads?: number;
  /** Fewest items worth starting workers for; default PARALLEL_FROM. */
  from?: number;
}

/**
 * `items.map(inThread)`, on worker threads when there are enough items. `worker` is a module whose default export
 * maps a batch of items with the same function.
 */
export async function mapInThreads<T, R>(items: readonly T[], worker: URL, inThread: (item: T) => R, options: ThreadOptions = {}): Promise<R[]> {
  const threads = options.threads ?? os.availableParallelism();
  if (threads < 2 || items.length < (options.from ?? PARALLEL_FROM)) return items.map((item) => inThread(item));
  const pool = new Tinypool({ filename: worker.href, minThreads: threads, maxThreads: threads });
  try {
    const size = Math.ceil(items.length / (threads * TASKS_PER_THREAD));
    const batches: T[][] = [];
    for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
    const results = await Promise.all(batches.map((batch) => pool.run(batch) as Promise<R[]>));
    return results.flat();
  } finally {
    await pool.destroy();
  }
}
