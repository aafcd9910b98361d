// Round 17: "X on 8 May, nine days before the summit opened": the anchor's verb stands after it in the relative date's
// words, and the anchor lies that many days the other way. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { articleOf } from '../helpers/article-of.js';

const found = (sentence: string) =>
  extractMentions(articleOf('2032-09-01', [[sentence]])).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 17: an apposed relative date whose anchor is a noun and its verb', () => {
  it('"…, nine days before the second round of talks opened in Vell" dates the round nine days on', () => {
    expect(found('Mortars hit the depot at Tarn on 8 May, nine days before the second round of talks opened in Vell.')).toEqual([
      ['attack', '2032-05-08'],
      ['talks', '2032-05-17'],
    ]);
  });

  it('a back-reference with no verb still names nothing new', () => {
    expect(found('The rebels walked out of the talks on 8 May, the morning after the blast.')).toEqual([['statement', '2032-05-08']]);
  });
});
