// Round 17: a second date in a verb phrase of its own after "and" takes no cue from before the first date. Sentences
// of our own.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { articleOf } from '../helpers/article-of.js';

const found = (sentence: string) =>
  extractMentions(articleOf('2031-08-20', [[sentence]])).mentions.map((m) => [m.date.text, m.classification.type]);

describe('round 17: "X-ed on <date> and Y-ed on <date>"', () => {
  it('a second verb of none of our kinds dates nothing', () => {
    expect(found('The mediator arrived in Tarsk on 3 August and fell ill on 5 August.')).toEqual([['on 3 August', 'talks']]);
    expect(found('The foreign minister visited the border post on 3 August and flew home on 5 August.')).toEqual([['on 3 August', 'talks']]);
  });

  it('a second verb of our kinds, a gapped date, or a phase verb keep their dates', () => {
    expect(found('The mediator arrived in Tarsk on 3 August and met the militia leaders on 5 August.')).toEqual([
      ['on 3 August', 'talks'],
      ['on 5 August', 'talks'],
    ]);
    expect(found('The mediator met the militia leaders on 3 August and again on 5 August.')).toEqual([
      ['on 3 August', 'talks'],
      ['on 5 August', 'talks'],
    ]);
    expect(found('The mediator met the militia leaders on 3 August and the mayor on 5 August.')).toEqual([
      ['on 3 August', 'talks'],
      ['on 5 August', 'talks'],
    ]);
    expect(found('The pullback from the ridge began on 3 August and was completed on 15 August.').map((r) => r[0])).toEqual(['on 3 August', 'on 15 August']);
  });
});
