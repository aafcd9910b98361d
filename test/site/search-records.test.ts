// The search index's records, built from the site data: one per event page and per article page, holding the words
// readers search for and nothing from listings or page furniture.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteData, SOURCES_IN_FULL } from '../../src/site/build-site-data.js';
import { eventRecord, LEAD_SENTENCES, searchShards } from '../../src/site/search-records.js';
import { loadArticles } from '../../src/articles/load-articles.js';
import type { SiteData } from '../../src/site/site-data.js';
import type { Article } from '../../src/types.js';

let data: SiteData;
const records = () => data.search!.flatMap((shard) => shard.records);
let articles: Article[];
beforeAll(async () => {
  data = await buildSiteData({ contentDir: 'content', cacheDir: false, writeLedger: false, onStats: () => {} });
  articles = await loadArticles('content/articles');
});

describe('searchShards', () => {
  it('puts the whole small site in one index, main', () => {
    expect(data.search!.map((s) => s.url)).toEqual(['/pagefind/main/']);
  });

  it('gives a year with enough records its own index, keeps page order inside each, and loses no record', () => {
    const all = records();
    const shards = searchShards(data.events, data.articles, articles, 5);
    expect(shards[0]!.url).toBe('/pagefind/main/');
    expect(shards.length).toBeGreaterThanOrEqual(2);
    expect(shards[0]!.records.length).toBeGreaterThan(0);
    const years = shards.slice(1).map((s) => s.url.match(/^\/pagefind\/(\d{4})\/$/)![1]!);
    expect(years).toEqual([...years].sort());
    const yearOf = (url: string) => data.events.find((e) => e.url === url)?.date.slice(0, 4) ?? data.articles.find((a) => a.url === url)!.published.slice(0, 4);
    for (const [i, shard] of shards.slice(1).entries()) {
      expect(shard.records.length).toBeGreaterThanOrEqual(5);
      for (const record of shard.records) expect(yearOf(record.url)).toBe(years[i]);
    }
    for (const record of shards[0]!.records) expect(years).not.toContain(yearOf(record.url));
    const order = new Map(all.map((r, i) => [r.url, i]));
    for (const shard of shards) {
      const at = shard.records.map((r) => order.get(r.url)!);
      expect(at).toEqual([...at].sort((a, b) => a - b));
    }
    expect(shards.flatMap((s) => s.records).map((r) => r.url).sort()).toEqual(all.map((r) => r.url).sort());
  });
});

describe('searchRecords', () => {
  it('gives every event page and every article page one record, and nothing else', () => {
    const urls = records().map((r) => r.url);
    expect(urls).toEqual([...data.events.map((e) => e.url), ...data.articles.map((a) => a.url)]);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("holds an event's title, date, kind, names and every cited sentence, and filters by its kind", () => {
    for (const event of data.events) {
      const record = records().find((r) => r.url === event.url)!;
      expect(record.meta.title).toBe(event.title);
      expect(record.filters.kind).toEqual([event.typeLabel]);
      for (const text of [event.title, event.dateLabel, event.summary, ...event.actors, ...event.places, ...event.sources.map((s) => s.quote)]) {
        expect(record.content).toContain(text);
      }
      // Related events and the pager are other events' words: searching them should not find this page.
      for (const other of event.related) if (!event.sources.some((s) => s.quote.includes(other.title))) expect(record.content).not.toContain(other.title);
    }
    const erbil = records().filter((r) => r.filters.kind[0] === 'Attack' && r.content.includes('Erbil'));
    expect(erbil.length).toBeGreaterThan(0);
  });

  it("holds an article's title, byline and lead as plain text, filtered as Article, and not the whole body", () => {
    for (const page of data.articles) {
      const record = records().find((r) => r.url === page.url)!;
      const article = articles.find((a) => a.slug === page.slug)!;
      expect(record.meta.title).toBe(page.title);
      expect(record.filters.kind).toEqual(['Article']);
      expect(record.content.startsWith(page.title)).toBe(true);
      const lead = page.description ?? article.sentences.slice(0, LEAD_SENTENCES).map((s) => s.text).join(' ');
      expect(record.content).toContain(lead);
      if (page.authors.length) expect(record.content).toContain(`By ${page.authors.join(', ')}`);
      // The body beyond the lead is left to the events' records.
      expect(record.content).not.toContain(article.sentences.at(-1)!.text);
      expect(record.content).not.toMatch(/<span|class="|\u0000/);
    }
  });

  it('holds the sources an event page shows in full, each sentence once, however many reports tell it', () => {
    const event = data.events.find((e) => e.sources.length > 1)!;
    const many = Array.from({ length: 3 * SOURCES_IN_FULL }, (_, i) => ({ ...event.sources[i % 2]!, quote: i < SOURCES_IN_FULL ? `${event.sources[i % 2]!.quote}` : `Unshown sentence ${i}.` }));
    const record = eventRecord({ ...event, sources: many, sourcesShown: { full: many.slice(0, SOURCES_IN_FULL), brief: many.slice(SOURCES_IN_FULL), more: 0 } });
    for (const s of event.sources.slice(0, 2)) expect(record.content.split(s.quote).length - 1).toBe(1);
    expect(record.content).not.toContain('Unshown sentence');
  });
});
