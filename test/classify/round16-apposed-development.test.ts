// Sixteenth round (issue 4): a date set off right after a development named inside a saying is that development's
// ("The Minister noted the progress made at the first round, on 17 January, and at the second, on 14 February",
// holdout13, told two statements). Sentences of our own, on an invented river border between Osk and Marvale.
import { describe, expect, it } from 'vitest';
import { pageOf } from '../helpers/article-of.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';


const found = (body: string) => extractMentions(pageOf(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 16: a date apposed to a development named at a place', () => {
  it('dates the development, and an ordinal standing for its noun names the same kind', () => {
    expect(found('The envoy praised the progress made at the first meeting, on 3 March, and at the second, on 10 April.')).toEqual([
      ['talks', '2031-03-03'],
      ['talks', '2031-04-10'],
    ]);
  });

  it('works for a development told in the plural and after "in"', () => {
    expect(found('She thanked Osk for the goodwill shown in the negotiations, on 3 March, before the border closed.')).toContainEqual(['talks', '2031-03-03']);
  });

  it('leaves a stance on its object, and the occasion of a saying, to the saying', () => {
    expect(found('The minister condemned the attack, on Tuesday, calling it a crime.')).toEqual([['statement', '2031-05-20']]);
    expect(found('Speaking at the summit, on Tuesday, the minister said the border would stay shut.')).toEqual([['statement', '2031-05-20']]);
  });
});
