// A timetable told in the simple present ("negotiators meet in Sudra on Tuesday") lies ahead; nouns, adjectives and
// past verbs of the same words do not. Sentences of our own; Friday 22 January 2027 is publication.
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { day } from './cases.js';

const FRIDAY = day('2027-01-22');
const dateOf = (sentence: string) => {
  const [first] = resolveDates(sentence, FRIDAY).dates;
  return first && `${first.date.year}-${String(first.date.month).padStart(2, '0')}-${String(first.date.day).padStart(2, '0')}`;
};

describe('round 12 a schedule in the simple present', () => {
  it('a present verb of a scheduled act before a weekday looks ahead', () => {
    expect(dateOf('Government and rebel negotiators meet in Varro on Tuesday for a first round.')).toBe('2027-01-26');
    expect(dateOf('The upper house votes on Thursday on the base treaty.')).toBe('2027-01-28');
    expect(dateOf('The last frigate sails for home on Monday, the navy says.')).toBe('2027-01-25');
    expect(dateOf('Talks resume in the lakeside town on Wednesday after a two-week pause.')).toBe('2027-01-27');
  });

  it('the same words as nouns, adjectives or past verbs look back', () => {
    expect(dateOf('The vote on Thursday went against the treaty.')).toBe('2027-01-21');
    expect(dateOf("Tuesday's opening session ended without a statement, and the first meet on Tuesday was short.")).toBe('2027-01-19');
    expect(dateOf('The crossing stayed open on Monday despite the shelling.')).toBe('2027-01-18');
    expect(dateOf('Negotiators met in Varro on Tuesday for a first round.')).toBe('2027-01-19');
  });

  it('a month-day in a chronology told in the present keeps its year', () => {
    const { dates } = resolveDates('19 January — Negotiators meet in Varro for a first round.', FRIDAY);
    expect(dates[0]).toMatchObject({ date: { year: 2027, month: 1, day: 19 } });
  });
});
