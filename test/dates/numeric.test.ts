// Written-out and numeric full dates. The day/month order of numeric dates follows an explicit rule
// (numeric-dates.ts): year first → Y-M-D; dashes or dots with the year last → day first; slashes → month first,
// unless a number cannot be a month.
import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { numericOrderOf } from '../../src/dates/refiners/numeric-dates.js';
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

  describe('one order per document', () => {
    // A timeline of our own, day first: "25/02/2019" settles the order, so "06/03/2019" is 6 March, not 3 June.
    const timeline = [
      'Key dates in the harbour dispute',
      '25/02/2019 - The port authority closes the northern quay to fishing boats.',
      '06/03/2019 - Dock workers walk out for a day.',
    ];
    it('reads an ambiguous date in the order the rest of the article settles', () => {
      expect(numericOrderOf(timeline)).toBe('day-first');
      const found = resolveDates(timeline[2]!, day('2019-03-20'), undefined, { numericOrder: numericOrderOf(timeline) }).dates[0]!;
      expect(found.date).toEqual({ year: 2019, month: 3, day: 6 });
      expect(found.reason).toMatch(/order the rest of the article/);
      // Without the document, slashes keep the US order.
      expect(resolveDates(timeline[2]!, day('2019-07-20')).dates[0]!.date).toEqual({ year: 2019, month: 6, day: 3 });
    });

    it('takes a month-first order from a date whose second number cannot be a month, and dashes follow it too', () => {
      const order = numericOrderOf(['Filed 04-24-2019.', 'The quay reopened on 05-06-2019.']);
      expect(order).toBe('month-first');
      expect(resolveDates('The quay reopened on 05-06-2019.', day('2019-07-01'), undefined, { numericOrder: order }).dates[0]!.date).toEqual({ year: 2019, month: 5, day: 6 });
    });

    it('takes the order the article states, and settles nothing when its dates disagree or none is unambiguous', () => {
      expect(numericOrderOf(['All dates are DD/MM/YYYY.', '01/02/2020 - Talks open.'])).toBe('day-first');
      expect(numericOrderOf(['Dates are given as month/day/year.'])).toBe('month-first');
      expect(numericOrderOf(['25/02/2019 - one thing.', '02/25/2019 - another.'])).toBeUndefined();
      expect(numericOrderOf(['06/03/2019 - one thing.'])).toBeUndefined();
    });
  });
});
