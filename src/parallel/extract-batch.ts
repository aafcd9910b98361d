// A worker thread's task as compiled by scripts/compiled.mjs: a batch of articles → what each yields. The same as
// src/extract/extract-thread.mjs (which loads the TypeScript through tsx, for tests and `npm start`), without tsx.
import { extractMentions, type ArticleMentions } from '../extract/extract-mentions.js';
import type { Article } from '../types.js';

export default function extractBatch(articles: readonly Article[]): ArticleMentions[] {
  return articles.map(extractMentions);
}
