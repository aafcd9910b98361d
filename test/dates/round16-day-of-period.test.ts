// Sixteenth round: "the last day of the year" is a day, 31 December, as a deadline ahead. Sentences of our own (a
// naval lease at Port Sarrow), published on 3 June 2038.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = { year: 2038, month: 6, day: 3 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date), d.precision, d.qualifier ?? '']);

describe('round 16: the first or last day of a period named relative to publication', () => {
  it('a deadline on the last day of the year is 31 December of publication\'s year', () => {
    expect(dated('On the last day of the year the Ardish sailors will be gone from Port Sarrow.')).toEqual([['On the last day of the year', '2038-12-31', 'day', '']]);
    expect(dated('The lease must end by the final day of the year.')).toEqual([['by the final day of the year', '2038-12-31', 'day', '']]);
  });

  it('the last or first day of a month named relative to publication is that day', () => {
    expect(dated('The frigates will sail on the last day of next month.')).toEqual([['last day of next month', '2038-07-31', 'day', '']]);
  });

  it('told in the past, the year\'s last day is as often the year before: no date', () => {
    expect(dated('The Ardish garrison was cut on the last day of the year.')).toEqual([]);
  });

  it('"the last day of <month>" is a day of that month by tense, not "last <month>"', () => {
    expect(dated('The Ardish frigates will leave Port Sarrow on the last day of August.')).toEqual([['last day of August', '2038-08-31', 'day', '']]);
    expect(dated('The lease talks ended on the last day of March.')).toEqual([['last day of March', '2038-03-31', 'day', '']]);
    // "last June" keeps its shift.
    expect(dated('The lease was signed last June.')).toEqual([['last June', '2037-06', 'month', '']]);
  });
});
