// Month names without a year, with or without a day: "last"/"next", "… last year", or the tense decides the year.
import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { checkCase, day, label, type DateCase } from './cases.js';

const cases: DateCase[] = [
  // "May" after a joined hedge: chrono's month parser wants a preposition right before "May" (the modal).
  { published: '2025-04-01', sentence: 'The last convoy is due to leave in mid-May.', text: 'in mid-May', date: '2025-05', precision: 'month', qualifier: 'mid' },
  { published: '2025-04-01', sentence: 'Ferry crews will strike by late May.', text: 'by late May', date: '2025-05', precision: 'month', qualifier: 'late' },
  { published: '2025-04-01', sentence: 'The talks opened in early May.', text: 'in early May', date: '2024-05', precision: 'month', qualifier: 'early' },
  // A plan told inside a past-tense sentence: the next such date on or after publication, not the previous year's.
  { published: '2023-05-24', sentence: 'The foreign ministers have agreed to meet again in Vienna on 14 June, a diplomat said.', text: 'on 14 June', date: '2023-06-14', precision: 'day', tag: 'month-name' },
  { published: '2023-05-24', sentence: 'The mediator said talks would resume on 3 April.', text: 'on 3 April', date: '2024-04-03', precision: 'day' },
  { published: '2023-05-24', sentence: 'Both delegations agreed last week to reconvene in September.', text: 'in September', date: '2023-09', precision: 'month' },
  { published: '2021-03-24', sentence: 'The spokeswoman confirmed the negotiations will resume in April.', text: 'in April', date: '2021-04', precision: 'month', tag: 'month-name' },
  { published: '2021-03-24', sentence: 'The dialogue began under the previous administration last June.', text: 'last June', date: '2020-06', precision: 'month' },
  { published: '2021-07-26', sentence: 'In April, the two governments agreed on a complete drawdown of forces.', text: 'In April', date: '2021-04', precision: 'month' },
  { published: '2021-07-26', sentence: 'In May, an air base in the western desert was targeted in a drone attack.', text: 'In May', date: '2021-05', precision: 'month' },
  { published: '2021-07-26', sentence: 'The press secretary said the president would host the premier on July 26.', text: 'on July 26', date: '2021-07-26', precision: 'day' },
  { published: '2021-07-19', sentence: 'The prime minister is set to visit Washington on July 26 and meet the president.', text: 'on July 26', date: '2021-07-26', precision: 'day' },
  { published: '2021-04-07', sentence: 'The government announced in January it was cutting the garrison to 2,500.', text: 'in January', date: '2021-01', precision: 'month' },
  { published: '2021-04-19', sentence: 'The first round of the dialogue started in June last year under the former president.', text: 'in June last year', date: '2020-06', precision: 'month' },
  { published: '2021-04-19', sentence: 'The accord was signed in June of last year.', text: 'in June of last year', date: '2020-06', precision: 'month' },
  { published: '2021-04-19', sentence: 'Elections were held in October.', text: 'in October', date: '2020-10', precision: 'month' },
  { published: '2021-04-19', sentence: 'The government plans to hold elections in October.', text: 'in October', date: '2021-10', precision: 'month' },
  { published: '2021-04-19', sentence: 'Parliament will reconvene in mid-July.', text: 'in mid-July', date: '2021-07', precision: 'month', qualifier: 'mid' },
  { published: '2021-08-02', sentence: 'The offensive began in mid July, according to the army.', text: 'in mid July', date: '2021-07', precision: 'month', qualifier: 'mid' },
  { published: '2021-04-19', sentence: 'The deal was signed in early April after months of talks.', text: 'in early April', date: '2021-04', precision: 'month', qualifier: 'early' },
  { published: '2021-04-19', sentence: 'The base was attacked on 14 April.', text: 'on 14 April', date: '2021-04-14', precision: 'day' },
  { published: '2021-04-19', sentence: 'Militants seized the town on Sept. 3, the army said.', text: 'on Sept. 3', date: '2020-09-03', precision: 'day' },
  { published: '2021-04-19', sentence: 'The envoy will return to the region on May 3.', text: 'on May 3', date: '2021-05-03', precision: 'day' },
  { published: '2021-04-19', sentence: 'Talks are due to resume next March.', text: 'next March', date: '2022-03', precision: 'month' },
  { published: '2021-07-26', sentence: 'The committee last met last June.', text: 'last June', date: '2021-06', precision: 'month' },
  { published: '2022-01-10', sentence: 'The ministry said the strike took place on December 30.', text: 'on December 30', date: '2021-12-30', precision: 'day' },
  { published: '2021-12-20', sentence: 'The summit will take place on January 12.', text: 'on January 12', date: '2022-01-12', precision: 'day' },
  { published: '2022-11-21', sentence: 'The talks were held on Monday, Nov. 14, in the port city.', text: 'on Monday, Nov. 14', date: '2022-11-14', precision: 'day' },
  { published: '2021-04-19', sentence: 'The summit, which is slated for Sept. 14, will focus on trade.', text: 'Sept. 14', date: '2021-09-14', precision: 'day' },
  // A date used as an adjective names an event: the nearest such date, whatever the clause's tense.
  { published: '2021-04-19', sentence: 'The Jan. 6 riot at the Capitol will be investigated by a commission.', text: 'Jan. 6', date: '2021-01-06', precision: 'day' },
  { published: '2021-04-19', sentence: 'The June 6 elections were moved to the autumn.', text: 'June 6', date: '2021-06-06', precision: 'day' },
  // chrono makes "the end of June" 30 June; the words give a month.
  { published: '2021-07-26', sentence: 'The mandate expired at the end of June.', text: 'at the end of June', date: '2021-06', precision: 'month', qualifier: 'late' },
  { published: '2021-04-19', sentence: 'Talks began at the beginning of March.', text: 'at the beginning of March', date: '2021-03', precision: 'month', qualifier: 'early' },
];

