// "Two days later, …", "The next day …", "A week later": a sentence that opens by counting from the story so far is
// dated against the previous dated sentence of its article, at that date's precision, or left undated.
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import type { ResolvedDate } from '../../src/types.js';
import { day } from './cases.js';

const published = day('2023-06-15');
/** The date a previous sentence gave, as extraction passes it on. */
const before = (sentence: string, text: string): ResolvedDate => resolveDates(sentence, published).dates.find((d) => d.text === text)!;
const may2 = before('On 2 May, rebels shelled the ferry port.', 'On 2 May');
const march = before('Rebels shelled the ferry port in March.', 'in March');

const resolve = (sentence: string, previous?: ResolvedDate) => resolveDates(sentence, published, previous).dates;

describe('sequels: counted from the previous dated sentence', () => {
  it.each([
    ['Two days later, gunmen shot dead a guard at the depot.', 'Two days later', '2023-05-04'],
    ['Two days later gunmen shot dead a guard at the depot.', 'Two days later', '2023-05-04'],
    ['The next day the army sent 300 troops to the town.', 'The next day', '2023-05-03'],
    ['The following morning, troops entered the town.', 'The following morning', '2023-05-03'],
    ['A week later, the two sides met in Oslo.', 'A week later', '2023-05-09'],
    ['But three weeks later the envoys walked out.', 'three weeks later', '2023-05-23'],
    ['The day before, the envoy had met the rebel leaders.', 'The day before', '2023-05-01'],
    ['Hours later, a second blast hit the market.', 'Hours later', '2023-05-02'],
    ['Later that day, the ministry condemned the shelling.', 'Later that day', '2023-05-02'],
  ])('%s', (sentence, text, iso) => {
    const [date, ...rest] = resolve(sentence, may2);
    expect(rest).toEqual([]);
    expect(date).toMatchObject({ text, index: sentence.indexOf(text), date: day(iso), precision: 'day', tag: 'sequel' });
    expect(date!.reason).toContain('"On 2 May"');
  });

  it('keeps the previous date\'s precision: a month on from a month is a month (around); days from a month are no date', () => {
    expect(resolve('A month later, the last soldiers left the town.', march)).toMatchObject([
      { date: { year: 2023, month: 4 }, precision: 'month', qualifier: 'around' },
    ]);
    const may2021 = before('On 2 May 2021, rebels shelled the ferry port.', 'On 2 May 2021');
    expect(resolve('A year later, the last soldiers left the town.', may2021)).toMatchObject([{ date: { year: 2022 }, precision: 'year' }]);
    const trace = resolveDates('Two days later, gunmen shot dead a guard.', published, march);
    expect(trace.dates).toEqual([]);
  });

  it('leaves the sentence undated when nothing before it is dated', () => {
    expect(resolve('Two days later, gunmen shot dead a guard at the depot.')).toEqual([]);
    expect(resolve('The next day the army sent 300 troops to the town.')).toEqual([]);
  });

  it('counts at the start of a sentence, or ending a telling with no date before it (round 16), and "the day after the vote" names its own anchor', () => {
    // Round 16: a count of days that ends a telling counts from the story so far, as "the next day" does there.
    expect(resolve('The guard was shot dead two days later by unknown gunmen.', may2)).toMatchObject([{ text: 'two days later', date: day('2023-05-04') }]);
    expect(resolve('On 9 May the guard was shot dead, two years later than the first.', may2).map((d) => d.text)).toEqual(['On 9 May']);
    const anchored = resolveDates('The day after the vote, rebels shelled the ferry port.', published, may2);
    expect(anchored.dates).toEqual([]);
    expect(anchored.relative).toMatchObject([{ qualifier: 'after', anchor: 'the vote' }]);
  });

  it('never lands after publication in a past-tense clause', () => {
    const june14 = before('On 14 June, rebels shelled the ferry port.', 'On 14 June');
    expect(resolve('A week later, gunmen shot dead a guard at the depot.', june14)).toEqual([]);
  });

  it('"the same day" and "later that evening" anywhere in a sentence with no date before them', () => {
    expect(resolve('The fleet owner replied the same day that the collision was an accident.', may2)).toMatchObject([
      { text: 'the same day', date: day('2023-05-02'), precision: 'day', tag: 'sequel' },
    ]);
    expect(resolve('The minister resigned later that evening.', may2)).toMatchObject([{ text: 'later that evening', date: day('2023-05-02') }]);
    // A date earlier in the sentence is what "the same day" counts from, not the previous sentence's.
    const own = resolve('On Monday rebels shelled the port and the same day the envoy resigned.', may2);
    expect(own.map((d) => [d.tag, d.date])).toEqual([['weekday', day('2023-06-12')], ['sequel', day('2023-06-12')]]);
  });
});

describe('"the same day" after a date of the same sentence', () => {
  it('is that date\'s day', () => {
    const s = '02/05/2023 — Rebels shell the ferry port; the envoys meet in Varn the same evening.';
    const dates = resolveDates(s, published, undefined, { numericOrder: 'day-first' }).dates;
    expect(dates.map((d) => [d.text, d.date, d.precision, d.tag])).toEqual([
      ['02/05/2023', day('2023-05-02'), 'day', 'numeric-date'],
      ['the same evening', day('2023-05-02'), 'day', 'sequel'],
    ]);
    expect(dates[1]!.reason).toContain('earlier in the sentence');
  });
  it('gives no day after a month, and the previous sentence\'s date does not win over the sentence\'s own', () => {
    expect(resolve('In April rebels shelled the port, and the envoys met in Varn the same day.', may2).map((d) => d.text)).toEqual(['In April']);
    expect(resolve('On Monday rebels shelled the port, and the envoys met later that evening.', may2).map((d) => [d.text, d.date])).toEqual([
      ['On Monday', day('2023-06-12')],
      ['later that evening', day('2023-06-12')],
    ]);
  });
});
