// Round 18: "The talks were postponed from 11 December and are now set for 18 December": a development put on a new
// date in a verb phrase joined by "and" is its subject's, read with that verb phrase alone (coordinated-date.ts); and
// two auxiliaries after "and" ("and was then completed") no longer hang the phase-verb reading. Sentences of our own
// (a ferry dispute between Lusk and Harrowby), published 15 March 2039.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { articleOf } from '../helpers/article-of.js';

const found = (...sentences: string[]) =>
  extractMentions(articleOf('2039-03-15', sentences.map((s) => [s]))).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);

describe('round 18: a new date set after "and"', () => {
  it('is the subject\'s development, the old date none', () => {
    expect(found('The ferry talks were postponed from 2 April and are now set for 9 April.')).toEqual([['9 April', 'talks', '2039-04-09']]);
    expect(found('The summit was put off from 2 April and is now scheduled for 20 April.')).toEqual([['20 April', 'talks', '2039-04-20']]);
  });

  it('a subject that is no development, or a new clause with a subject, gives nothing new', () => {
    expect(found('The ferry was delayed on 2 March and is now due in port on 20 March.')).toEqual([]);
    expect(found('The mayor was re-elected on 2 March and is due in court on 20 March.')).toEqual([]);
  });

  it('round 18b: a thing repaired, or another verb after "due to", is no new date for the development', () => {
    expect(found('The power station was shelled on 6 March and was fixed on 8 March.')).toEqual([['on 6 March', 'attack', '2039-03-06']]);
    expect(found('The two soldiers were shot dead on 2 March and are due to be buried on 9 March.')).toEqual([
      ['on 2 March', 'attack', '2039-03-02'],
    ]);
  });
});

describe('round 18: two auxiliaries after "and"', () => {
  it('"and was then completed on 9 March" is read, not looped over', () => {
    expect(found('The pullback from Lusk began on 24 February and was then completed on 9 March.')).toEqual([
      ['on 24 February', 'troops', '2039-02-24'],
      ['on 9 March', 'troops', '2039-03-09'],
    ]);
  });
});
