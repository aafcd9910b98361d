// Round 15b: "X on D, the morning after Y" restates D from Y, so Y lies the day before D (and "two days after Y" two
// days before), not a day after. Sentences of our own (a ferry strike on the Lusk estuary), published 12 June 2032.
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2032-06-12'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const found = (body: string) => extractMentions(page(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 15b: a relative date in apposition to a day', () => {
  it('"the morning after Y" puts Y the day before', () => {
    const got = found('The dockers broke off talks with the port authority on 9 May, the morning after police raided their union hall.');
    expect(got).toContainEqual(['talks', '2032-05-09']);
    expect(got).toContainEqual(['attack', '2032-05-08']);
    expect(got).not.toContainEqual(['attack', '2032-05-10']);
  });

  it('"two days after Y" puts Y two days before, "the day before Y" the day after', () => {
    expect(found('The ferrymen walked off the boats on 3 May, two days after militiamen shelled the depot.')).toContainEqual(['attack', '2032-05-01']);
    expect(found('Gunmen fired on the harbour office on 14 May, the day before the two sides were due to meet.')).toContainEqual(['attack', '2032-05-14']);
  });

  it('not without the comma, nor counted from a date that names no day', () => {
    expect(found('The dockers broke off talks in May, the morning after police raided their union hall.')).not.toContainEqual(['attack', '2032-04-30']);
    expect(found('The union said on 9 May that it had struck the day after.')).not.toContainEqual(['attack', '2032-05-08']);
  });
});

describe('round 15b: the apposed anchor is read on its own words', () => {
  it('the main clause after it is not the anchor\'s', () => {
    expect(found('On 12 May, two days after the vote, 300 marines flew out of the estuary base.')).toEqual([['troops', '2032-05-12']]);
  });
});

describe('round 15b: only an anchor told by a clause', () => {
  it('"the morning after the raid" refers back; it tells no development of its own', () => {
    expect(found('The dockers broke off talks on 9 May, the morning after the raid.')).toEqual([['talks', '2032-05-09']]);
  });
});
