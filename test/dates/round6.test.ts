// Sixth round: chronology labels, a day of the month by its ordinal alone, schedules told in the present
// ("is now due on", "pencilled in for"). Every sentence is our own.
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { checkCase, day, label, type DateCase } from './cases.js';

const cases: DateCase[] = [
  // A chronology's entry opening with its year.
  { published: '2024-05-02', sentence: '2019: The two sides meet in Halden for the first time.', text: '2019', date: '2019', precision: 'year', tag: 'explicit-date' },
  { published: '2024-05-02', sentence: '2019 – The two sides meet in Halden for the first time.', text: '2019', date: '2019', precision: 'year', tag: 'explicit-date' },
  { published: '2024-05-02', sentence: '2020 - Rebels shell the port of Halden.', text: '2020', date: '2020', precision: 'year', tag: 'explicit-date' },
  // A day of the month alone: the month by tense from publication.
  { published: '2024-03-12', sentence: 'The envoy arrived in the capital on the 9th.', text: 'on the 9th', date: '2024-03-09', precision: 'day', tag: 'ordinal-day' },
  { published: '2024-03-12', sentence: 'You signed the ceasefire on the 20th, and it held for a week.', text: 'on the 20th', date: '2024-02-20', precision: 'day', tag: 'ordinal-day' },
  { published: '2024-03-12', sentence: 'The council will vote on the 20th.', text: 'on the 20th', date: '2024-03-20', precision: 'day', tag: 'ordinal-day' },
  { published: '2024-03-12', sentence: 'The convoy will leave on the 3rd.', text: 'on the 3rd', date: '2024-04-03', precision: 'day', tag: 'ordinal-day' },
  { published: '2024-03-05', sentence: 'The garrison surrendered on the 31st.', text: 'on the 31st', date: '2024-01-31', precision: 'day', tag: 'ordinal-day' },
  { published: '2024-03-12', sentence: 'Gunmen raided the depot on the morning of the 3rd.', text: 'morning of the 3rd', date: '2024-03-03', precision: 'day', tag: 'ordinal-day' },
  // chrono joins a day word and a duration after it; the day word alone is the date.
  { published: '2024-03-12', sentence: "Talks resumed in Selm this morning after a week's pause.", text: 'this morning', date: '2024-03-12', precision: 'day' },
  { published: '2024-03-12', sentence: 'The talks were postponed until 2 April.', text: 'until 2 April', date: '2024-04-02', precision: 'day' },
  // A day counted from a date earlier in the same sentence, naming no event.
  { published: '2024-03-14', sentence: 'The army said on Wednesday it had repelled an attack on its base the night before.', text: 'the night before', date: '2024-03-12', precision: 'day', tag: 'sequel' },
  // A schedule told in the present.
  { published: '2024-03-12', sentence: 'A second summit is pencilled in for late May.', text: 'late May', date: '2024-05', precision: 'month', qualifier: 'late' },
  { published: '2024-03-12', sentence: 'The transfer of the airfield is now due on June 2, three weeks later than planned.', text: 'on June 2', date: '2024-06-02', precision: 'day' },
  { published: '2024-03-12', sentence: 'The next convoy is now due to sail on June 2.', text: 'on June 2', date: '2024-06-02', precision: 'day' },
];

describe('round 6 date rules', () => {
  for (const c of cases) it(label(c), () => checkCase(c));

  it('a year inside a sentence, or after a word, is still no label ("The 2019: …", "in his 2019: remarks")', () => {
    expect(resolveDates('The 2019: report was late.', day('2024-05-02')).dates).toEqual([]);
  });

  it('an ordinal that is no day of the month is no date', () => {
    for (const s of ['Fighting reached the 20th floor of the tower on the 20th floor.', 'It was the worst flood of the 20th century.', 'Soldiers of the 3rd Battalion left.']) {
      expect(resolveDates(s, day('2024-03-12')).dates, s).toEqual([]);
    }
  });

  it('"now due on <date>" dates the schedule only, not the present', () => {
    const { dates } = resolveDates('The handover of the depot is now due on June 2.', day('2024-03-12'));
    expect(dates.map((d) => d.text)).toEqual(['on June 2']);
  });

  it('a month under a year heading takes that year', () => {
    const { dates } = resolveDates('Oct. 4: The alliance announces that its soldiers will leave within a year.', day('2024-02-01'), undefined, { yearHeading: 2023 });
    expect(dates[0]).toMatchObject({ date: { year: 2023, month: 10, day: 4 }, precision: 'day' });
    expect(dates[0]!.reason).toContain('under the heading "2023"');
  });

  it('"the day before the vote" names its own event: not counted from the sentence\'s date', () => {
    const { dates } = resolveDates('The army said on Wednesday it had repelled an attack the day before the vote.', day('2024-03-14'));
    expect(dates.map((d) => d.text)).toEqual(['on Wednesday']);
  });

  it('"the night before" with no date before it in its sentence counts from the previous dated sentence', () => {
    const previous = { text: 'on 28 March', index: 0, date: { year: 2024, month: 3, day: 28 }, precision: 'day' as const, stated: [], implied: [], tag: 'explicit-date', reason: '' };
    const { dates } = resolveDates('The rebels walked out after the army moved 300 soldiers into the town the night before.', day('2024-04-03'), previous);
    expect(dates.map((d) => [d.text, d.date])).toEqual([['the night before', { year: 2024, month: 3, day: 27 }]]);
  });
});
