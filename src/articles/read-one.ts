// One article file read as a worker thread reads it (read-parallel.ts): a module of its own so that the thread that
// hands reading to the workers never loads the reader, and with it the NLP model.
import { ArticleError, ContentError } from './article-error.js';
import { readArticle } from './read-article.js';
import type { Problem, ReadJob, ReadOutcome } from './read-parallel.js';

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

