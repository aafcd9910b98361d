// Per-item work on every core (issue 8): items go to worker threads through tinypool in a few large batches. Below
// `from` items, starting the workers (each loads the TypeScript loader and its task's modules: about 0.7 s, 1.4 s for
// two side by side) costs more than it saves, so they are done in this thread. Either way the same function runs on
// the same items and the results come back whole and in order.
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Fewest items worth starting workers for (measured in BENCHMARKS.md). */
export const PARALLEL_FROM = 500;
/**
 * Tasks per thread: few and large, since each task costs far more than its messages (1,000 articles on 2 threads:
 * 5.4 s in tasks of 16, 3.4 s in tasks of 125, measured), yet more than one so a slow batch does not leave a core idle.
 */
const TASKS_PER_THREAD = 4;
/**
 * Items per task at most: a worker holds its task's items and results until the task ends, and at 10,000 articles
 * tasks of 1,250 took the build process (both workers and this thread) just over 1 GB while extracting (issue 8).
 */
const MAX_TASK = 250;

export interface ThreadOptions {
  /** Worker threads; default one per core. Fewer than 2 works in this thread. */
  threads?: number;
  /** Fewest items worth starting workers for; default PARALLEL_FROM. */
  from?: number;
}

/** Whether mapInThreads does `count` items in this thread: too few for workers to pay, or a single core. */
export function inThisThread(count: number, options: ThreadOptions = {}): boolean {
  return (options.threads ?? os.availableParallelism()) < 2 || count < (options.from ?? PARALLEL_FROM);
}

/**
 * `items.map(inThread)`, on worker threads when there are enough items. `worker` is a module whose default export
 * maps a batch of items with the same function.
 */
export async function mapInThreads<T, R>(items: readonly T[], worker: URL, inThread: (item: T) => R, options: ThreadOptions = {}): Promise<R[]> {
  if (inThisThread(items.length, options)) return items.map((item) => inThread(item));
  const threads = options.threads ?? os.availableParallelism();
  // Loaded only here: a build of a few articles (a fresh clone's five) never starts a thread, so never needs it.
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: threadEntry(worker).href, minThreads: threads, maxThreads: threads });
  try {
    const size = Math.min(MAX_TASK, Math.ceil(items.length / (threads * TASKS_PER_THREAD)));
    const batches: T[][] = [];
    for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
    const results = await Promise.all(batches.map((batch) => pool.run(batch) as Promise<R[]>));
    return results.flat();
  } finally {
    await pool.destroy();
  }
}

/**
 * The thread entries scripts/compiled.mjs compiles (`npm run build`), by the tsx entry they stand for: loaded without
 * tsx, a worker starts in a fraction of the time and memory (each worker loaded tsx and compiled our sources again).
 */
const COMPILED_ENTRIES: Record<string, string> = {
  'extract-thread.mjs': 'src/parallel/extract-batch.mjs',
  'read-thread.mjs': 'src/parallel/read-batch.mjs',
};

/** `worker`, or its compiled form when this process runs compiled code (DATELINE_COMPILED names the folder). */
export function threadEntry(worker: URL): URL {
  const compiled = process.env.DATELINE_COMPILED;
  const entry = COMPILED_ENTRIES[path.basename(worker.pathname)];
  return compiled && entry ? pathToFileURL(path.join(compiled, entry)) : worker;
}

