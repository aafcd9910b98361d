// Round 17: a kind dated only past a semicolon is another clause's; a relative date in the clause before still dates
// its own. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { articleOf } from '../helpers/article-of.js';

const told = (...sentences: string[]) => {
  const r = extractMentions(articleOf('2029-05-20', sentences.map((s) => [s])));
  return { dated: r.mentions.map((m) => [m.date.text, m.classification.type]), relative: r.relative.map((m) => [m.relative.text, m.classification.type]) };
};

describe('round 17: two sayings across a semicolon', () => {
  it('"X said at the signing …; Y said the next day …": the first saying hangs on the signing', () => {
    expect(told('The truce was signed in Velk on 4 May.', 'The governor said at the signing that the war was over; the rebel leader said the next day that his men would disarm.')).toEqual({
      // (Round 20: the next day counts from the signing too, and both date from the article's telling of it at once.)
      dated: [['on 4 May', 'talks'], ['at the signing', 'statement'], ['the next day', 'statement']],
      relative: [],
    });
  });

  it('in one clause, the dated saying is the only one', () => {
    expect(told('The truce was signed in Velk on 4 May.', 'The governor said at the signing the next day that the war was over.').relative).toEqual([]);
  });
});

describe('round 17: not other kinds across a semicolon', () => {
  it('"Planned withdrawal of the battalion; put off after the shelling" tells no second withdrawal', () => {
    expect(told('On 9 March the battalion withdrew from the ridge; it was delayed after the shelling of the depot.').relative).toEqual([]);
  });
});
