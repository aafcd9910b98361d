// Twelfth round of date rules, on sentences of our own: a day or a count of units later, inside a sentence, counts
// from the date told before it in that sentence.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = { year: 2026, month: 3, day: 1 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date), d.precision]);

describe('round 12: sequels inside a sentence', () => {
  it('"the following day" after a day of the same sentence is the day after it', () => {
    expect(dated('The envoy saw the president in Osk on 6 February and the rebel leader in Varn the following day.')).toEqual([
      ['on 6 February', '2026-02-06', 'day'],
      ['the following day', '2026-02-07', 'day'],
    ]);
    expect(dated('Mortars hit the camp on Friday 6 February, the garrison said the next day.')).toEqual([
      ['on Friday 6 February', '2026-02-06', 'day'],
      ['the next day', '2026-02-07', 'day'],
    ]);
  });

  it('a count of years later is that many years on, at year precision; days need a day to count from', () => {
    expect(dated('The truce was signed in May 2019 and collapsed two years later.')).toEqual([
      ['in May 2019', '2019-05', 'month'],
      ['two years later', '2021', 'year'],
    ]);
    expect(dated('The truce was signed in May 2019 and collapsed two days later.')).toEqual([['in May 2019', '2019-05', 'month']]);
  });

  it('with no date before it in the sentence, it counts from nothing here', () => {
    expect(dated('The rebel leader arrived the following day.')).toEqual([]);
  });
});

describe('round 12: the start of the year or month', () => {
  it('is the year or month of publication, early', () => {
    const [year] = resolveDates('The force had about 3,000 observers at the start of the year.', PUBLISHED).dates;
    expect([year!.text, formatIso(year!.date), year!.precision, year!.qualifier]).toEqual(['at the start of the year', '2026', 'year', 'early']);
    expect(dated('Shelling resumed at the beginning of the month.')).toEqual([['at the beginning of the month', '2026-03', 'month']]);
  });

  it('"the end of the year" stays unread: told in the past it is as often the year before', () => {
    expect(dated('The force had about 3,000 observers at the end of the year.')).toEqual([]);
  });
});
