// The whole extraction on the seed articles: known developments with their dates, nothing from undated
// sentences, and a result that does not depend on the order the articles are read in.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../src/articles/load-articles.js';
import { buildEvents } from '../src/pipeline.js';
import { eventsJson } from '../src/site/events-json.js';
import type { Article, TimelineEvent } from '../src/types.js';

let articles: Article[];
let events: TimelineEvent[];
const find = (type: string, date: string, words: RegExp) =>
  events.filter((e) => e.type === type && e.date === date && e.sources.some((s) => words.test(s.quote)));

beforeAll(async () => {
  articles = await loadArticles('content/articles');
  events = buildEvents(articles);
});

describe('buildEvents on the seed articles', () => {
  it('finds the obvious dated developments with their dates', () => {
    expect(find('talks', '2021-04-07', /resumed strategic dialogue/)).toHaveLength(1);
    expect(find('attack', '2021-04-14', /drone/)).toHaveLength(1);
    expect(find('troops', '2021-03-24', /2,500 US troops/)).toHaveLength(1);
    expect(find('statement', '2021-07-18', /interview/)).toHaveLength(1);
    expect(find('statement', '2021-07-25', /interview/)).toHaveLength(1);
    expect(find('talks', '2021-07-26', /meet/)).toHaveLength(1);
  });

  it('merges one development told by several articles into one event', () => {
    const [dialogue] = find('talks', '2021-04-07', /resumed strategic dialogue/);
    expect(new Set(dialogue!.sources.map((s) => s.article)).size).toBeGreaterThanOrEqual(4);
    const killing = events.filter((e) => e.date === '2020-01' && e.sources.some((s) => /Soleimani/.test(s.quote)));
    expect(killing).toHaveLength(1);
    expect(new Set(killing[0]!.sources.map((s) => s.article)).size).toBe(4);
  });

  it('cites only sentences that exist, and never a sentence without a date expression', () => {
    const bySlug = new Map(articles.map((a) => [a.slug, a]));
    for (const event of events) {
      for (const source of event.sources) {
        const sentence = bySlug.get(source.article)!.sentences[source.sentence]!;
        expect(sentence.text).toBe(source.quote);
        expect(source.url).toBe(`/articles/${source.article}/#${sentence.id}`);
        expect(source.quote).toContain(source.dateText);
      }
    }
  });

  it('dates each event as its most precise source, never more precisely, and within every source', () => {
    for (const event of events) {
      expect(event.sources.map((s) => s.date)).toContain(event.date);
      for (const source of event.sources) expect(event.date.startsWith(source.date)).toBe(true);
      expect(['day', 'month', 'year'][[10, 7, 4].indexOf(event.date.length)]).toBe(event.precision);
    }
  });

  it('gives the same bytes whatever order the articles are read in', () => {
    const expected = eventsJson(events);
    for (const order of [[4, 3, 2, 1, 0], [2, 0, 4, 1, 3]]) {
      expect(eventsJson(buildEvents(order.map((i) => articles[i]!)))).toBe(expected);
    }
  });
});

describe('npm run explain', () => {
  it('prints, sentence by sentence, the dates found and the kind that decided them', () => {
    const file = articles.find((a) => a.published === '2021-04-19')!.file;
    const out = execFileSync('npx', ['tsx', 'scripts/explain.ts', file], { encoding: 'utf8' });
    expect(out).toContain('published Monday 19 April 2021');
    expect(out).toMatch(/"On Wednesday".*Wednesday 14 April 2021/);
    expect(out).toMatch(/kind {2}attack/);
    expect(out).toContain('nothing: no temporal expression');
  });

  it('reads the page as extraction does: a chronology entry takes its year heading', () => {
    const file = 'test/fixtures/eval-articles/2024-11-20-merrow-and-the-tavi-rebels-a-chronology.md';
    const out = execFileSync('npx', ['tsx', 'scripts/explain.ts', file], { encoding: 'utf8' });
    expect(out).toMatch(/"Aug\. 12".*under the heading "2024": that year/);
  });
});
