// Round 19: "just a day after", "only two days after": an adverb stressing a count leaves it exact, so the relative
// date still counts whole days from its anchor. Sentences of our own (an invented border war on the Sallow river).
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = parseCalendarDate('2044-09-14')!;
const relatives = (sentence: string) => resolveDates(sentence, PUBLISHED).relative.map((r) => [r.anchor, r.days, r.months]);

describe('round 19: a stressed count before a relative date', () => {
  it('still counts whole days or months', () => {
    expect(relatives('The militia quit the ceasefire talks on Monday, just a day after gunboats shelled its river posts.')).toEqual([['gunboats shelled its river posts', 1, undefined]]);
    expect(relatives('The ferries stopped on Friday, only two days after the bridge was mined.')).toEqual([['the bridge', 2, undefined]]);
    expect(relatives('The garrison left in August, exactly a month after the truce was signed.')).toEqual([['the truce', undefined, 1]]);
  });

  it('no count where the adverb stands alone', () => {
    const [rel] = resolveDates('The militia quit the talks on Monday, just after gunboats shelled its posts.', PUBLISHED).relative;
    expect(rel?.days).toBeUndefined();
    expect(rel?.months).toBeUndefined();
  });
});
