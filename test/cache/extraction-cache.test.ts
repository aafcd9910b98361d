// The extraction cache: per article, keyed by content and EXTRACTOR_VERSION; exact round trips; a rebuild after
// adding one article extracts that one only; cached and uncached builds are identical.
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/articles/load-articles.js';
import { cachedExtractor, cacheKey, EXTRACTOR_VERSION, formatStats } from '../../src/cache/extraction-cache.js';
import { extractMentions, type ArticleMentions } from '../../src/extract/extract-mentions.js';
import { importArticle } from '../../src/importer/import-article.js';
import { writeArticle } from '../../src/importer/write-article.js';
import { buildEvents } from '../../src/pipeline.js';
import { buildSiteData, siteData } from '../../src/site/build-site-data.js';
import { eventsJson } from '../../src/site/events-json.js';
import type { Article } from '../../src/types.js';
import { renderingFor } from '../helpers/rendering.js';

let articles: Article[];
let dir: string;
beforeAll(async () => {
  articles = await loadArticles('content/articles');
});
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-cache-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

describe('cachedExtractor', () => {
  it('extracts each article once, then reads it back exactly as extracted', () => {
    const cold = cachedExtractor(dir, extractMentions);
    const first = articles.map((a) => cold.extract(a));
    expect(cold.stats).toEqual({ articles: 5, extracted: 5, cached: 0 });
    const warm = cachedExtractor(dir, extractMentions);
    const second = articles.map((a) => warm.extract(a));
    expect(warm.stats).toEqual({ articles: 5, extracted: 0, cached: 5 });
    expect(second).toStrictEqual(articles.map(extractMentions));
    expect(second).toStrictEqual(first);
    expect(formatStats(warm.stats)).toBe('5 articles: 0 extracted, 5 from cache');
  });

  it('gives a byte-identical timeline from the cache', () => {
    const warmUp = cachedExtractor(dir, extractMentions);
    buildEvents(articles, { extract: warmUp.extract });
    const cached = cachedExtractor(dir, extractMentions);
    const events = buildEvents(articles, { extract: cached.extract });
    expect(cached.stats.cached).toBe(5);
    const plain = buildEvents(articles);
    expect(eventsJson(events)).toBe(eventsJson(plain));
    expect(siteData(articles, events, undefined, renderingFor(articles))).toStrictEqual(siteData(articles, plain, undefined, renderingFor(articles)));
  });

  it('after one article is added, extracts exactly that one', () => {
    buildEvents(articles.slice(0, 4), { extract: cachedExtractor(dir, extractMentions).extract });
    const next = cachedExtractor(dir, extractMentions);
    buildEvents(articles, { extract: next.extract });
    expect(next.stats).toEqual({ articles: 5, extracted: 1, cached: 4 });
  });

  it('misses on an edited body, a new publication date or a new file name, and on another extractor version', () => {
    const [article] = articles;
    const warm = cachedExtractor(dir, extractMentions);
    warm.extract(article!);
    const edited = { ...article!, sentences: article!.sentences.map((s, i) => (i === 3 ? { ...s, text: `${s.text} ` } : s)) };
    for (const changed of [edited, { ...article!, published: '2021-01-01' }, { ...article!, slug: `${article!.slug}-2` }]) {
      expect(cacheKey(changed)).not.toBe(cacheKey(article!));
    }
    // Where the file was read from is not content: the same article in another folder hits.
    expect(cacheKey({ ...article!, file: 'elsewhere/x.md' })).toBe(cacheKey(article!));
    const file = path.join(dir, `${cacheKey(article!)}.json`);
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { extractor: number };
    expect(entry.extractor).toBe(EXTRACTOR_VERSION);
    writeFileSync(file, JSON.stringify({ ...entry, extractor: EXTRACTOR_VERSION - 1 }));
    const again = cachedExtractor(dir, extractMentions);
    again.extract(article!);
    expect(again.stats.extracted).toBe(1);
  });

  it('treats a damaged entry as a miss and rewrites it', () => {
    const [article] = articles;
    cachedExtractor(dir, extractMentions).extract(article!);
    const file = path.join(dir, `${cacheKey(article!)}.json`);
    writeFileSync(file, '{"extractor":1,"arti');
    const next = cachedExtractor(dir, extractMentions);
    expect(next.extract(article!)).toStrictEqual(extractMentions(article!));
    expect(next.stats.extracted).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ article: article!.slug });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never stores a result JSON cannot carry exactly', () => {
    const odd = (): ArticleMentions => ({ mentions: [{ context: undefined } as never], relative: [] });
    const first = cachedExtractor(dir, odd);
    first.extract(articles[0]!);
    expect(readdirSync(dir)).toEqual([]);
    const second = cachedExtractor(dir, odd);
    second.extract(articles[0]!);
    expect(second.stats.extracted).toBe(1);
  });

  it('still extracts when the cache folder cannot be written', () => {
    if (process.getuid?.() === 0) return; // root writes anywhere
    chmodSync(dir, 0o555);
    const extractor = cachedExtractor(path.join(dir, "sub"), extractMentions);
    expect(articles.map((a) => extractor.extract(a))).toStrictEqual(articles.map(extractMentions));
    expect(extractor.stats).toEqual({ articles: 5, extracted: 5, cached: 0 });
  });
});

