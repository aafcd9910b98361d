// Reading many articles afresh on every core (issue 8): a cold build of 10,000 articles spent about a minute
// parsing, splitting and rendering them on one thread. Problems come back as plain fields (an Error does not cross a
// thread whole) and become ArticleErrors again here, so a threaded read reports exactly what an unthreaded one does.
import { inThisThread, mapInThreads, type ThreadOptions } from '../parallel/map-in-threads.js';
import type { ReadArticle } from '../cache/article-cache.js';
import { ArticleError } from './article-error.js';

export interface ReadJob {
  file: string;
  source: string;
  today: string;
}

export interface Problem {
  file: string;
  field?: string | undefined;
  line?: number | undefined;
  problem: string;
  fix: string;
}

export type ReadOutcome = { read: ReadArticle } | { problems: Problem[] };

/** The problems of an outcome as the ArticleErrors reading threw. */
export function problemsOf(outcome: ReadOutcome): ArticleError[] {
  if (!('problems' in outcome)) return [];
  return outcome.problems.map(({ file, field, line, problem, fix }) => new ArticleError({ file, problem, fix, ...(field !== undefined ? { field } : {}), ...(line !== undefined ? { line } : {}) }));
}

const onWorkers = (): never => {
  throw new Error('reading runs on the worker threads');
};

export async function readInParallel(jobs: readonly ReadJob[], options: ThreadOptions = {}): Promise<ReadOutcome[]> {
  // Loaded only when this thread reads: reading loads the sentence splitter's NLP model, which otherwise sat in this
  // thread's heap for the rest of a cold build for nothing (a heap snapshot at 1,000 articles, issue 8).
  const read = inThisThread(jobs.length, options) ? (await import('./read-one.js')).readOne : onWorkers;
  return mapInThreads(jobs, new URL('./read-thread.mjs', import.meta.url), read, options);
}
