// Eleventh round of date rules, on sentences of our own: general mechanisms of date resolution that any article can
// hit (a weekday of a named week, days listed after their month, a year carried over a list).
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { tenseAt } from '../../src/dates/tense.js';
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

describe('round 11 an ordinal day after a month named in the sentence', () => {
  const cases: DateCase[] = [
    { published: '2025-06-20', sentence: 'Hailstones battered the orchards of Quillan twice in February, on the 9th and again later.', text: 'on the 9th', date: '2025-02-09', precision: 'day', tag: 'ordinal-day' },
    { published: '2025-06-20', sentence: 'In March 2023 the ferry ran aground, and on the 30th, it was refloated.', text: 'on the 30th', date: '2023-03-30', precision: 'day', tag: 'ordinal-day' },
  ];
  for (const c of cases) it(label(c), () => checkCase(c));

  it('a day the named month lacks is left alone', () => {
    const { dates } = resolveDates('The ferry ran aground in February, and on the 30th it was refloated.', day('2025-06-20'));
    expect(dates.map((d) => d.text)).toEqual(['in February']);
  });

  it('with no month named, publication and tense still decide', () => {
    const { dates } = resolveDates('The orchards were battered on the 9th.', day('2025-06-20'));
    expect(dates).toMatchObject([{ date: { year: 2025, month: 6, day: 9 } }]);
  });
});

describe('round 11 days listed around one month', () => {
  const texts = (sentence: string, published = '2025-06-20') =>
    resolveDates(sentence, day(published)).dates.map((d) => [d.text, `${d.date.year}-${d.date.month}-${d.date.day}`]);

  it('days before the month: each is a day of it', () => {
    expect(texts('Drones struck the granary at Velm on 5 and 12 April.')).toEqual([['5', '2025-4-5'], ['12 April', '2025-4-12']]);
    expect(texts('Flares were seen over the marsh on 2, 9 and 16 May 2024.')).toEqual([['2', '2024-5-2'], ['9', '2024-5-9'], ['16 May 2024', '2024-5-16']]);
  });

  it('days after the month: each is a day of it', () => {
    expect(texts('The pontoon bridge was shelled on March 4 and 11, engineers said.')).toEqual([['on March 4', '2025-3-4'], ['11', '2025-3-11']]);
    expect(texts('The pontoon bridge was shelled on May 1, 8 and 15.')).toEqual([['on May 1', '2025-5-1'], ['8', '2025-5-8'], ['15', '2025-5-15']]);
  });

  it('ordinal days listed share the first one\'s month', () => {
    expect(texts('Hail battered Quillan twice in February, on the 9th and the 23rd.')).toEqual([
      ['in February', '2025-2-undefined'], ['on the 9th', '2025-2-9'], ['23rd', '2025-2-23'],
    ]);
    expect(texts('The mill was raided on the 2nd and the 14th.')).toEqual([['on the 2nd', '2025-6-2'], ['14th', '2025-6-14']]);
  });

  it('no list: a span, a count after the day, days out of order', () => {
    expect(texts('The fair ran between 5 and 12 April.')).toEqual([['12 April', '2025-4-12']]);
    expect(texts('On March 4 and 11 fishermen were rescued.').map(([t]) => t)).toEqual(['On March 4']);
    expect(texts('Rescuers found 40 and 21 April was the last day.').map(([t]) => t)).toEqual(['21 April']);
  });
});

describe('round 11 a year carried over a list', () => {
  const cases: DateCase[] = [
    // A full day date is one item of a list: the months after it that come earlier in the year are told by tense.
    { published: '2025-06-20', sentence: 'The lighthouse at Gant was damaged by a storm on 12 November 2024, by a tanker in late February and by lightning on 3 May.', text: 'in late February', date: '2025-02', precision: 'month', qualifier: 'late', tag: 'month-name' },
    { published: '2025-06-20', sentence: 'The lighthouse at Gant was damaged by a storm on 12 November 2024, by a tanker in late February and by lightning on 3 May.', text: 'on 3 May', date: '2025-05-03', precision: 'day', tag: 'month-name' },
    // … and frames a month later in its own year.
    { published: '2025-06-20', sentence: 'The lighthouse was damaged on 12 September 2023 and repaired in December.', text: 'in December', date: '2023-12', precision: 'month', tag: 'month-name' },
    // A year, or a month of a year, frames what follows.
    { published: '2025-06-20', sentence: 'In October 2023 the keepers left Gant, and in December the lamp failed.', text: 'in December', date: '2023-12', precision: 'month', tag: 'month-name' },
    { published: '2025-06-20', sentence: 'In 2022 the lamp was replaced, a contract signed in August.', text: 'in August', date: '2022-08', precision: 'month', tag: 'month-name' },
  ];
  for (const c of cases) it(label(c), () => checkCase(c));
});

