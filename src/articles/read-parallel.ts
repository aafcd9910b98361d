// Reading many articles afresh on every core (issue 8): a cold build of 10,000 articles spent about a minute
// parsing, splitting and rendering them on one thread. Problems come back as plain fields (an Error does not cross a
// thread whole) and become ArticleErrors again here, so a threaded read reports exactly what an unthreaded one does.
import { mapInThreads, type ThreadOptions } from '../parallel/map-in-threads.js';
import type { ReadArticle } from '../cache/article-cache.js';
import { ArticleError, ContentError } from './article-error.js';
import { readArticle } from './read-article.js';

export interface ReadJob {
  file: string;
  source: string;
  today: string;
}

interface Problem {
  file: string;
  field?: string | undefined;
  line?: number | undefined;
  problem: string;
  fix: string;
}

export type ReadOutcome = { read: ReadArticle } | { problems: Problem[] };

const fields = ({ file, field, line, problem, fix }: ArticleError): Problem => ({ file, field, line, problem, fix });

/** One file's text → what reading it gave, or its problems. Any other error is a bug and is thrown. */
export function readOne({ file, source, today }: ReadJob): ReadOutcome {
  try {
    return { read: readArticle(file, source, { today }) };
  } catch (error) {
    if (error instanceof ArticleError) return { problems: [fields(error)] };
    if (error instanceof ContentError) return { problems: error.problems.map(fields) };
    throw error;
  }
}

/** The problems of an outcome as the ArticleErrors reading threw. */
export function problemsOf(outcome: ReadOutcome): ArticleError[] {
  if (!('problems' in outcome)) return [];
  return outcome.problems.map(({ file, field, line, problem, fix }) => new ArticleError({ file, problem, fix, ...(field !== undefined ? { field } : {}), ...(line !== undefined ? { line } : {}) }));
}

export function readInParallel(jobs: readonly ReadJob[], options: ThreadOptions = {}): Promise<ReadOutcome[]> {
  return mapInThreads(jobs, new URL('./read-thread.mjs', import.meta.url), readOne, options);
}
