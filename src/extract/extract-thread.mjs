// A worker thread's task (extract-parallel.ts): a batch of articles → what each yields. Node 20 does not carry the
// build's TypeScript loader into worker threads, so this plain-JavaScript entry registers tsx itself first.
import { register } from 'tsx/esm/api';

register();
const { extractMentions } = await import('./extract-mentions.ts');

export default function extractBatch(articles) {
  return articles.map(extractMentions);
}
