// What `npm start` keeps between builds (src/site/site-memory.ts) for events: shards merged one at a time and kept
// (mergeByShard), drafts and events kept by their mentions. Held here to mergeMentions and to eventsFromArticles
// without a memory, over the seeds and the evaluation articles added and removed one by one — relative dates and all.
// If merging ever lets a cluster span two kinds or two years, the first test fails: mergeByShard must change with it.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/articles/load-articles.js';
import { cacheKey } from '../../src/cache/extraction-cache.js';
import { Generations, Serials } from '../../src/cache/memory.js';
import { eventsFromArticles, mergeByShard, type EventsMemory } from '../../src/events/events-from-articles.js';
import { mentionKey, mergeMentions } from '../../src/events/merge-mentions.js';
import { extractMentions, type ArticleMentions } from '../../src/extract/extract-mentions.js';
import { ledgerMemory } from '../../src/ledger/assign-ledger-ids.js';
import { emptyLedger } from '../../src/ledger/ledger.js';
import { eventsJson } from '../../src/site/events-json.js';
import type { Article, Mention } from '../../src/types.js';

let articles: Article[];
const extracted = new Map<Article, ArticleMentions>();
const extract = (a: Article) => extracted.get(a) ?? extracted.set(a, extractMentions(a)).get(a)!;
beforeAll(async () => {
  articles = [...(await loadArticles('content/articles')), ...(await loadArticles('test/fixtures/eval-articles'))];
  articles.forEach(extract);
}, 60_000);

const memory = (): EventsMemory => ({
  serials: new Serials(), shards: new Generations(), merged: [new Map(), new Map()], mentionKeys: new WeakMap(), clusterDates: new WeakMap(),
  clusterDrafts: new WeakMap(), drafts: new WeakMap(), resolvedDrafts: new Generations(), events: new WeakMap(), ledger: ledgerMemory(),
});
const keys = (clusters: Mention[][]) => clusters.map((c) => c.map(mentionKey));

describe('mergeByShard', () => {
  it('gives the clusters mergeMentions gives, in its order, kept or not', () => {
    const mentions = articles.flatMap((a) => extract(a).mentions);
    const kept = memory();
    const serials = new Serials();
    const token = (m: Mention) => `#${serials.of(m)}`;
    const whole = keys(mergeMentions(mentions));
    expect(keys(mergeByShard(mentions, kept, token))).toEqual(whole);
    expect(keys(mergeByShard(mentions, kept, token))).toEqual(whole);
    const fewer = mentions.filter((m) => m.article !== articles[3]!.slug);
    expect(keys(mergeByShard(fewer, kept, token))).toEqual(keys(mergeMentions(fewer)));
  });

  it('with a memory, eventsFromArticles gives the events it gives without, as articles come and go', () => {
    const kept = memory();
    const withMemory = (list: readonly Article[]) =>
      eventsJson(eventsFromArticles(list, { extract, ledger: emptyLedger(), identity: cacheKey, mergeStore: { get: () => undefined, set: () => {} }, memory: kept }));
    const without = (list: readonly Article[]) => eventsJson(eventsFromArticles(list, { extract, ledger: emptyLedger() }));
    let list = articles.slice(0, 8);
    for (const next of [...articles.slice(8, 14), undefined, undefined]) {
      list = next ? [...list, next] : list.slice(1);
      expect(withMemory(list)).toBe(without(list));
      kept.shards.nextGeneration();
    }
  });
});
