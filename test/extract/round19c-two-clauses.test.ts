// Round 19c: a sentence telling two dated developments in coordinated clauses, each with its own date, gives one
// mention per development; one development told with two dates stays one. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { articleOf } from '../helpers/article-of.js';

const found = (sentence: string, published = '2031-08-20') =>
  extractMentions(articleOf(published, [[sentence]])).mentions.map((m) => [m.date.text, m.classification.type]);

describe('round 19c: a later coordinated clause is read on its own words (own-clause.ts)', () => {
  it('gives the later clause its own development', () => {
    expect(found('The brigade now counts about 3,100 soldiers; by the end of September it must be down to 2,000, and the airfield itself is to be handed over in mid-October.')).toContainEqual(['in mid-October', 'troops']);
    expect(found('Then came May: shells on the Varn ferry on the 2nd, and on the 20th the raid on the border post that wounded four Keldan soldiers.')).toEqual([
      ['on the 2nd', 'attack'],
      ['on the 20th', 'attack'],
    ]);
  });

  it('keeps one development told with two dates as one, and reads nothing into a clause that tells none', () => {
    expect(found('The second round was held in Tarsk on 15 and 16 July.')).toHaveLength(1);
    expect(found('The talks ran from 3 to 5 July in Tarsk.')).toHaveLength(1);
    expect(found('The mediator met the rebels on Friday, 3 July, and the talks were described as useful.')).toHaveLength(1);
    expect(found('Talks were due to open on 3 July, but were put back to 10 July.')).toHaveLength(1);
    expect(found('Rockets hit the depot on 4 March, and the town market reopened on 9 March.')).toEqual([['on 4 March', 'attack']]);
  });
});
