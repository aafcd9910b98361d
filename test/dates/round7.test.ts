// Seventh round of date rules, on sentences of our own: a move told in the simple present with no verb of past or
// future ("The base passes to the army in early March") is a timetable's, dated to the nearest such month or day.
import { describe, it } from 'vitest';
import { checkCase, label, type DateCase } from './cases.js';

const cases: DateCase[] = [
  { published: '2027-02-12', sentence: 'The logistics depot at the airfield passes to the army in early March.', text: 'in early March', date: '2027-03', precision: 'month', qualifier: 'early' },
  { published: '2027-02-12', sentence: 'The last monitors go home at the end of June.', text: 'at the end of June', date: '2027-06', precision: 'month', qualifier: 'late' },
  { published: '2024-11-20', sentence: 'The convoy leaves the port on 2 December.', text: 'on 2 December', date: '2024-12-02', precision: 'day' },
  // Nearest means the past too: a headline's present a few weeks back.
  { published: '2024-05-20', sentence: 'Troops leave Tasso in April.', text: 'in April', date: '2024-04', precision: 'month' },
  // An irregular past is past, however near the next such day lies.
  { published: '2023-01-16', sentence: 'Negotiators finally sat down in Geneva on 8 March.', text: 'on 8 March', date: '2022-03-08', precision: 'day' },
  // With no verb of motion in the present, news reports what has happened: the default stays past.
  { published: '2027-02-12', sentence: 'The depot at the airfield, in early March.', text: 'in early March', date: '2026-03', precision: 'month', qualifier: 'early' },
];

describe('round 7 date rules', () => {
  for (const c of cases) it(label(c), () => checkCase(c));
});

describe('round 7: the date\'s own words are no verb', () => {
  it('"the end of June" holds "end", which tells no tense', () => checkCase({
    published: '2027-02-12', sentence: 'The handover of the depot, by the end of June.', text: 'by the end of June', date: '2026-06', precision: 'month', qualifier: 'late',
  }));
});
