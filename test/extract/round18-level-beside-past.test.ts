// Round 18: a troop level told in the present beside a past date that is not its own is dated by publication: a
// bare "and" before "has about N" starts a verb phrase of its own, and a date closing a comparison's earlier figure
// ("down from 2,000 in 2030") is that figure's. Sentences of our own (a border force in Keld), published 3 March 2040.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { articleOf } from '../helpers/article-of.js';

const found = (...sentences: string[]) =>
  extractMentions(articleOf('2040-03-03', sentences.map((s) => [s]))).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);

describe('round 18: a present level beside a past date of another verb', () => {
  it('"deployed in May 2036 and has about 900 troops" tells the deployment and a level now', () => {
    expect(found('The Keld Border Force deployed along the river in May 2036 and has about 900 troops, most of them engineers.')).toEqual([
      ['in May 2036', 'troops', '2036-05'],
      ['has', 'troops', '2040-03-03'],
    ]);
    expect(found('The mission arrived in the valley in 2037 and now numbers some 1,400 soldiers.')).toContainEqual(['numbers', 'troops', '2040-03-03']);
  });

  it('"has about 700 soldiers, down from a peak of 1,100 in 2038" tells a level now too', () => {
    expect(found('The force has about 700 soldiers in Keld, down from a peak of roughly 1,100 in 2038.')).toContainEqual(['has', 'troops', '2040-03-03']);
  });

  it('a perfect, a past level, or a date of the level itself stays as it was', () => {
    expect(found('The force arrived in 2037 and has been cut to 700 soldiers since.')).toEqual([['in 2037', 'troops', '2037']]);
    expect(found('The force deployed in May 2036 and had about 900 troops by the autumn.').map((m) => m[2])).not.toContain('2040-03-03');
    expect(found('The force has had about 700 soldiers in Keld since 2038.').map((m) => m[2])).not.toContain('2040-03-03');
  });
});
