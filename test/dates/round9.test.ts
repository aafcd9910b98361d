// Ninth round of date rules, on sentences of our own: a month told after a year in the same sentence, and a plan
// "expected" in a month still ahead.
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { checkCase, day, label, type DateCase } from './cases.js';

const cases: DateCase[] = [
  { published: '2026-01-19', sentence: 'In 2018 the two navies faced each other for a month until they withdrew in June that year.', text: 'in June', date: '2018-06', precision: 'month', tag: 'month-name' },
  { published: '2026-01-19', sentence: 'The ferry service closed in 2019 and reopened in March of the same year.', text: 'in March', date: '2019-03', precision: 'month', tag: 'month-name' },
  { published: '2026-01-19', sentence: 'In 2018 the admirals met in Osk and struck a deal in May.', text: 'in May', date: '2018-05', precision: 'month', tag: 'month-name' },
  // A year in the past does not pull a month ahead into it: the plan is still to come.
  { published: '2026-01-19', sentence: 'The accord of 2019 lapses, and new talks will open in March.', text: 'in March', date: '2026-03', precision: 'month', tag: 'month-name' },
  { published: '2025-12-09', sentence: 'A fourth round of talks is expected in January, but no date has been set.', text: 'in January', date: '2026-01', precision: 'month', tag: 'month-name' },
  { published: '2026-02-16', sentence: 'Keldria now keeps about 8,000 troops along the river.', text: 'now', date: '2026-02-16', precision: 'day', tag: 'present-tense' },
  { published: '2026-02-16', sentence: 'The island still maintains a garrison of 400 now.', text: 'now', date: '2026-02-16', precision: 'day', tag: 'present-tense' },
  { published: '2025-12-09', sentence: 'The handover is scheduled in February, officials said.', text: 'in February', date: '2026-02', precision: 'month', tag: 'month-name' },
];

describe('round 9 date rules', () => {
  for (const c of cases) it(label(c), () => checkCase(c));

  it('"a week before", "two weeks after" count whole days from the event', () => {
    const pub = day('2025-11-29');
    expect(resolveDates('A week before the summit, a corporal was killed by a mine.', pub).relative).toMatchObject([{ qualifier: 'before', anchor: 'the summit', days: 7 }]);
    expect(resolveDates('Two weeks after the vote, the army left the port.', pub).relative).toMatchObject([{ qualifier: 'after', anchor: 'the vote', days: 14 }]);
  });

  it('a clash, a skirmish or a standoff is an event to count from', () => {
    expect(resolveDates('Hours after the clash, General Osk accused the rebels of lying.', day('2025-10-06')).relative).toMatchObject([{ qualifier: 'after', anchor: 'the clash' }]);
    expect(resolveDates('A day after the skirmish, both sides pulled back.', day('2025-10-06')).relative).toMatchObject([{ qualifier: 'after', anchor: 'the skirmish', days: 1 }]);
  });

  it('a "before …" phrase right after a date only places a moment of that day', () => {
    const { dates, relative } = resolveDates('The envoy, speaking on Saturday before flying home, said both armies would stay.', day('2025-11-29'));
    expect(relative).toEqual([]);
    expect(dates.map((d) => d.text)).toEqual(['on Saturday']);
    // With a comma between, it is a date of its own.
    expect(resolveDates('The envoy left on Saturday, hours before the talks opened.', day('2025-11-29')).relative).toHaveLength(1);
  });
});
