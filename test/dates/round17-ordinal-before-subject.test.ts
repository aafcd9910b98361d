// Round 17: "on the 27th" before the clause's subject ("and on the 27th the ambush at …") is a day of the month.
// Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = { year: 2030, month: 9, day: 2 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 17: an ordinal day before a determiner or a count', () => {
  it('is found, in the month named before it', () => {
    expect(dated('Then came July: mortars on the ferry pier on the 4th, and on the 19th the raid on Kessa that killed a guard.')).toEqual([
      ['July', '2030-07'],
      ['on the 4th', '2030-07-04'],
      ['on the 19th', '2030-07-19'],
    ]);
    expect(dated('On the 12th two rockets landed near the airfield.')).toEqual([['On the 12th', '2030-08-12']]);
  });

  it('not an ordinal naming a floor, a unit or a century', () => {
    expect(dated('The envoys met on the 20th floor of the hotel.')).toEqual([]);
    expect(dated('Soldiers of the 3rd battalion guard the 19th century fort.')).toEqual([]);
  });
});
