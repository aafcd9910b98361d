// Eighth round of date rules, on sentences of our own: a day of a month named relative to publication, and "Hours
// earlier" counting back from the sentence before.
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { checkCase, day, label, type DateCase } from './cases.js';

const cases: DateCase[] = [
  { published: '2026-01-16', sentence: 'On the 14th of this month, in a solemn ceremony, the air station was transferred.', text: 'On the 14th of this month', date: '2026-01-14', precision: 'day', tag: 'ordinal-day' },
  { published: '2026-01-16', sentence: 'The envoy arrived on the 28th of last month.', text: 'on the 28th of last month', date: '2025-12-28', precision: 'day', tag: 'ordinal-day' },
  { published: '2026-01-16', sentence: 'The vote is set for the 3rd of next month.', text: 'the 3rd of next month', date: '2026-02-03', precision: 'day', tag: 'ordinal-day' },
];

describe('round 8 date rules', () => {
  for (const c of cases) it(label(c), () => checkCase(c));

  it('"Hours earlier" is the day of the sentence before', () => {
    const pub = day('2025-11-10');
    const previous = resolveDates('Drones hit the air station on Saturday.', pub).dates[0];
    const [d] = resolveDates('Hours earlier, on the other side of the strait, a roadside bomb tore into an army patrol.', pub, previous).dates;
    expect(d).toMatchObject({ text: 'Hours earlier', date: { year: 2025, month: 11, day: 8 }, precision: 'day' });
  });

  it('a "that" before a date is a conjunction, not a date used as an adjective', () => {
    const [d] = resolveDates('The ministry recalls that on 14th December gunmen murdered the mayor.', day('2026-01-16')).dates;
    expect(d!.reason).not.toContain('adjective');
    expect(d!.date).toEqual({ year: 2025, month: 12, day: 14 });
  });
});