describe('round 11 tense from the date\'s own clause', () => {
  const cases: DateCase[] = [
    // A date trailing the clause before it, past an apposition, takes that clause's verb, not the participle after it.
    { published: '2025-01-10', sentence: 'The two unions are set to meet in Orrin, the port town, on Jan. 28 for their first talks since the pact, agreed in May 2023, fell apart.', text: 'on Jan. 28', date: '2025-01-28', precision: 'day', tag: 'month-name' },
    // A verb behind a "that" after the date governs its that-clause only.
    { published: '2025-03-12', sentence: 'The guild welcomes the decision by the harbour board on 10 March that the quay will reopen on 30 March.', text: 'on 10 March', date: '2025-03-10', precision: 'day', tag: 'month-name' },
    { published: '2025-03-12', sentence: 'The guild welcomes the decision by the harbour board on 10 March that the quay will reopen on 30 March.', text: 'on 30 March', date: '2025-03-30', precision: 'day', tag: 'month-name' },
    // A plan told in the past: the nearest such date to publication.
    { published: '2025-06-18', sentence: 'The board cancelled the regatta two days before it was due to start on 8 June.', text: 'on 8 June', date: '2025-06-08', precision: 'day', tag: 'month-name' },
    { published: '2025-05-20', sentence: 'The regatta was due to start on 8 June, but the board has cancelled it.', text: 'on 8 June', date: '2025-06-08', precision: 'day', tag: 'month-name' },
    // A promise that stands: what is promised lies ahead.
    { published: '2025-05-10', sentence: 'Norvia has promised a field hospital of 40 beds in mid-July.', text: 'in mid-July', date: '2025-07', precision: 'month', qualifier: 'mid', tag: 'month-name' },
    // Genuine pasts stay past.
    { published: '2025-02-10', sentence: 'In March, the herders blocked the pass.', text: 'In March', date: '2024-03', precision: 'month', tag: 'month-name' },
    { published: '2025-02-10', sentence: 'Norvia promised a field hospital in March.', text: 'in March', date: '2024-03', precision: 'month', tag: 'month-name' },
  ];
  for (const c of cases) it(label(c), () => checkCase(c));

  it('a fronted date still takes the verb after it', () => {
    const s = 'The talks stalled in Osk, and on Friday, the envoys will try again.';
    expect(tenseAt(s, s.indexOf('on Friday'), 9).tense).toBe('future');
    const t = 'The herders, on Friday, blocked the pass that the army will reopen.';
    expect(tenseAt(t, t.indexOf('on Friday'), 9).tense).toBe('past');
  });

  it('"that year" is no that-clause', () => {
    const s = 'The quay opened in 2019 and closed in May that year, and it will stay shut.';
    expect(tenseAt(s, s.indexOf('in May'), 6).tense).toBe('past');
  });
});

describe('round 11 an ordinal word after a month and a comma', () => {
  it('counts items, it is no day', () => {
    const { dates } = resolveDates('The ferry pier was hit twice in March, first by a drone and then by a grenade.', day('2025-06-20'));
    expect(dates).toMatchObject([{ text: 'in March', date: { year: 2025, month: 3 }, precision: 'month' }]);
  });
  it('without the comma it is still a day', () => {
    const { dates } = resolveDates('The pier opened on March first.', day('2025-06-20'));
    expect(dates).toMatchObject([{ date: { year: 2025, month: 3, day: 1 }, precision: 'day' }]);
  });
});

describe('round 11 a future tense does not send a recent day a year ahead', () => {
  const cases: DateCase[] = [
    { published: '2025-03-12', sentence: 'The guild will study the plan the harbour board set out on 4 March, and it will vote on 20 March.', text: 'on 20 March', date: '2025-03-20', precision: 'day', tag: 'month-name' },
    { published: '2025-03-12', sentence: 'The guild will act on the harbour board\'s decision of 4 March.', text: '4 March', date: '2025-03-04', precision: 'day', tag: 'month-name' },
    // Further back than a fortnight, the future still points ahead.
    { published: '2025-03-12', sentence: 'The guild will meet again on 14 February.', text: 'on 14 February', date: '2026-02-14', precision: 'day', tag: 'month-name' },
    // A month is left to tense both ways.
    { published: '2025-02-10', sentence: 'In March, the herders will block the pass.', text: 'In March', date: '2025-03', precision: 'month', tag: 'month-name' },
    { published: '2025-02-10', sentence: 'In March, the herders blocked the pass.', text: 'In March', date: '2024-03', precision: 'month', tag: 'month-name' },
  ];
  for (const c of cases) it(label(c), () => checkCase(c));
});
