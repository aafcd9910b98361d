// Round 18: a deadline after an order, a promise or a plan lies ahead of it, whatever the tense of the verb that
// reports it. Sentences of our own (a lake patrol shared by Orvane and Tessaly), published 12 May 2041.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = { year: 2041, month: 5, day: 12 };
const dated = (sentence: string, published = PUBLISHED) => resolveDates(sentence, published).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 18: what is ordered done, told without "to"', () => {
  it('an order that stands sends its deadlines ahead of publication', () => {
    expect(dated('The lake commission has ordered the patrol halved by the end of July and disbanded by October 15th.')).toEqual([
      ['by the end of July', '2041-07'],
      ['by October 15th', '2041-10-15'],
    ]);
    expect(dated('Tessaly wants the gunboats out of the harbour by 30 September.')).toEqual([['by 30 September', '2041-09-30']]);
  });

  it('a past order takes the nearest such deadline', () => {
    expect(dated('The governor ordered the checkpoints removed before 20 May.')).toEqual([['before 20 May', '2041-05-20']]);
  });

  it('a date that is no deadline, or a thing ordered with its price, is left alone', () => {
    expect(dated('The colonel ordered the village searched on 2 March.')).toEqual([['on 2 March', '2041-03-02']]);
    expect(dated('Orvane ordered the boats in February from a yard in the north.')).toEqual([['in February', '2041-02']]);
    expect(dated('The ministry ordered the report published by the commission on 9 April.')).toEqual([['on 9 April', '2041-04-09']]);
  });
});

describe('round 18: "\'d" before a bare verb is "would"', () => {
  it('dates the plan after the saying, not a year back', () => {
    expect(dated("The admiral flew in last Tuesday and told the crews they'd be home by the end of September.")).toEqual([
      ['last Tuesday', '2041-05-07'],
      ['by the end of September', '2041-09'],
    ]);
    expect(dated("She said on 3 April that they'd never return before 1 June.")).toEqual([
      ['on 3 April', '2041-04-03'],
      ['before 1 June', '2041-06-01'],
    ]);
  });

  it('before a participle it is "had": past', () => {
    expect(dated("The crews said they'd left the base by 2 May.")).toEqual([['by 2 May', '2041-05-02']]);
    expect(dated("He said they'd already gone home by 30 June.")).toEqual([['by 30 June', '2040-06-30']]);
    expect(dated("Officers said they'd been in the harbour since 4 March.")).toEqual([['since 4 March', '2041-03-04']]);
  });
});

describe('round 18: a participle after a bare "and" completes the future before it', () => {
  it('shares the "be" of "must be", "will be", or the ordered participle', () => {
    expect(dated('The patrol must be down to 300 sailors by the end of June and gone by 31 December.')).toEqual([
      ['by the end of June', '2041-06'],
      ['by 31 December', '2041-12-31'],
    ]);
    expect(dated('The flotilla is to be reduced to six boats by August and withdrawn by 30 November.')).toEqual([
      ['by August', '2041-08'],
      ['by 30 November', '2041-11-30'],
    ]);
  });

  it('not after a verb that takes no participle, nor across a comma', () => {
    expect(dated('The two navies agreed to meet on 5 June and signed a protocol on 2 May.')).toEqual([
      ['on 5 June', '2041-06-05'],
      ['on 2 May', '2041-05-02'],
    ]);
    expect(dated('The patrol must be gone by June, and closed its depot on 2 May.')).toEqual([
      ['by June', '2041-06'],
      ['on 2 May', '2041-05-02'],
    ]);
  });
});
