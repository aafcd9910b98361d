// Tenth round of date rules, on sentences of our own: an obligation ("must", "has to") lies ahead, and a comma
// inside a figure breaks no clause.
import { describe, expect, it } from 'vitest';
import { tenseAt } from '../../src/dates/tense.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { checkCase, day, label, type DateCase } from './cases.js';

const cases: DateCase[] = [
  { published: '2025-09-02', sentence: 'Under the plan signed with the regional council, the brigade must halve to 900 by October 15.', text: 'by October 15', date: '2025-10-15', precision: 'day', tag: 'month-name' },
  { published: '2025-09-02', sentence: 'The flotilla has to be gone by 20 November, diplomats said.', text: 'by 20 November', date: '2025-11-20', precision: 'day', tag: 'month-name' },
  { published: '2025-09-02', sentence: 'The garrison needs to be below 3,000 soldiers by the end of October and gone by 31 January.', text: 'by the end of October', date: '2025-10', precision: 'month', qualifier: 'late', tag: 'month-name' },
  // A chronology's entry marked as a plan lies ahead.
  { published: '2025-09-02', sentence: 'Early October (scheduled) — The fifth round of talks, moved by the host.', text: 'Early October', date: '2025-10', precision: 'month', qualifier: 'early', tag: 'month-name' },
  // "must have" looks back.
  { published: '2025-09-02', sentence: 'The envoy must have left for Osk in August.', text: 'in August', date: '2025-08', precision: 'month', tag: 'month-name' },
];

describe('round 10 date rules', () => {
  for (const c of cases) it(label(c), () => checkCase(c));

  it('a comma inside a figure does not cut the clause away from its verb', () => {
    const s = 'The brigade must be down to 1,500 troops by the end of March and disbanded by May.';
    expect(tenseAt(s, s.indexOf('by the end'), 'by the end of March'.length)).toEqual({ tense: 'future', cue: 'must' });
    // A comma between words still does.
    const t = 'The brigade must leave, and the last of it went home in March.';
    expect(tenseAt(t, t.indexOf('in March'), 8).tense).toBe('past');
  });
});

describe('round 10 tense: an obligation governs its own clause', () => {
  it('a past month after a comma is not pulled ahead by "must" before it', () => {
    const s = 'The brigade must be down to 900 by October, from about 2,000 in June.';
    expect(tenseAt(s, s.indexOf('in June'), 7).tense).toBe('past');
    expect(tenseAt(s, s.indexOf('by October'), 10).tense).toBe('future');
  });
});

describe('round 10 relative anchors', () => {
  it('a figure with a thousands separator stays whole in the anchor', () => {
    const { relative } = resolveDates('The brigade left the valley after a cut of 1,200 soldiers was ordered.', day('2025-09-02'));
    expect(relative).toMatchObject([{ qualifier: 'after', anchor: 'a cut of 1,200 soldiers' }]);
  });
});

describe('round 10 weekdays', () => {
  it('an indefinite weekday names no particular day', () => {
    const { dates } = resolveDates('The truce ended on a Sunday in May 2021, when a mine killed four.', day('2025-09-02'));
    expect(dates.map((d) => d.text)).toEqual(['in May 2021']);
    expect(resolveDates('The truce ended on Sunday.', day('2025-09-02')).dates.map((d) => d.text)).toEqual(['on Sunday']);
  });
});

describe('round 10 sequels', () => {
  it('"the following week" is the calendar week after the story\'s day, as its month with the week kept', () => {
    // Wednesday 3 September 2025; the following week runs Monday 8 to Sunday 14 September.
    const { dates } = resolveDates('The following week, the two delegations met in Osk.', day('2025-11-02'), {
      date: { year: 2025, month: 9, day: 3 }, precision: 'day', text: 'on Wednesday', index: 0, stated: [], implied: [], tag: 'weekday', reason: '',
    });
    expect(dates).toMatchObject([{ date: { year: 2025, month: 9 }, precision: 'month', qualifier: 'around', span: { from: { year: 2025, month: 9, day: 8 }, to: { year: 2025, month: 9, day: 14 } } }]);
  });

  it('a week that crosses into another month gives no date; "a week later" is still seven days on', () => {
    const previous = { date: { year: 2025, month: 9, day: 24 }, precision: 'day' as const, text: 'on Wednesday', index: 0, stated: [], implied: [], tag: 'weekday', reason: '' };
    expect(resolveDates('The following week, the two delegations met in Osk.', day('2025-11-02'), previous).dates).toEqual([]);
    expect(resolveDates('A week later, the two delegations met in Osk.', day('2025-11-02'), previous).dates).toMatchObject([{ date: { year: 2025, month: 10, day: 1 }, precision: 'day' }]);
  });
});

describe('round 10 present markers', () => {
  it('"in 2016, currently" is two expressions: the year, and the present dated by publication', () => {
    const { dates } = resolveDates('The force, which arrived in 2016, currently numbers about 3,000.', day('2025-09-02'));
    expect(dates.map((d) => [d.text, d.tag])).toEqual([['in 2016', 'explicit-date'], ['currently', 'present-tense']]);
    expect(dates[1]!.date).toEqual({ year: 2025, month: 9, day: 2 });
  });
});

describe('round 10 same day as', () => {
  it('"On the same day as the vote" is dated against the vote, not the previous sentence', () => {
    const previous = { date: { year: 2025, month: 9, day: 3 }, precision: 'day' as const, text: 'on Wednesday', index: 0, stated: [], implied: [], tag: 'weekday', reason: '' };
    const { dates, relative } = resolveDates('On the same day as the first vote, the army left Osk.', day('2025-11-02'), previous);
    expect(dates).toEqual([]);
    expect(relative).toMatchObject([{ anchor: 'the first vote', days: 0 }]);
    // Without "as", it is the story's day.
    expect(resolveDates('On the same day, the army left Osk.', day('2025-11-02'), previous).dates).toMatchObject([{ date: { year: 2025, month: 9, day: 3 } }]);
  });
});

describe('round 10 fortnights', () => {
  it('"a fortnight ago" is the week two weeks before publication, as its month with the week kept', () => {
    // Wednesday 24 September 2025: two weeks back is the week of Monday 8 to Sunday 14 September.
    const { dates } = resolveDates('A fortnight ago, the envoy flew to Osk.', day('2025-09-24'));
    expect(dates).toMatchObject([{ text: 'A fortnight ago', date: { year: 2025, month: 9 }, precision: 'month', qualifier: 'around', span: { from: { year: 2025, month: 9, day: 8 }, to: { year: 2025, month: 9, day: 14 } } }]);
    expect(resolveDates('The fortnight ahead will be busy.', day('2025-09-24')).dates).toEqual([]);
  });
});