describe('"May" the modal is no month', () => {
  it('"Prime Minister Theresa May" and "may meet" give no date', () => {
    expect(resolveDates('Prime Minister Theresa May spoke to the envoy.', day('2025-04-01')).dates).toEqual([]);
    expect(resolveDates('The envoys may meet early, officials said.', day('2025-04-01')).dates).toEqual([]);
  });
});

describe('month names without a year', () => {
  for (const c of cases) it(label(c), () => checkCase(c));

  it('records the month as stated and the year as implied', () => {
    const [d] = resolveDates('The strike happened in April.', day('2021-07-26')).dates;
    expect(d).toMatchObject({ stated: ['month'], implied: ['year'], precision: 'month' });
    expect(d!.reason).toContain('"in April", no year given');
    expect(d!.reason).toContain('April 2021');
  });

  it('regression: chrono drops "last" and lands "last June" in the coming June', () => {
    const r = chrono.casual.parse('Talks began last June.', new Date(2021, 2, 24, 12))[0]!;
    expect(r.text).toBe('June');
    expect(r.start.get('year')).toBe(2021);
    expect(resolveDates('Talks began last June.', day('2021-03-24')).dates[0]).toMatchObject({
      text: 'last June', date: { year: 2020, month: 6 },
    });
  });

  it('regression: chrono reads "June last year" as two results', () => {
    const found = chrono.casual.parse('It started in June last year.', new Date(2021, 3, 19, 12)).map((r) => r.text);
    expect(found).toEqual(['June', 'last year']);
    const { dates } = resolveDates('It started in June last year.', day('2021-04-19'));
    expect(dates).toHaveLength(1);
  });

  it('regression: chrono drops "mid-" and "early"', () => {
    expect(chrono.casual.parse('in mid-July', new Date(2021, 3, 19, 12))[0]!.text).toBe('July');
    expect(resolveDates('Fighting resumed in mid-July.', day('2021-08-02')).dates[0]!.qualifier).toBe('mid');
  });

  it('a past-tense month is never after publication; a future one never before', () => {
    for (let m = 1; m <= 12; m++) {
      const name = new Date(2021, m - 1, 15, 12).toLocaleString('en-US', { month: 'long' });
      const past = resolveDates(`The deal was signed in ${name}.`, day('2021-06-15')).dates[0]!;
      const future = resolveDates(`The deal will be signed in ${name}.`, day('2021-06-15')).dates[0]!;
      expect(past.date.year * 100 + past.date.month!).toBeLessThanOrEqual(202106);
      expect(future.date.year * 100 + future.date.month!).toBeGreaterThanOrEqual(202106);
    }
  });
});
