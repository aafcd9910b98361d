// The merge cache: kept shards give exactly the events a fresh merge gives; after an article is added only the kinds
// and years its mentions fall in are merged again; an unusable entry is merged afresh.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/articles/load-articles.js';
import { cacheKey } from '../../src/cache/extraction-cache.js';
import { mergeCache, type MergeStore } from '../../src/cache/merge-cache.js';
import { eventsFromArticles } from '../../src/events/events-from-articles.js';
import { extractMentions, type ArticleMentions } from '../../src/extract/extract-mentions.js';
import { eventsJson } from '../../src/site/events-json.js';
import type { Article } from '../../src/types.js';

let seeds: Article[];
let added: Article;
const memo = new Map<string, ArticleMentions>();
const extract = (a: Article) => memo.get(a.slug) ?? memo.set(a.slug, extractMentions(a)).get(a.slug)!;
beforeAll(async () => {
  seeds = await loadArticles('content/articles');
  added = (await loadArticles('test/fixtures/eval-articles'))[0]!;
});
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-merge-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The store, counting what was asked of it and what had to be merged and written. */
function counting(store: MergeStore) {
  const counts = { get: 0, hit: 0, set: 0 };
  return {
    counts,
    store: {
      get(key: string) {
        counts.get++;
        const found = store.get(key);
        if (found) counts.hit++;
        return found;
      },
      set(key: string, clusters: number[][]) {
        counts.set++;
        store.set(key, clusters);
      },
    } satisfies MergeStore,
  };
}

const build = (articles: readonly Article[], store?: MergeStore) =>
  eventsJson(eventsFromArticles(articles, { extract, ...(store ? { identity: cacheKey, mergeStore: store } : {}) }));

describe('mergeCache', () => {
  it('gives the events a fresh merge gives, cold and warm', () => {
    const fresh = build(seeds);
    const cold = counting(mergeCache(dir));
    expect(build(seeds, cold.store)).toBe(fresh);
    expect(cold.counts.hit).toBe(0);
    expect(cold.counts.set).toBeGreaterThan(1);
    const warm = counting(mergeCache(dir));
    expect(build(seeds, warm.store)).toBe(fresh);
    expect(warm.counts.set).toBe(0);
    expect(warm.counts.hit).toBe(warm.counts.get);
  });

  it('merges again only the shards an added article touches', () => {
    build(seeds, mergeCache(dir));
    const next = counting(mergeCache(dir));
    expect(build([...seeds, added], next.store)).toBe(build([...seeds, added]));
    expect(next.counts.hit).toBeGreaterThan(0);
    expect(next.counts.set).toBeGreaterThan(0);
    expect(next.counts.set).toBeLessThan(next.counts.get);
  });

  it('merges afresh when an entry is unreadable or does not split the shard', () => {
    const fresh = build(seeds);
    build(seeds, mergeCache(dir));
    const files = readdirSync(dir);
    writeFileSync(path.join(dir, files[0]!), '{"key": 1');
    for (const file of files.slice(1)) {
      const text = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { key: string; clusters: number[][] };
      writeFileSync(path.join(dir, file), JSON.stringify({ key: text.key, clusters: [[0, 0]] }));
    }
    const again = counting(mergeCache(dir));
    expect(build(seeds, again.store)).toBe(fresh);
    expect(again.counts.set).toBe(again.counts.get);
  });
});
