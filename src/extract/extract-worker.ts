// A worker thread's task (extract-parallel.ts): a batch of articles → what each yields.
import type { Article } from '../types.js';
import { extractMentions, type ArticleMentions } from './extract-mentions.js';

export default function extractBatch(articles: readonly Article[]): ArticleMentions[] {
  return articles.map(extractMentions);
}
