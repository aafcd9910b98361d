// Fifteenth round: "The raid came two days after …" is the raid its own article tells (attach-anaphors.ts).
import { describe, expect, it } from 'vitest';
import { eventsFromArticles } from '../../src/events/events-from-articles.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function article(slug: string, published: string, sentences: string[]): Article {
  return {
    slug, file: `${slug}.md`, title: slug, published, authors: [], body: sentences.join(' '),
    sentences: sentences.map((text, index) => ({ index, id: `s-${index}`, text, paragraph: 0 })),
  } as Article;
}

/** Each event as its date, kind and the sentences that tell it. */
function events(articles: Article[]): string[] {
  return eventsFromArticles(articles, { extract: extractMentions })
    .map((e) => `${e.date} ${e.type}: ${e.sources.map((s) => `${s.article}#${s.sentence}`).sort().join(' ')}`)
    .sort();
}

describe('round 15: a telling whose subject is only its kind\'s noun is its own article\'s development', () => {
  const talks = article('talks', '2024-10-02', ['Government and rebel envoys opened a first round of talks in Harrow on 1 October.']);

  it('"The raid came a week after the first round" joins the raid the article tells on that day', () => {
    const raid = article('raid', '2024-10-09', [
      'Rebels raided a customs post at Fenwick on Tuesday, killing two guards.',
      'The raid came a week after the first round of talks in Harrow.',
    ]);
    expect(events([talks, raid])).toEqual(['2024-10-01 talks: talks#0', '2024-10-08 attack: raid#0 raid#1']);
  });

  it('a count in weeks is no count to the day: a day either side is the same raid, and keeps the raid\'s day', () => {
    const raid = article('raid', '2024-10-17', [
      'Rebels raided a customs post at Fenwick on Wednesday, killing two guards.',
      'The raid came two weeks after the first round of talks in Harrow.',
    ]);
    expect(events([raid, talks])).toEqual(['2024-10-01 talks: talks#0', '2024-10-16 attack: raid#0 raid#1']);
  });

  it('not when the article tells two raids that day: the noun picks neither', () => {
    const raid = article('raid', '2024-10-09', [
      'Rebels raided a customs post at Fenwick on Tuesday, killing two guards.',
      'Hours later, gunmen raided a police station at Olde, wounding a sergeant.',
      'The raid came a week after the first round of talks in Harrow.',
    ]);
    const out = events([talks, raid]);
    expect(out.some((e) => e.includes('raid#2') && (e.includes('raid#0') || e.includes('raid#1')))).toBe(false);
  });

  it('not a subject with words of its own ("The raid on the mill came a week after …" is scored as merging scores it)', () => {
    const raid = article('raid', '2024-10-09', [
      'Rebels raided a customs post at Fenwick on Tuesday, killing two guards.',
      'Their second raid, on the mill at Olde, came a week after the first round of talks in Harrow.',
    ]);
    const out = events([talks, raid]);
    expect(out.some((e) => e.includes('raid#0') && e.includes('raid#1'))).toBe(false);
  });

  it('a day count ("two days after") that misses the article\'s raid by a day does not move', () => {
    const raid = article('raid', '2024-10-09', [
      'Rebels raided a customs post at Fenwick on Tuesday, killing two guards.',
      'The raid came two days after the first round of talks in Harrow.',
    ]);
    const out = events([talks, raid]);
    expect(out.some((e) => e.includes('raid#0') && e.includes('raid#1'))).toBe(false);
  });
});
