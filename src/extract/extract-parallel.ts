// Extraction of many articles on every core (issue 8): articles are independent, so batches go to worker threads
// (src/parallel/map-in-threads.ts); each worker loads the NLP model once. Results are the same either way.
import { mapInThreads, type ThreadOptions } from '../parallel/map-in-threads.js';
import type { Article } from '../types.js';
import { extractMentions, type ArticleMentions } from './extract-mentions.js';

/** What each article yields, in the order given. */
export function extractInParallel(articles: readonly Article[], options: ThreadOptions = {}): Promise<ArticleMentions[]> {
  return mapInThreads(articles, new URL('./extract-thread.mjs', import.meta.url), extractMentions, options);
}
