// Fifteenth round: a weekday beside a day of a month settles its year. Sentences of our own (a lake shared by
// Pellagor and Unst), published on a Saturday.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = { year: 2033, month: 9, day: 10 }; // Saturday 10 September 2033
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 15: a weekday settles the year of a day without one', () => {
  it('a diary line of what is coming ("Wed 14 September") is the day that falls on that weekday', () => {
    expect(dated('Wed 14 September: lake commission, second sitting (Unst town hall).')).toEqual([['Wed 14 September', '2033-09-14']]);
    expect(dated('Mon 19 September: ferry crews strike over the new quotas.')).toEqual([['Mon 19 September', '2033-09-19']]);
  });

  it('a weekday in apposition ("on Friday, the 16th of September") carries its year to the day', () => {
    expect(dated('The commission sits again on Friday, the 16th of September.')).toEqual([['16th of September', '2033-09-16']]);
  });

  it('a weekday that fits the year tense gave changes nothing', () => {
    expect(dated('Pellagor patrol boats rammed a trawler on Tuesday, 6 September.')).toEqual([['on Tuesday, 6 September', '2033-09-06']]);
    expect(dated('Sat 3 September: Unst fishermen blockaded the harbour.')).toEqual([['Sat 3 September', '2033-09-03']]);
  });

  it('a misprinted weekday that fits no year nearby leaves the year to tense', () => {
    // 7 September fell on a Wednesday in 2033, a Tuesday in 2032 and a Thursday in 2034: Monday fits none.
    expect(dated('The trawler was seized on Monday, 7 September.')).toEqual([['on Monday, 7 September', '2033-09-07']]);
  });

  it('a past verb still bars a day after publication', () => {
    // Thursday 15 September is 2033's, five days ahead; "was shelled" cannot tell it, and no earlier year fits.
    expect(dated('The landing was shelled on Thursday, 15 September.')).toEqual([]);
  });
});
