// Fifteenth round: a chronology set out as a table dates each row in its first cell, also by a month and year in
// digits or a year alone. Rows of our own (a timeline of a ceasefire on the Varn plateau), published 3 April 2032.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = { year: 2032, month: 4, day: 3 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date), d.precision]);

describe('round 15: the first cell of a table row', () => {
  it('a month and year in digits is the row\'s month', () => {
    expect(dated('| 06/2028 | Plateau militias shell the relay station at Korr.')).toEqual([['06/2028', '2028-06', 'month']]);
  });

  it('a year alone is the row\'s year', () => {
    expect(dated('| 2029 | The monitoring mission peaks at about 700 observers.')).toEqual([['2029', '2029', 'year']]);
  });

  it('outside a first cell, or not a month, such numbers stay no date', () => {
    expect(dated('Circular 6/2028 sets out the new rules for the observers.')).toEqual([]);
    expect(dated('| Observers | 2029 |')).toEqual([]);
    expect(dated('| 13/2029 | A typo in a row.')).toEqual([]);
    expect(dated('| 2,029 | observers |')).toEqual([]);
  });
});
