// Extraction results on disk, one JSON file per article, so a rebuild only extracts the articles that changed.
//
// The key is a SHA-256 of EXTRACTOR_VERSION and the parsed article as extraction sees it (slug, front matter,
// body, sentences; not the path it was read from). An edited article, a renamed file (a new slug) or a change in
// how bodies are split into sentences therefore misses by itself. A change to what `extractMentions` returns for
// the same article (src/extract, dates, classify, facts, nlp) does not show in the key: bump EXTRACTOR_VERSION
// with it. A stale entry is never read again, only left behind; `rm -rf .cache` clears them.
//
// Entries are written only when their JSON reads back deep-equal to what was extracted (no undefined members,
// no -0, no Dates), so a cached build is byte-identical to an uncached one. Files are written whole (temporary
// name, then rename), so a build stopped midway or two builds at once leave no half-written entry; an unreadable
// entry counts as a miss and is rewritten.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { extractMentions, type ArticleMentions } from '../extract/extract-mentions.js';
import type { Article } from '../types.js';

/** Bump on every change to what extraction returns for an unchanged article. */
export const EXTRACTOR_VERSION = 12;

/** Where `npm run build` keeps entries, relative to the working directory; DATELINE_CACHE overrides it (bench/run.ts). */
export const DEFAULT_CACHE_DIR = process.env.DATELINE_CACHE || '.cache/extract';

export interface ExtractionStats {
  articles: number;
  /** Extracted in this build (a miss, or caching off). */
  extracted: number;
  /** Read from the cache. */
  cached: number;
}

export interface CachedExtractor {
  extract: (article: Article) => ArticleMentions;
  stats: ExtractionStats;
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

let written = 0;

/**
 * `extractMentions` through the cache in `dir`; `dir` undefined extracts every article (and still counts).
 * `extract` is for tests: the function whose results are cached.
 */
export function cachedExtractor(dir: string | undefined, extract: (article: Article) => ArticleMentions = extractMentions): CachedExtractor {
  const stats: ExtractionStats = { articles: 0, extracted: 0, cached: 0 };
  let writable = dir !== undefined;
  return {
    stats,
    extract(article) {
      stats.articles++;
      const file = dir === undefined ? undefined : path.join(dir, `${cacheKey(article)}.json`);
      if (file) {
        try {
          const entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
          if (entry.extractor === EXTRACTOR_VERSION && entry.article === article.slug && entry.result) {
            stats.cached++;
            return entry.result;
          }
        } catch {
          // missing or unreadable: extract
        }
      }
      const result = extract(article);
      stats.extracted++;
      if (file && writable) {
        const entry: Entry = { extractor: EXTRACTOR_VERSION, article: article.slug, result };
        const json = JSON.stringify(entry);
        if (isDeepStrictEqual((JSON.parse(json) as Entry).result, result)) {
          try {
            mkdirSync(dir!, { recursive: true });
            const temp = `${file}.${process.pid}-${++written}.tmp`;
            writeFileSync(temp, json);
            renameSync(temp, file);
          } catch {
            writable = false; // a read-only checkout still builds, just without caching
          }
        }
      }
      return result;
    },
  };
}

/** "5 articles: 1 extracted, 4 from cache" */
export function formatStats(stats: ExtractionStats): string {
  return `${stats.articles} article${stats.articles === 1 ? '' : 's'}: ${stats.extracted} extracted, ${stats.cached} from cache`;
}
