// Written-out and numeric full dates. The day/month order of numeric dates follows an explicit rule
// (numeric-dates.ts): year first → Y-M-D; dashes or dots with the year last → day first; slashes → month first,
// unless a number cannot be a month.
import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { checkCase, day, label, type DateCase } from './cases.js';

const cases: DateCase[] = [
  { published: '2021-04-07', sentence: 'A consulate spokesperson told reporters on April 8, 2021 that the plan had changed.', text: 'on April 8, 2021', date: '2021-04-08', precision: 'day', tag: 'explicit-date' },
  { published: '2021-04-19', sentence: 'Dateline: 19 April, 2021', text: '19 April, 2021', date: '2021-04-19', precision: 'day' },
  { published: '2021-03-24', sentence: 'Posted 24-03-2021 by the news desk', text: '24-03-2021', date: '2021-03-24', precision: 'day', tag: 'numeric-date' },
  { published: '2021-04-07', sentence: 'Posted 07-04-2021 by the news desk', text: '07-04-2021', date: '2021-04-07', precision: 'day' },
  { published: '2021-04-07', sentence: 'Posted 07.04.2021 by the news desk', text: '07.04.2021', date: '2021-04-07', precision: 'day' },
  { published: '2021-04-24', sentence: 'Filed 04-24-2021 by the news desk', text: '04-24-2021', date: '2021-04-24', precision: 'day' },
  { published: '2021-04-07', sentence: 'The ruling was issued on 2021-04-07, court records show.', text: '2021-04-07', date: '2021-04-07', precision: 'day' },
  { published: '2021-04-07', sentence: 'Forces arrived on 3/24/2021, the army said.', text: '3/24/2021', date: '2021-03-24', precision: 'day' },
  { published: '2021-04-07', sentence: 'Forces arrived on 4/7/2021, the army said.', text: '4/7/2021', date: '2021-04-07', precision: 'day' },
  { published: '2021-04-07', sentence: 'Forces arrived on 24/3/2021, the army said.', text: '24/3/2021', date: '2021-03-24', precision: 'day' },
  { published: '2021-07-26', sentence: 'The letter, dated Jul 26,2021, set out the terms.', text: 'Jul 26,2021', date: '2021-07-26', precision: 'day' },
  { published: '2021-04-19', sentence: 'The vote took place on Wednesday, April 7, 2021.', text: 'on Wednesday, April 7, 2021', date: '2021-04-07', precision: 'day' },
  { published: '2021-04-19', sentence: 'The accord expired on 31st December 2020.', text: 'on 31st December 2020', date: '2020-12-31', precision: 'day' },
];

describe('full and numeric dates', () => {
  for (const c of cases) it(label(c), () => checkCase(c));

  it('states every part', () => {
    expect(resolveDates('Posted 24-03-2021', day('2021-03-24')).dates[0]).toMatchObject({
      stated: ['year', 'month', 'day'], implied: [],
    });
  });

  it('explains the order it chose', () => {
    expect(resolveDates('Posted 07-04-2021', day('2021-04-07')).dates[0]!.reason).toContain('day-first (dashes, year last)');
    expect(resolveDates('Posted 4/7/2021', day('2021-04-07')).dates[0]!.reason).toContain('month-first');
  });

  it('regression: chrono reads 07-04-2021 month first', () => {
    const r = chrono.casual.parse('07-04-2021', new Date(2021, 3, 7, 12))[0]!;
    expect([r.start.get('month'), r.start.get('day')]).toEqual([7, 4]);
  });

  it('drops impossible days and numbers without a year', () => {
    expect(resolveDates('Posted 31-02-2021', day('2021-04-07')).dates).toEqual([]);
    expect(resolveDates('The 9/11 attacks changed the region.', day('2021-04-07')).dates).toEqual([]);
  });
});
