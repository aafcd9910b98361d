// Round 20: "The force peaked at about 4,200 troops in October 2040 and now has around 3,750": the second clause is a
// present level whose noun is left unsaid; it is dated by publication, not by the month of the first. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { withElidedNoun } from '../../src/extract/elided-noun.js';
import { pageOf } from '../helpers/article-of.js';

const found = (body: string, published: string) =>
  extractMentions(pageOf(body, published)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 20: a present level beside an earlier month, its noun left unsaid', () => {
  it('"peaked at 2,900 soldiers in May 2033 and now has about 2,400" gives a level at publication too', () => {
    const got = found('The mission peaked at 2,900 soldiers in May 2033 and now has about 2,400.', '2034-02-10');
    expect(got).toContainEqual(['troops', '2033-05']);
    expect(got).toContainEqual(['troops', '2034-02-10']);
  });

  it('the noun put back is the counted one, not a year\'s neighbour', () => {
    expect(withElidedNoun('now has around 1,100.', 'The brigade reached 1,600 marines in March 2030 and ')?.text).toBe('now has around 1,100 marines.');
    expect(withElidedNoun('now has around 1,100.', 'The brigade arrived in March 2030 and ')).toBeUndefined();
  });

  it('a figure with a noun of its own, or a past clause, is not filled', () => {
    expect(withElidedNoun('now has 40 armoured vehicles.', 'The force peaked at 900 troops in May and ')).toBeUndefined();
    const got = found('The mission peaked at 2,900 soldiers in May 2033 and had about 2,400 by July.', '2034-02-10');
    expect(got).not.toContainEqual(['troops', '2034-02-10']);
  });
});
