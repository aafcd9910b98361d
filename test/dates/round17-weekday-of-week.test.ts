// Round 17: "on Wednesday next week", "on Monday last week": the week named right after the weekday, with no "of".
// Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

// A Thursday.
const PUBLISHED = { year: 2032, month: 9, day: 16 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 17: a weekday with its week after it', () => {
  it('is that weekday of the week named (Monday to Sunday)', () => {
    expect(dated('The engineers will fly home on Wednesday next week.')).toEqual([['on Wednesday next week', '2032-09-22']]);
    expect(dated('The harbour commission met on Monday last week.')).toEqual([['on Monday last week', '2032-09-06']]);
    expect(dated('The ferry sails on Saturday this week.')).toEqual([['on Saturday this week', '2032-09-18']]);
  });

  it('not across a comma: "on Monday, next week the talks resume" is this Monday', () => {
    expect(dated('The rebels fired on the ferry on Monday, next week the talks resume.')).toEqual([['on Monday, next week', '2032-09-13']]);
  });
});
