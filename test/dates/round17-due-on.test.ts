// Round 17 (last read): "is due on 15 September", "are expected on Thursday" are schedules told in the present, so the
// date lies ahead. The preposition opens the date's own span, and a cue overlapping the span was no cue for it: such
// plans went to the latest date on or before publication, a year back. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

// A Tuesday.
const PUBLISHED = { year: 2037, month: 9, day: 1 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 17: a schedule told with "is due" or "is expected" right before its date', () => {
  it('looks ahead of publication', () => {
    expect(dated('A third round of the harbour talks is due on 15 September.')).toEqual([['on 15 September', '2037-09-15']]);
    expect(dated('The customs envoys are due on Thursday.')).toEqual([['on Thursday', '2037-09-03']]);
    expect(dated('A ruling from the tribunal is expected on 3 August.')).toEqual([['on 3 August', '2038-08-03']]);
    expect(dated('The next convoy is now due in June.')).toEqual([['in June', '2038-06']]);
  });

  it('a schedule told in the past may have passed, and stays behind', () => {
    expect(dated('The round was due on 15 August, and it opened on time.')).toEqual([['on 15 August', '2037-08-15']]);
    expect(dated('The envoys arrived on Thursday.')).toEqual([['on Thursday', '2037-08-27']]);
  });
});
