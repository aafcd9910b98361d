// Round 21 probes: a live page's entry opens with its time ("11:40 - The same day, …"); the sentence's own opening
// comes after it, so "The same day", "That night", "Two hours later", "The next morning" still count from the
// previous dated sentence. Sentences of our own; Thursday 18 September 2031 is publication.
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import type { ResolvedDate } from '../../src/types.js';
import { day } from './cases.js';

const THURSDAY = day('2031-09-18');
const TUESDAY: ResolvedDate = { text: 'on Tuesday', index: 30, date: { year: 2031, month: 9, day: 16 }, precision: 'day', stated: ['weekday'], implied: [], tag: 'test', reason: 'test' };
const dateOf = (sentence: string) => {
  const [first] = resolveDates(sentence, THURSDAY, TUESDAY).dates;
  return first && `${first.date.year}-${String(first.date.month).padStart(2, '0')}-${String(first.date.day).padStart(2, '0')}`;
};

describe('round 21: a sequel after a live entry time', () => {
  it('counts from the previous dated sentence', () => {
    expect(dateOf('11:40 - The same day, a car bomb went off outside the customs house.')).toBe('2031-09-16');
    expect(dateOf('13:10 - That night, shelling hit the ring road for several hours, residents said.')).toBe('2031-09-16');
    expect(dateOf('9.05am: The next morning, the envoys flew back to the capital.')).toBe('2031-09-17');
    expect(dateOf('16:20 GMT – Two days later, police found the launchers in an orchard.')).toBe('2031-09-18');
  });

  it('a date of the entry before "the same day" is what it counts from; the entry time itself dates nothing', () => {
    expect(dateOf('11:40 - On Monday the two sides met, and the same day a car bomb went off.')).toBe('2031-09-15');
    expect(dateOf('11:40 - A car bomb went off outside the customs house.')).toBeUndefined();
  });
});
