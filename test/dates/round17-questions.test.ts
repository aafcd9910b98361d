// Round 17: a question's "did" is a past tense, so the weekday its verb carries lies behind. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

// A Thursday.
const PUBLISHED = { year: 2031, month: 10, day: 16 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 17: "did" before a bare verb and a weekday', () => {
  it('a quiz question about the week just gone looks back', () => {
    expect(dated('In which port did the ceasefire commission meet on Tuesday?')).toEqual([['on Tuesday', '2031-10-14']]);
    expect(dated('Why did the two delegations not sit down together on Monday?')).toEqual([['on Monday', '2031-10-13']]);
    expect(dated("The ferry didn't sail on Saturday, and nobody said why.")).toEqual([['on Saturday', '2031-10-11']]);
  });

  it('a timetable with no "did" still looks ahead', () => {
    expect(dated('The commission meets in the port on Tuesday.')).toEqual([['on Tuesday', '2031-10-21']]);
    expect(dated('Where does the commission meet on Tuesday? In the old customs house.')).toEqual([['on Tuesday', '2031-10-21']]);
  });

  it('a "did" in an earlier clause does not reach a timetable after a comma', () => {
    expect(dated('The envoy did not say much, but the delegations meet again on Tuesday.')).toEqual([['on Tuesday', '2031-10-21']]);
  });
});
