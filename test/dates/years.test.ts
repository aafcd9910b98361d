// Years written out, alone or with a month: chrono finds "January 2020" but not "in 2014" (the year parser does).
import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { checkCase, day, label, type DateCase } from './cases.js';

const cases: DateCase[] = [
  { published: '2021-04-19', sentence: 'The force was recognised as part of the armed forces in 2017.', text: 'in 2017', date: '2017', precision: 'year', tag: 'explicit-date' },
  { published: '2021-04-07', sentence: 'Foreign troops came to the country in 2014 at the request of the government.', text: 'in 2014', date: '2014', precision: 'year' },
  { published: '2021-03-24', sentence: 'Attacks have increased since the general was killed in a January 2020 airstrike.', text: 'January 2020', date: '2020-01', precision: 'month' },
  { published: '2021-07-26', sentence: 'The commander was killed by a drone strike near the airport in January 2020.', text: 'in January 2020', date: '2020-01', precision: 'month' },
  { published: '2021-04-19', sentence: 'The last combat brigade left in late 2020.', text: 'in late 2020', date: '2020', precision: 'year', qualifier: 'late' },
  { published: '2021-04-19', sentence: 'The mission was scaled back in early 2019.', text: 'in early 2019', date: '2019', precision: 'year', qualifier: 'early' },
  { published: '2021-04-19', sentence: 'Output recovered by mid-2020, the ministry said.', text: 'by mid-2020', date: '2020', precision: 'year', qualifier: 'mid' },
  { published: '2021-04-19', sentence: 'The rebels have held the valley since 2014.', text: 'since 2014', date: '2014', precision: 'year', qualifier: 'after' },
  { published: '2021-04-19', sentence: 'The coalition aims to hand over all bases by the end of 2021.', text: 'by the end of 2021', date: '2021', precision: 'year', qualifier: 'late' },
  { published: '2021-04-19', sentence: 'The 2003 invasion toppled the government.', text: '2003', date: '2003', precision: 'year' },
  { published: '2021-04-19', sentence: 'The two sides signed a framework agreement in November 2008.', text: 'in November 2008', date: '2008-11', precision: 'month' },
];

describe('written years', () => {
  for (const c of cases) it(label(c), () => checkCase(c));

  it('records every part as stated', () => {
    const [d] = resolveDates('The treaty was signed in 2008.', day('2021-04-19')).dates;
    expect(d).toMatchObject({ stated: ['year'], implied: [] });
    expect(d!.reason).toBe('"in 2008" names the year → 2008');
  });

  it('regression: chrono finds no bare year', () => {
    expect(chrono.casual.parse('US forces came to Iraq in 2014.', new Date(2021, 3, 7, 12))).toEqual([]);
  });

  it('finds every year in a sentence ("between 2014 and 2017")', () => {
    const { dates } = resolveDates('The group held the city between 2014 and 2017.', day('2021-04-19'));
    expect(dates.map((d) => d.date)).toEqual([{ year: 2014 }, { year: 2017 }]);
  });

  it('reads "mid–2020" with an en dash like "mid-2020"', () => {
    expect(resolveDates('Output recovered by mid–2020.', day('2021-04-19')).dates[0]).toMatchObject({
      text: 'by mid–2020', qualifier: 'mid',
    });
  });

  it('keeps counts that look like years out', () => {
    for (const s of ['About 2000 troops remain in the country.', 'In 2000 cases the claims were rejected.', 'Resolution 2334 was adopted unanimously.']) {
      expect(resolveDates(s, day('2021-04-19')).dates).toEqual([]);
    }
  });
});
