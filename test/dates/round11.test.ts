// Eleventh round of date rules, on sentences of our own: general mechanisms of date resolution that any article can
// hit (a weekday of a named week, days listed after their month, a year carried over a list).
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { checkCase, day, label, type DateCase } from './cases.js';

// Wednesday 3 September 2025: its week runs Monday 1 to Sunday 7 September.
const weekCases: DateCase[] = [
  { published: '2025-09-03', sentence: 'The two envoys met on Tuesday of last week in Osk.', text: 'on Tuesday of last week', date: '2025-08-26', precision: 'day', tag: 'weekday' },
  { published: '2025-09-03', sentence: 'The ferry service resumed on Friday of last week, the port authority said.', text: 'on Friday of last week', date: '2025-08-29', precision: 'day', tag: 'weekday' },
  { published: '2025-09-07', sentence: 'The lighthouse keepers walked out on Sunday of last week.', text: 'on Sunday of last week', date: '2025-08-31', precision: 'day', tag: 'weekday' },
  { published: '2025-09-03', sentence: 'The delegates will gather in Pellow on Monday of next week.', text: 'on Monday of next week', date: '2025-09-08', precision: 'day', tag: 'weekday' },
  { published: '2025-09-03', sentence: 'The barge convoy will sail on Thursday of this week.', text: 'on Thursday of this week', date: '2025-09-04', precision: 'day', tag: 'weekday' },
];

describe('round 11 weekdays of a named week', () => {
  for (const c of weekCases) it(label(c), () => checkCase(c));

  it('a weekday alone is still the latest such day', () => {
    const { dates } = resolveDates('The two envoys met on Tuesday in Osk.', day('2025-09-03'));
    expect(dates).toMatchObject([{ date: { year: 2025, month: 9, day: 2 } }]);
  });
});
