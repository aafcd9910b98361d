// Benchmark part (d): extraction alone, no cache, no site. `tsx bench/extract.ts <articles dir> [shard] [shards]`
// loads the articles, then times `extractMentions` over every `shards`-th article starting at `shard`, and prints
// one JSON line: { articles, ms, loadMs }. bench/run.ts runs one shard for "one core" and one process per core
// for "all cores" (separate processes, as worker threads would be).
import { loadArticles } from '../src/articles/load-articles.js';
import { extractMentions } from '../src/extract/extract-mentions.js';

const [dir = 'content/articles', shard = '0', shards = '1'] = process.argv.slice(2);
const loadStarted = performance.now();
const all = await loadArticles(dir, { today: '2100-01-01' });
const loadMs = performance.now() - loadStarted;
const mine = all.filter((_, i) => i % Number(shards) === Number(shard));
extractMentions(mine[0]!); // the NLP model's first use is not per-article work
const started = performance.now();
let mentions = 0;
for (const article of mine) mentions += extractMentions(article).mentions.length;
console.log(JSON.stringify({ articles: mine.length, mentions, ms: Math.round(performance.now() - started), loadMs: Math.round(loadMs) }));
