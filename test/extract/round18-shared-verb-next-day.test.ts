// Round 18: "12 March - the envoy meets X in A, and Y in B the next day": a date that opens a chronology's line stands
// before the verb both meetings share, which is no verb of another development between the date and the day counted
// from it. Sentences of our own (a mediator between Ardel and the Sorn hills), published 2 June 2038.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { articleOf } from '../helpers/article-of.js';

const found = (...sentences: string[]) =>
  extractMentions(articleOf('2038-06-02', sentences.map((s) => [s]))).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);

describe('round 18: a counted day after the shared verb', () => {
  it('gives the second meeting its day', () => {
    expect(found('4 April - Mediator Ines Holt meets the premier in Ardel, and the Sorn elders in Vask the next day.')).toEqual([
      ['4 April', 'talks', '2038-04-04'],
      ['the next day', 'talks', '2038-04-05'],
    ]);
    expect(found('On 4 April the mediator visited Ardel, and the Sorn hills the following day.')).toEqual([
      ['On 4 April', 'talks', '2038-04-04'],
      ['the following day', 'talks', '2038-04-05'],
    ]);
  });

  it('another verb between still keeps the counted day from the development', () => {
    expect(found('On 4 April the mediator met the premier in Ardel and fell ill the next day.')).toEqual([['On 4 April', 'talks', '2038-04-04']]);
    expect(found('4 April - The mediator meets the premier in Ardel, and the premier resigns the next day.')).toEqual([['4 April', 'talks', '2038-04-04']]);
  });
});
