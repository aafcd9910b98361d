// Thirteenth round of date rules, on sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = { year: 2026, month: 3, day: 10 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date), d.precision]);

describe('round 13: plans told without "will"', () => {
  it('an invitation that stands dates what it invites to, ahead', () => {
    expect(dated('The mediators have invited both delegations to a meeting in Tarsk on March 24.')).toEqual([['on March 24', '2026-03-24', 'day']]);
    // Not carried into the year of a date inside a relative clause before it.
    expect(dated('Osk, which hosted the accord signed in May 2023, has invited the rebels to talks on Feb. 2.')).toEqual([
      ['in May 2023', '2023-05', 'month'],
      ['on Feb. 2', '2027-02-02', 'day'],
    ]);
  });

  it('a return expected or due is ahead', () => {
    expect(dated('The foreign minister is expected back in the capital in late January.')).toEqual([['in late January', '2027-01', 'month']]);
    expect(dated('The envoys are due back on Monday.')).toEqual([['on Monday', '2026-03-16', 'day']]);
  });

  it('something "coming" at a date is ahead', () => {
    expect(dated('There is another round of talks coming in February, the mediator said.')).toEqual([['in February', '2027-02', 'month']]);
  });
});

describe('round 13: a count restated by a date', () => {
  const previous = resolveDates('Rebels shelled the port on 2 February.', PUBLISHED).dates[0]!;
  const counted = (sentence: string) => resolveDates(sentence, PUBLISHED, previous).dates.map((d) => [d.text, formatIso(d.date)]);

  it('"A week later, on 12 February," is the date named, not a second day counted from the sentence before', () => {
    expect(counted('A week later, on 12 February, gunmen ambushed a patrol near Osk.')).toEqual([['on 12 February', '2026-02-12']]);
  });

  it('a weekday alone restates nothing surer: the count stays', () => {
    expect(counted('Two days later, on Wednesday, gunmen ambushed a patrol near Osk.').map(([t]) => t)).toContain('Two days later');
  });
});

describe('round 13: a day of the month after a range within one month', () => {
  it('"12-14 January …, signed on the 14th" is 14 January, not the latest 14th before publication', () => {
    expect(dated('12-14 January: Talks in Osk, ending with an accord signed on the 14th.')).toEqual([
      ['12-14 January', '2026-01-12', 'day'],
      ['on the 14th', '2026-01-14', 'day'],
    ]);
  });
});

describe('round 13: a count back that ends on "today"', () => {
  it('"a month ago today" and "a year ago today" are that very day', () => {
    expect(dated('The first rockets fell on the port a month ago today.')).toEqual([['a month ago', '2026-02-10', 'day']]);
    expect(dated('The truce was signed a year ago today.')).toEqual([['a year ago', '2025-03-10', 'day']]);
  });

  it('without "today", a month back stays a month, around', () => {
    expect(dated('The first rockets fell on the port a month ago.')).toEqual([['a month ago', '2026-02', 'month']]);
  });
});

describe('round 13: part of a week', () => {
  const dated23 = (sentence: string) => resolveDates(sentence, { year: 2026, month: 2, day: 16 }).dates.map((d) => [d.text, formatIso(d.date), d.precision]);

  it('"early next week" is its first days, whose month may be one where the whole week\'s is not', () => {
    // Published Monday 16 February: next week is 23 February to 1 March; its start lies in February.
    expect(dated23('The envoys are expected to speak by phone early next week.')).toEqual([['early next week', '2026-02', 'month']]);
    expect(dated23('The envoys are expected to speak by phone next week.')).toEqual([]);
  });
});

describe('round 13: a fortnight counted from an event', () => {
  it('"a fortnight after the round" counts fourteen days from it', () => {
    expect(resolveDates('The ambush came a fortnight after the second round of talks.', PUBLISHED).relative.map((r) => [r.anchor, r.qualifier, r.days])).toEqual([
      ['the second round of talks', 'after', 14],
    ]);
  });
});