describe('cachedExtractor.prefetch', () => {
  it('extracts only what the cache lacks, all at once, and extract then counts and returns those results', async () => {
    const warmUp = cachedExtractor(dir, extractMentions);
    articles.slice(0, 3).forEach((a) => warmUp.extract(a));
    const extractor = cachedExtractor(dir, extractMentions);
    const asked: string[][] = [];
    await extractor.prefetch(articles, async (missing) => {
      asked.push(missing.map((a) => a.slug));
      return missing.map(extractMentions);
    });
    expect(asked).toEqual([articles.slice(3).map((a) => a.slug)]);
    expect(extractor.stats).toEqual({ articles: 0, extracted: 0, cached: 0 });
    expect(articles.map((a) => extractor.extract(a))).toStrictEqual(articles.map(extractMentions));
    expect(extractor.stats).toEqual({ articles: 5, extracted: 2, cached: 3 });
    // What prefetch extracted was written to the cache too.
    const next = cachedExtractor(dir, extractMentions);
    articles.forEach((a) => next.extract(a));
    expect(next.stats).toEqual({ articles: 5, extracted: 0, cached: 5 });
  });
});

describe('cachedExtractor without an extract function', () => {
  it('extracts through prefetch only when the cache lacks an article, and gives the same results', async () => {
    const extractor = cachedExtractor(dir);
    await extractor.prefetch(articles, async (missing) => missing.map(extractMentions));
    expect(articles.map((a) => extractor.extract(a))).toStrictEqual(articles.map(extractMentions));
    const warm = cachedExtractor(dir);
    let asked = false;
    await warm.prefetch(articles, async () => {
      asked = true;
      return [];
    });
    expect(asked).toBe(false);
    expect(articles.map((a) => warm.extract(a))).toStrictEqual(articles.map(extractMentions));
    expect(warm.stats).toEqual({ articles: 5, extracted: 0, cached: 5 });
  });

  it('refuses, naming the file, to extract an article prefetch was not given', () => {
    expect(() => cachedExtractor(dir).extract(articles[0]!)).toThrow(`${articles[0]!.file}: not in the extraction cache`);
  });
});

describe('buildSiteData with the cache and the ledger', () => {
  it('says what it extracted, extracts only an added article, and builds what an uncached build builds', async () => {
    const content = path.join(dir, 'content');
    const cache = path.join(dir, 'cache');
    cpSync('content', content, { recursive: true });
    const lines: string[] = [];
    const onStats = (line: string) => lines.push(line);
    await buildSiteData({ contentDir: content, cacheDir: cache, onStats });
    await buildSiteData({ contentDir: content, cacheDir: cache, onStats });
    const page = 'test/fixtures/html/news-site-article.html';
    const imported = importArticle(page, readFileSync(page, 'utf8'));
    writeArticle(path.join(content, 'articles'), imported.meta, imported.body);
    const cached = await buildSiteData({ contentDir: content, cacheDir: cache, onStats });
    expect(lines).toEqual(['5 articles: 5 extracted, 0 from cache', '5 articles: 0 extracted, 5 from cache', '6 articles: 1 extracted, 5 from cache']);
    const ledger = readFileSync(path.join(content, 'event-ledger.json'), 'utf8');
    expect(ledger).toContain('2023-05-16-baghdad-and-ankara-agree-to-reopen-border-crossing-after-two#s-0');
    const uncached = await buildSiteData({ contentDir: content, cacheDir: false, onStats });
    expect(lines.at(-1)).toBe('6 articles: 6 extracted, 0 from cache');
    // The same data, but for the content keys a cached build gives its events (src/events/event-keys.ts: they stand on
    // the cache's keys), which only plan pages.
    const { contentKeys, ...data } = cached;
    expect(contentKeys).toBeInstanceOf(WeakMap);
    expect(uncached).toStrictEqual(data);
    expect(readFileSync(path.join(content, 'event-ledger.json'), 'utf8')).toBe(ledger);
  });
});
