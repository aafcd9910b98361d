// Round 20: an answer that is only a date takes its question's tense ("When does …? / On 14 May": the coming one).
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { answerDates } from '../../src/extract/answer-dates.js';

const published = parseCalendarDate('2027-04-23')!;
const resolve = (text: string) => resolveDates(text, published);
const year = (answer: string, question: string) => answerDates(resolve(answer), answer, question, resolve).dates[0]?.date.year;

describe('round 20: answer dates', () => {
  it('a question in the present or future asks the coming date', () => {
    expect(year('A: On 14 May, in a ceremony at the gate.', 'Q: When does the fort pass to the national army?')).toBe(2027);
  });
  it('a question in the past asks the past one', () => {
    expect(year('A: On 14 May, in a ceremony at the gate.', 'Q: When did the fort pass to the national army?')).toBe(2026);
  });
  it('no question before it: the answer read alone', () => {
    expect(year('A: On 14 May, in a ceremony at the gate.', 'The fort is old.')).toBe(resolve('A: On 14 May, in a ceremony at the gate.').dates[0]!.date.year);
  });
});
