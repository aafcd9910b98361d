// Refiners are plain functions over candidates: each can be run alone on hand-made input.
import { describe, expect, it } from 'vitest';
import type { Candidate, DateContext } from '../../src/dates/candidate.js';
import { refiners } from '../../src/dates/pipeline.js';
import { monthNames } from '../../src/dates/refiners/month-names.js';
import { nonDates } from '../../src/dates/refiners/non-dates.js';
import { numericDates } from '../../src/dates/refiners/numeric-dates.js';
import { surroundingWords } from '../../src/dates/refiners/surrounding-words.js';
import { weekdays } from '../../src/dates/refiners/weekdays.js';
import { tenseAt } from '../../src/dates/tense.js';

function candidate(sentence: string, text: string, known: Candidate['known'], tags: string[] = []): Candidate {
  const index = sentence.indexOf(text);
  return { text, index, core: { text, index }, known, tags, range: false, modifiers: {} };
}

function context(sentence: string, published = { year: 2021, month: 4, day: 19 }): DateContext {
  return { sentence, published, tenseAt: (i, n) => tenseAt(sentence, i, n) };
}

describe('refiners alone', () => {
  it('the pipeline is one literal list, ending with the catch-all', () => {
    expect(refiners.length).toBeGreaterThan(10);
    expect(refiners.at(-1)!.name).toBe('unresolved');
  });

  it('numericDates reads dashes day first', () => {
    const s = 'Posted 07-04-2021';
    const [c] = numericDates([candidate(s, '07-04-2021', { year: 2021, month: 7, day: 4 })], context(s));
    expect(c!.resolved!.date).toEqual({ year: 2021, month: 4, day: 7 });
  });

  it('nonDates drops a duration and keeps a date', () => {
    const s = 'For two years, and in April.';
    const out = nonDates([candidate(s, 'For two years', { year: 2023 }), candidate(s, 'April', { month: 4 })], context(s));
    expect(out.map((c) => c.dropped === undefined)).toEqual([false, true]);
  });

  it('surroundingWords takes in "last" and merges "June last year"', () => {
    const s = 'It began last June and ended in June last year.';
    const out = surroundingWords(
      [
        candidate(s, 'June', { month: 6 }),
        { ...candidate(s, 'June last year', { month: 6 }), text: 'June', core: { text: 'June', index: s.lastIndexOf('June') }, index: s.lastIndexOf('June') },
        candidate(s, 'last year', { year: 2020 }),
      ],
      context(s),
    );
    expect(out.map((c) => [c.text, c.modifiers])).toEqual([
      ['last June', { shift: 'last' }],
      ['in June last year', { yearShift: -1 }],
    ]);
  });

  it('monthNames and weekdays leave what is not theirs open', () => {
    const s = 'It happened on Wednesday.';
    const c = candidate(s, 'on Wednesday', { weekday: 3 });
    expect(monthNames([c], context(s))[0]!.resolved).toBeUndefined();
    expect(weekdays([c], context(s))[0]!.resolved!.date).toEqual({ year: 2021, month: 4, day: 14 });
  });
});
