// Round 18c: a relative clause opened by "that" keeps its own tense. Sentences of our own (a river ferry service
// run by Quennel for Ostria), published 18 March 2044.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = { year: 2044, month: 3, day: 18 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 18c: "that" + a past verb is a relative clause, not a determiner', () => {
  it('the relative clause dates its own past, the main clause its own future', () => {
    expect(dated('The two patrol boats that docked in November are expected to sail home on Friday.')).toEqual([
      ['in November', '2043-11'],
      ['on Friday', '2044-03-18'],
    ]);
    expect(dated('The engineers that landed on 4 October will hand the ferry back in May.')).toEqual([
      ['on 4 October', '2043-10-04'],
      ['in May', '2044-05'],
    ]);
  });

  it('"that" before an adjective in -ed stays a determiner', () => {
    expect(dated('That planned crossing in April will go ahead, the ministry says.')).toEqual([['in April', '2044-04']]);
    expect(dated('Officials said that reinforced convoys will start running in June.')).toEqual([['in June', '2044-06']]);
  });
});
