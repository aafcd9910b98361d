// Extraction of many articles on every core (issue 8): articles are independent, so batches go to worker threads
// (src/parallel/map-in-threads.ts); each worker loads the NLP model once. Results are the same either way.
import { inThisThread, mapInThreads, type ThreadOptions } from '../parallel/map-in-threads.js';
import type { Article } from '../types.js';
import type { ArticleMentions } from './extract-mentions.js';

const onWorkers = (): never => {
  throw new Error('extraction runs on the worker threads');
};

/** What each article yields, in the order given. */
export async function extractInParallel(articles: readonly Article[], options: ThreadOptions = {}): Promise<ArticleMentions[]> {
  // Loaded only when this thread extracts: when the workers do, the NLP model, date parser and their code sat in this
  // thread's heap for the rest of the build for nothing (~15 MB at 1,000 articles, a cold build's heap snapshot).
  const extract = inThisThread(articles.length, options) ? (await import('./extract-mentions.js')).extractMentions : onWorkers;
  return mapInThreads(articles, new URL('./extract-thread.mjs', import.meta.url), extract, options);
}
