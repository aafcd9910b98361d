// Round 14b: a weekday in apposition to the day it names, and a part of the day before "on" and its date; sentences
// of our own (an invented lake border between Tarsk and Ollund).
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = { year: 2031, month: 5, day: 20 }; // a Tuesday
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 14b: "on Sunday, the 4th of May" is one day', () => {
  it('the weekday gives way to the day and month stated beside it', () => {
    // The latest Sunday before publication is 18 May: the weekday alone was a second, wrong date.
    expect(dated('Ollund gunboats shelled the ferry landing on Sunday, the 4th of May.')).toEqual([['4th of May', '2031-05-04']]);
    expect(dated('The lake commission will meet again on Friday, the 6th of June.')).toEqual([['6th of June', '2031-06-06']]);
  });

  it('not two days joined by a word, nor a weekday before a count', () => {
    expect(dated('Gunboats shelled the landing on Sunday and again on the 4th of May.')).toEqual([
      ['on Sunday', '2031-05-18'],
      ['4th of May', '2031-05-04'],
    ]);
    expect(dated('The commission said on Monday, two weeks later than planned, that it would meet.')).toContainEqual(['on Monday', '2031-05-19']);
  });
});

describe('round 14b: "by night on Friday"', () => {
  it('a part of the day before "on" and a date leaves the date', () => {
    expect(dated('Raiders attacked the customs post by night on Friday.')).toEqual([['on Friday', '2031-05-16']]);
    expect(dated('Tarsk moved its patrol boats out in the morning on 12 May.')).toEqual([['on 12 May', '2031-05-12']]);
  });

  it('a part of the day alone is still no date', () => {
    expect(dated('Raiders attacked the customs post at night.')).toEqual([]);
  });
});

describe('round 14b: "the day after she signed it" counts from a clause, not from the date before', () => {
  it('a day before or after a clause is no sequel of an earlier date', () => {
    const dates = (sentence: string, previous: { year: number; month: number; day: number }) =>
      resolveDates(sentence, PUBLISHED, { text: 'on 2 May', index: 0, date: previous, precision: 'day', stated: ['day', 'month'], implied: ['year'], tag: 'month-name', reason: '' }).dates.map((d) => [d.text, formatIso(d.date)]);
    expect(dates('The colonel signed the accord herself, and the day after she signed it she promised to send her gunboats home.', { year: 2031, month: 5, day: 2 })).toEqual([]);
    expect(dates('The day after they left, the depot was looted.', { year: 2031, month: 5, day: 2 })).toEqual([]);
  });

  it('"the night before" with nothing named after it still counts from the sentence\'s date', () => {
    expect(dated('Ollund said on 14 May that it had shelled the landing the night before.')).toEqual([
      ['on 14 May', '2031-05-14'],
      ['the night before', '2031-05-13'],
    ]);
  });
});
