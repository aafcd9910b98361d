// Thirteenth round of extraction rules, on pages and sentences of our own.
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { labelledListParagraphs } from '../../src/extract/page-lists.js';
import type { Article } from '../../src/types.js';
import { articleOf } from '../helpers/article-of.js';

function page(body: string, published = '2026-03-16'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const found = (a: Article) => extractMentions(a).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);

describe('round 13: a labelled list that is the news itself', () => {
  const DIGEST = [
    'MORNING BRIEFING',
    'Top stories',
    '- Shelling on the coast. Rebel guns shelled the harbour at Velk on Saturday, wounding a fisherman.',
    '- The interior minister met the rebel envoy in Osk yesterday.',
  ].join('\n\n');

  it('a newsletter digest of prose summaries under "Top stories" is the report, not a list of other stories', () => {
    expect(labelledListParagraphs(DIGEST).size).toBe(0);
    expect(found(page(DIGEST))).toEqual([
      ['on Saturday', 'attack', '2026-03-14'],
      ['yesterday', 'talks', '2026-03-15'],
    ]);
  });

  it('a list of headlines under the same label stays furniture', () => {
    const related = 'Top stories\n\n- Rebel guns shell the harbour at Velk on Saturday\n- Minister meets rebel envoy in Osk';
    expect([...labelledListParagraphs(related)]).toEqual([1, 2]);
  });
});

describe('round 13: a diary counts each entry from its heading', () => {
  it('"this morning" and "tonight" under a day heading are that day, not the day the diary was published', () => {
    const a = page(['Monday 9 March', 'Rebel gunners shelled the port this morning.', 'Tuesday 10 March', 'The envoy met the rebel commander tonight.'].join('\n\n'));
    expect(found(a)).toEqual([
      ['this morning', 'attack', '2026-03-09'],
      ['tonight', 'talks', '2026-03-10'],
    ]);
  });

  it('a single date line is no diary: the page still counts from publication', () => {
    const a = page(['Monday 9 March', 'Rebel gunners shelled the port this morning.'].join('\n\n'));
    expect(found(a)).toEqual([['this morning', 'attack', '2026-03-16']]);
  });
});

describe('round 13: a day part pointing back, inside the sentence', () => {
  const told = (published: string, ...sentences: string[]) => found(articleOf(published, sentences.map((s) => [s])));

  it('"…, touring the ruins that afternoon, said …" is a saying on the day the sentence before told', () => {
    expect(told('2026-03-16', 'On 4 March rebel gunners shelled the town of Velk.', 'The governor, touring the ruins that afternoon, said the town would be rebuilt.')).toEqual([
      ['On 4 March', 'attack', '2026-03-04'],
      ['that afternoon', 'statement', '2026-03-04'],
    ]);
  });

  it('a night spent, or a morning remembered in a quotation, dates nothing', () => {
    expect(told('2026-03-16', 'On 4 March rebel gunners shelled the town of Velk.', 'The mayor spent that night on the phone to the envoy.')).toEqual([['On 4 March', 'attack', '2026-03-04']]);
    expect(told('2026-03-16', 'On 4 March rebel gunners shelled the town of Velk.', '"We will never talk to them after that morning," the governor said.')).toEqual([['On 4 March', 'attack', '2026-03-04']]);
  });
});

describe('round 13: a participle between a speaker and the saying', () => {
  it('"X, touring the camp on 5 March, told reporters …" dates the saying', () => {
    expect(found(articleOf('2026-03-16', [['The envoy, touring the camp on 5 March, told reporters the ceasefire was holding.']]))).toEqual([
      ['on 5 March', 'statement', '2026-03-05'],
    ]);
  });
});

