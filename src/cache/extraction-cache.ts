// Extraction results on disk, one JSON file per article, so a rebuild only extracts the articles that changed.
//
// The key is a SHA-256 of EXTRACTOR_VERSION and the parsed article as extraction sees it (slug, front matter,
// body, sentences; not the path it was read from). An edited article, a renamed file (a new slug) or a change in
// how bodies are split into sentences therefore misses by itself. A change to what `extractMentions` returns for
// the same article (src/extract, dates, classify, facts, nlp) does not show in the key: bump EXTRACTOR_VERSION
// with it. A stale entry is never read again, only left behind; `rm -rf .cache` clears them.
//
// Entries are read and written by cache-file.ts: whole, and only when JSON carries the result exactly, so a cached
// build is byte-identical to an uncached one; an unreadable entry counts as a miss and is rewritten.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ArticleMentions } from '../extract/extract-mentions.js';
import type { Article } from '../types.js';
import { readEntry, writeEntry } from './cache-file.js';
import type { Generations } from './memory.js';

/** Bump on every change to what extraction returns for an unchanged article. */
export const EXTRACTOR_VERSION = 976;

/**
 * Where `npm run build` keeps its caches (this one in `extract/`, parsed articles in `articles/`), relative to the
 * working directory; DATELINE_CACHE overrides it (bench/run.ts).
 */
export const DEFAULT_CACHE_DIR = process.env.DATELINE_CACHE || '.cache';

export interface ExtractionStats {
  articles: number;
  /** Extracted in this build (a miss, or caching off). */
  extracted: number;
  /** Read from the cache. */
  cached: number;
}

export interface CachedExtractor {
  extract: (article: Article) => ArticleMentions;
  /**
   * Extracts, all at once with `extractMany` (src/extract/extract-parallel.ts), every article the cache lacks, and
   * keeps every result for `extract`, which then counts and returns it as if it had extracted or read it itself.
   */
  prefetch(articles: readonly Article[], extractMany: (articles: Article[]) => Promise<ArticleMentions[]>): Promise<void>;
  stats: ExtractionStats;
  /** The article's cache key: it fixes what extraction yields for it (a merge cache keys on it, merge-cache.ts). */
  key(article: Article): string;
}

interface Entry {
  extractor: number;
  article: string;
  result: ArticleMentions;
}

export function cacheKey(article: Article): string {
  const { file: _file, ...content } = article;
  return createHash('sha256').update(`dateline-extract\0${EXTRACTOR_VERSION}\0${JSON.stringify(content)}`).digest('hex');
}

type Extract = (article: Article) => ArticleMentions;

/**
 * Results kept in memory between builds by a long-lived process (src/cache/memory.ts), by cache key, and each
 * article's key (an article that did not change is the same object: load-articles.ts keeps it).
 */
export interface ExtractionMemory {
  results: Generations<string, ArticleMentions>;
  keys: WeakMap<Article, string>;
}

/**
 * `extract` through the cache in `dir`; `dir` undefined extracts every article (and still counts). Without
 * `extract`, what the cache lacks is extracted by `prefetch`'s `extractMany`, so a warm build never loads the date
 * parser and the NLP model; `extract` then needs `prefetch` first.
 */
export function cachedExtractor(dir: string | undefined, extract?: Extract, memory?: ExtractionMemory): CachedExtractor {
  const stats: ExtractionStats = { articles: 0, extracted: 0, cached: 0 };
  let writable = dir !== undefined;
  /** Results `prefetch` got, by key, until `extract` asks for them. */
  const ready = new Map<string, { result: ArticleMentions; cached: boolean }>();
  const fileFor = (key: string) => (dir === undefined ? undefined : path.join(dir, `${key}.json`));
  const read = (article: Article, file: string | undefined): ArticleMentions | undefined => {
    const key = memory && memory.keys.get(article);
    const kept = key === undefined ? undefined : memory!.results.get(key);
    if (kept) return kept;
    const entry = file === undefined ? undefined : readEntry<Entry>(file);
    const result = entry?.extractor === EXTRACTOR_VERSION && entry.article === article.slug && entry.result ? entry.result : undefined;
    if (result && key !== undefined) memory!.results.set(key, result);
    return result;
  };
  const store = (article: Article, file: string | undefined, result: ArticleMentions) => {
    const key = memory && memory.keys.get(article);
    if (key !== undefined) memory!.results.set(key, result);
    if (file && writable) writable = writeEntry(file, { extractor: EXTRACTOR_VERSION, article: article.slug, result } satisfies Entry);
  };
  /** Each article's key, hashed once though prefetch and extract both need it. */
  const keys = memory?.keys ?? new WeakMap<Article, string>();
  const keyOf = (article: Article) => keys.get(article) ?? keys.set(article, cacheKey(article)).get(article)!;
  return {
    stats,
    key: keyOf,
    async prefetch(articles, extractMany) {
      const missing: { article: Article; key: string }[] = [];
      for (const article of articles) {
        const key = keyOf(article);
        if (ready.has(key)) continue;
        const result = read(article, fileFor(key));
        if (result) ready.set(key, { result, cached: true });
        else missing.push({ article, key });
      }
      if (!missing.length) return;
      // extractMentions is not loaded here: `extractMany` runs it, on other threads when it can (the date parser and
      // the NLP model cost this thread ~0.5 s to load and stay in its memory).
      const results = await extractMany(missing.map((m) => m.article));
      missing.forEach(({ article, key }, i) => {
        store(article, fileFor(key), results[i]!);
        ready.set(key, { result: results[i]!, cached: false });
      });
    },
    extract(article) {
      stats.articles++;
      const key = keyOf(article);
      const prefetched = ready.get(key);
      if (prefetched) {
        ready.delete(key);
        if (prefetched.cached) stats.cached++;
        else stats.extracted++;
        return prefetched.result;
      }
      const file = fileFor(key);
      const cached = read(article, file);
      if (cached) {
        stats.cached++;
        return cached;
      }
      if (!extract) throw new Error(`${article.file}: not in the extraction cache; call prefetch before extract, or pass the extract function`);
      const result = extract(article);
      stats.extracted++;
      store(article, file, result);
      return result;
    },
  };
}

/** "5 articles: 1 extracted, 4 from cache" */
export function formatStats(stats: ExtractionStats): string {
  return `${stats.articles} article${stats.articles === 1 ? '' : 's'}: ${stats.extracted} extracted, ${stats.cached} from cache`;
}
