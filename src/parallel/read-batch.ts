// A worker thread's task as compiled by scripts/compiled.mjs: a batch of article files → what reading each gave. The
// same as src/articles/read-thread.mjs (which loads the TypeScript through tsx, for tests and `npm start`), without tsx.
import { readOne } from '../articles/read-one.js';
import type { ReadJob, ReadOutcome } from '../articles/read-parallel.js';

export default function readBatch(jobs: readonly ReadJob[]): ReadOutcome[] {
  return jobs.map(readOne);
}
