// Parsed articles on disk, one JSON file per article file, so a rebuild neither parses Markdown nor splits
// sentences nor renders the body of an article that did not change (issue 8: a warm rebuild spent most of its time
// there, not in extraction).
//
// The key is a SHA-256 of the file's path and text and of a fingerprint of the code that reads articles: the
// source of src/articles/, src/nlp/ and src/types.ts and the installed package versions (package-lock.json). Any
// change there therefore misses by itself; there is no version number to forget. An entry holds what reading the
// file gave: the Article, its warnings and its body template (render-body.ts). The `today` check is not in it and
// is made on every build. Entries are read and written as cache-file.ts does for every cache.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ArticleWarning } from '../articles/article-error.js';
import type { Article } from '../types.js';
import { readEntry, writeEntry } from './cache-file.js';
import { codeFingerprint } from './code-fingerprint.js';

/** What reading one article file gives, before the `today` check. */
export interface ReadArticle {
  article: Article;
  warnings: ArticleWarning[];
  /** The body's HTML with a slot per sentence for its event links (render-body.ts). */
  bodyTemplate: string;
}

export interface ArticleCache {
  /** The entry for this file and text, or undefined. */
  get(file: string, source: string): ReadArticle | undefined;
  set(file: string, source: string, read: ReadArticle): void;
  stats: { read: number; cached: number };
}

/** The code whose output an entry holds, relative to the project root. */
export const ARTICLE_CODE = ['src/articles', 'src/nlp', 'src/types.ts', 'package-lock.json'];

/** Entries in `dir`; `dir` undefined caches nothing (and still counts). */
export function articleCache(dir: string | undefined): ArticleCache {
  const stats = { read: 0, cached: 0 };
  let writable = dir !== undefined;
  const fileFor = (file: string, source: string) =>
    path.join(dir!, `${createHash('sha256').update(`dateline-article\0${codeFingerprint(ARTICLE_CODE)}\0${file}\0${source}`).digest('hex')}.json`);
  return {
    stats,
    get(file, source) {
      stats.read++;
      if (dir === undefined) return undefined;
      const entry = readEntry<ReadArticle>(fileFor(file, source));
      if (entry?.article?.file !== file || typeof entry.bodyTemplate !== 'string' || !Array.isArray(entry.warnings)) return undefined;
      stats.cached++;
      return entry;
    },
    set(file, source, read) {
      if (writable) writable = writeEntry(fileFor(file, source), read);
    },
  };
}
