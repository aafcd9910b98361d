// Extraction on worker threads gives what extraction in this thread gives, in the same order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/articles/load-articles.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { extractInParallel } from '../../src/extract/extract-parallel.js';

describe('extractInParallel', () => {
  it('yields exactly what extractMentions yields, article by article, on two threads', async () => {
    const articles = [...(await loadArticles('content/articles')), ...(await loadArticles('test/fixtures/eval-articles'))];
    const inThread = articles.map(extractMentions);
    const threaded = await extractInParallel(articles, { threads: 2, from: 0 });
    expect(threaded).toStrictEqual(inThread);
  }, 60_000);

  it('stays in this thread for few articles or one core', async () => {
    const articles = await loadArticles('content/articles');
    expect(await extractInParallel(articles, { threads: 1, from: 0 })).toStrictEqual(articles.map(extractMentions));
    expect(await extractInParallel(articles.slice(0, 2))).toStrictEqual(articles.slice(0, 2).map(extractMentions));
  });

  it('does not load the extractor in this thread when the workers extract', () => {
    // A value import of extract-mentions would load the NLP model and the date parser into the build's own heap.
    const source = readFileSync('src/extract/extract-parallel.ts', 'utf8');
    expect(source).not.toMatch(/^import (?!type )[^\n]*from '\.\/extract-mentions\.js'/m);
    expect(source).toMatch(/await import\('\.\/extract-mentions\.js'\)/);
  });
});
