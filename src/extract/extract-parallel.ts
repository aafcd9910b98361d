// Extraction of many articles on every core (issue 8). Articles are independent, so batches go to worker threads
// through tinypool; each worker loads the NLP model once. Below PARALLEL_FROM articles, starting the workers
// (loading the TypeScript loader, chrono and the model in each: about 0.7 s alone, 1.4 s for two side by side) costs more than it saves, so they are extracted
// in this thread. Results are the same either way: the same function on the same articles, copied back whole.
import os from 'node:os';
import Tinypool from 'tinypool';
import type { Article } from '../types.js';
import { extractMentions, type ArticleMentions } from './extract-mentions.js';

/** Fewest articles worth starting workers for (measured in BENCHMARKS.md). */
export const PARALLEL_FROM = 500;
/**
 * Tasks per thread: few and large, since each task costs far more than its messages (1,000 articles on 2 threads:
 * 5.4 s in tasks of 16, 3.4 s in tasks of 125, measured), yet more than one so a slow batch does not leave a core idle.
 */
const TASKS_PER_THREAD = 4;

export interface ParallelOptions {
  /** Worker threads; default one per core. Fewer than 2 extracts in this thread. */
  threads?: number;
  /** Fewest articles worth starting workers for; default PARALLEL_FROM. */
  from?: number;
}

/** What each article yields, in the order given. */
export async function extractInParallel(articles: readonly Article[], options: ParallelOptions = {}): Promise<ArticleMentions[]> {
  const threads = options.threads ?? os.availableParallelism();
  if (threads < 2 || articles.length < (options.from ?? PARALLEL_FROM)) return articles.map(extractMentions);
  const pool = new Tinypool({
    filename: new URL('./extract-thread.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  try {
    const size = Math.ceil(articles.length / (threads * TASKS_PER_THREAD));
    const batches: Article[][] = [];
    for (let i = 0; i < articles.length; i += size) batches.push(articles.slice(i, i + size));
    const results = await Promise.all(batches.map((batch) => pool.run(batch) as Promise<ArticleMentions[]>));
    return results.flat();
  } finally {
    await pool.destroy();
  }
}
