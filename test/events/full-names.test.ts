import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticleFiles } from '../../src/articles/load-articles.js';
import { FullNames } from '../../src/events/full-names.js';
import { fullBodies } from '../../src/events/speakers.js';

describe('FullNames', () => {
  it("gives each article's fullBodies, made only for the articles asked for, once", async () => {
    const { articles } = await loadArticleFiles(path.join('content', 'articles'));
    const asked: number[] = [];
    const names = new FullNames(new Map(articles.map((a) => [a.slug, a])), (sentences) => {
      asked.push(sentences.length);
      return fullBodies(sentences);
    });
    expect(asked).toEqual([]);
    const first = articles[0]!;
    expect(names.get(first.slug)).toEqual(fullBodies(first.sentences.map((s) => s.text)));
    expect(names.get(first.slug)).toBe(names.get(first.slug));
    expect(asked).toHaveLength(1);
    for (const a of articles) expect(names.get(a.slug)).toEqual(fullBodies(a.sentences.map((s) => s.text)));
    expect(asked).toHaveLength(articles.length);
    expect(names.get('no-such-article')).toBeUndefined();
  });
});