describe('round 13: a day counted on inside a sentence, from the story so far', () => {
  const told = (published: string, ...sentences: string[]) => found(articleOf(published, sentences.map((s) => [s])));

  it('"…, said the following day that …" with no date before it counts from the sentence before', () => {
    expect(told('2026-03-16', 'A drone struck the observation post on 9 March.', 'The mission\'s spokeswoman, Major Ilsa Brand, said the following day that it had come from the south.')).toEqual([
      ['on 9 March', 'attack', '2026-03-09'],
      ['the following day', 'statement', '2026-03-10'],
    ]);
  });

  it('the story moves on from the latest day the sentence before reached, not the first it named', () => {
    expect(
      told('2026-03-01', 'Peacekeepers handed the northern camp to the army on Friday 20 February, and the last battalion is due to fly out on Thursday 12 March.', 'Its headquarters will pass to the army the next day.'),
    ).toEqual([
      ['on Friday 20 February', 'troops', '2026-02-20'],
      ['on Thursday 12 March', 'troops', '2026-03-12'],
      ['the next day', 'troops', '2026-03-13'],
    ]);
  });
});

describe('round 13: talks over two days in a row', () => {
  it('a round held on two listed consecutive days is one round, at its first day; two meetings a week apart stay two', () => {
    expect(found(articleOf('2026-03-16', [['The third round of talks was held in Osk on 2 and 3 March under the mediators\' chairmanship.']]))).toEqual([['2', 'talks', '2026-03-02']]);
    expect(found(articleOf('2026-03-16', [['The envoys met in Osk on 2 and 9 March.']])).map(([, , d]) => d)).toEqual(['2026-03-02', '2026-03-09']);
  });

  it('attacks on consecutive days stay two', () => {
    expect(found(articleOf('2026-03-16', [['Rockets hit the port on 2 and 3 March.']])).map(([, , d]) => d)).toEqual(['2026-03-02', '2026-03-03']);
  });
});

describe('round 13: a period between two dates frames a tally', () => {
  it('"treated 30 people for wounds between 4 January and 20 February" dates no attack', () => {
    expect(found(articleOf('2026-03-16', [['The district clinic treated 30 people for blast wounds between 4 January and 20 February.']]))).toEqual([]);
  });

  it('so does the end of a span counted back: "in the three months to the end of February"', () => {
    expect(found(articleOf('2026-03-16', [['Monitors recorded nine shootings linked to the withdrawal in the three months to the end of February.']]))).toEqual([]);
  });

  it('a date not framed by "between" still dates its attack', () => {
    expect(found(articleOf('2026-03-16', [['The district clinic treated 30 people for blast wounds after the shelling on 4 January.']])).map(([t, k]) => [t, k])).toEqual([['on 4 January', 'attack']]);
  });
});

describe('round 13: "on the evening of that day"', () => {
  it('is the day the sentence before told', () => {
    expect(found(articleOf('2026-03-16', [['On 4 March, a drone struck the naval base at Osk.'], ['On the evening of that day, the president spoke by telephone with the rebel leader.']]))).toEqual([
      ['On 4 March', 'attack', '2026-03-04'],
      ['On the evening of that day', 'talks', '2026-03-04'],
    ]);
  });
});

describe('round 13: a day counted on from a sentence dated only by another development', () => {
  it('"The following day" after "On the same day as the second shelling" is a day after that shelling', () => {
    const a = articleOf('2026-03-16', [
      ['Rebel gunners shelled the village of Velk on 2 March.'],
      ['On the same day as the second shelling, state radio reported that the army had hit a rebel depot.'],
      ['The following day, the opposition leader, Mara Voss, stood in the square and said the village had been abandoned.'],
    ]);
    const { mentions, relative } = extractMentions(a);
    expect(mentions.filter((m) => m.sentence === 2)).toEqual([]);
    expect(relative.filter((r) => r.sentence === 2).map((r) => [r.classification.type, r.relative.anchor, r.relative.qualifier, r.relative.days])).toEqual([
      ['statement', 'the second shelling', 'after', 1],
    ]);
  });
});
