// Round 20: "due to" before the bare verb of a scheduled act, with no finite verb of its own ("With the talks due to
// resume on 19 May, …"), is a schedule ahead of the telling; the date had gone to the latest such day before
// publication, a year back. As an aside ("The round, due to open on 3 May, …") it is read as "due on" asides are: the
// nearest such date. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

// Monday 28 April 2036.
const PUBLISHED = { year: 2036, month: 4, day: 28 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 20: "due to <act>" with no finite verb', () => {
  it('looks ahead of publication', () => {
    expect(dated('With the ferry talks due to resume on 19 May, donors are holding back.')).toEqual([['on 19 May', '2036-05-19']]);
    expect(dated('Donors are waiting, the envoys due to meet again on 2 May.')).toEqual([['on 2 May', '2036-05-02']]);
  });

  it('an aside takes the nearest such date, as "due on" does', () => {
    expect(dated('The round, due to open on 20 April, was the first in a year.')).toEqual([['on 20 April', '2036-04-20']]);
    expect(dated('The round, due to open on 3 May, was the first in a year.')).toEqual([['on 3 May', '2036-05-03']]);
  });

  it('not a cause ("due to the weather"), nor a plan told in the past', () => {
    expect(dated('The ferry was cancelled on 3 May due to the weather.')).toEqual([['on 3 May', '2035-05-03']]);
    expect(dated('The talks were due to resume on 19 April but collapsed.')).toEqual([['on 19 April', '2036-04-19']]);
  });
});
