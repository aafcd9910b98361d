// Sixteenth round: a moment of another development's own day ("said at the signing", "on the morning of the vote",
// "on the day the round opened") is that development's day, found as any anchor is. Sentences of our own (a border
// commission between Ostrava Minor and the Kell Republic), published on 12 August 2035.
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { eventsFromArticles } from '../../src/events/events-from-articles.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

const PUBLISHED = { year: 2035, month: 8, day: 12 };
const relative = (sentence: string) => resolveDates(sentence, PUBLISHED).relative.map((r) => [r.text, r.anchor, r.qualifier, r.days]);

function article(slug: string, published: string, sentences: string[]): Article {
  return {
    slug, file: `${slug}.md`, title: slug, published, authors: [], body: sentences.join(' '),
    sentences: sentences.map((text, index) => ({ index, id: `s-${index}`, text, paragraph: 0 })),
  } as Article;
}

describe('round 16: the same day as a development named', () => {
  it('"at" an event, "on the morning of" one, "on the day" a clause tells', () => {
    expect(relative('The Kell envoy said at the signing that the border posts would reopen.')).toEqual([['at the signing', 'the signing', 'after', 0]]);
    expect(relative('Mortars hit the customs shed on the evening of the referendum.')).toEqual([['on the evening of the referendum', 'the referendum', 'after', 0]]);
    expect(relative('A patrol was ambushed on the day the commission met.')).toEqual([['on the day the commission met', 'the commission', 'after', 0]]);
    expect(relative('The minister spoke at the close of the summit.')).toEqual([['at the close of the summit', 'the close of the summit', 'after', 0]]);
  });

  it('is no moment of an event after a verb "at" completes, before a place, or beside a date of its own', () => {
    expect(relative('The shelling was aimed at the talks, the envoy said.')).toEqual([]);
    expect(relative('Both delegations voiced anger at the killings.')).toEqual([]);
    expect(relative('The trucks waited at the station for three hours.')).toEqual([]);
    expect(relative('Water rights are at the heart of the negotiations.')).toEqual([]);
    expect(relative('They met at the Sorvo Pass meeting point.')).toEqual([]);
    expect(relative('The talks resumed at the invitation of the Kell president.')).toEqual([]);
    expect(relative('Envoys agreed on Friday, at the end of a fourth round, to swap prisoners.')).toEqual([]);
    expect(relative('He called it the day the border came back.')).toEqual([]);
  });

  it('a saying at the signing takes the day the article gave the signing', () => {
    const story = article('accord', '2035-08-12', [
      'Ostrava Minor and the Kell Republic signed a border accord at Velm on 9 August.',
      'The Kell foreign minister said at the signing that the posts would reopen within a month.',
    ]);
    const said = eventsFromArticles([story], { extract: extractMentions }).filter((e) => e.type === 'statement');
    expect(said.map((e) => e.date)).toEqual(['2035-08-09']);
  });
});
