// Reading on worker threads gives what reading in this thread gives, problems included, in the same order.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOne } from '../../src/articles/read-one.js';
import { problemsOf, readInParallel, type ReadJob } from '../../src/articles/read-parallel.js';

const jobsIn = (dir: string): ReadJob[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ file: path.join(dir, name), source: readFileSync(path.join(dir, name), 'utf8'), today: '2100-01-01' }));

describe('readInParallel', () => {
  it('reads exactly what readOne reads, problems and all, on two threads', async () => {
    const jobs = [
      ...jobsIn('content/articles'),
      ...jobsIn('test/fixtures/eval-articles'),
      // One problem, several problems, and a date after "today".
      ...jobsIn('test/fixtures/bad/title-missing/articles'),
      ...jobsIn('test/fixtures/bad/yaml-syntax/articles'),
      ...jobsIn('test/fixtures/bad/published-impossible/articles'),
      { ...jobsIn('content/articles')[0]!, today: '2000-01-01' },
    ];
    const inThread = jobs.map(readOne);
    expect(inThread.filter((o) => 'problems' in o).length).toBeGreaterThanOrEqual(4);
    const threaded = await readInParallel(jobs, { threads: 2, from: 0 });
    expect(threaded).toStrictEqual(inThread);
    // Problems become ArticleErrors again, with the message an unthreaded read would throw.
    const last = problemsOf(threaded.at(-1)!);
    expect(last[0]!.message).toMatch(/field "published".*is in the future/);
  }, 60_000);

  it('does not load the reader in this thread when the workers read', () => {
    // A value import of read-one (read-article, segment-body) would load the NLP model into the build's own heap.
    const source = readFileSync('src/articles/read-parallel.ts', 'utf8');
    expect(source).not.toMatch(/^import (?!type )[^\n]*from '\.\/(?:read-one|read-article)\.js'/m);
    expect(source).toMatch(/await import\('\.\/read-one\.js'\)/);
  });
});
