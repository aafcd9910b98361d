// Round 21 probes: more timetable verbs told in the simple present ("a battalion arrives on Sunday", "the last troops
// leave on Friday", "the two leaders sign a pact on Saturday") lie ahead; the same words as nouns, or after a past
// verb of their own clause, do not. Sentences of our own; Wednesday 17 September 2031 is publication.
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { day } from './cases.js';

const WEDNESDAY = day('2031-09-17');
const dateOf = (sentence: string) => {
  const [first] = resolveDates(sentence, WEDNESDAY).dates;
  return first && `${first.date.year}-${String(first.date.month).padStart(2, '0')}-${String(first.date.day).padStart(2, '0')}`;
};

describe('round 21 more scheduled acts in the simple present', () => {
  it('arrive, leave, sign, visit, hand over, return, hold, head: ahead', () => {
    expect(dateOf('A relief column of about 400 marines arrives at the river port on Sunday.')).toBe('2031-09-21');
    expect(dateOf('The last 250 engineers leave the airfield on Friday, a spokesman said.')).toBe('2031-09-19');
    expect(dateOf('The two presidents sign the border accord in the old palace on Saturday.')).toBe('2031-09-20');
    expect(dateOf('Prime Minister Hale visits the flooded delta on Monday, her office said.')).toBe('2031-09-22');
    expect(dateOf('The garrison hands over the hill fort to local police on Thursday.')).toBe('2031-09-18');
    expect(dateOf('Officials said the envoy returns to the capital on Tuesday for a second round.')).toBe('2031-09-23');
    expect(dateOf('The opposition holds its first rally since the ban on Sunday.')).toBe('2031-09-21');
    expect(dateOf('The foreign minister heads to the border crossing on Monday.')).toBe('2031-09-22');
    expect(dateOf('The 3rd Brigade pulls out of the valley on Saturday, ending a six-year deployment.')).toBe('2031-09-20');
  });

  it('nouns and verbs after a past of their own clause look back', () => {
    expect(dateOf('She made a brief visit to the delta on Monday.')).toBe('2031-09-15');
    expect(dateOf("The minister's return on Tuesday was delayed by fog.")).toBe('2031-09-16');
    expect(dateOf('Crowds cheered the return on Sunday of the last company.')).toBe('2031-09-14');
    expect(dateOf('There were signs on Monday that the truce was holding.')).toBe('2031-09-15');
    expect(dateOf('Soldiers on leave on Friday were called back to their units.')).toBe('2031-09-12');
    expect(dateOf('The convoy that leaves the depot each week came under fire on Monday.')).toBe('2031-09-15');
    expect(dateOf('Two state visits on Saturday drew protests outside the palace.')).toBe('2031-09-13');
  });
});
