// Round 15b: a timetable's present ("The last convoy leaves on 3 October") is a verb; the same words as nouns ("by
// the end of the year", "the start of talks") tell no move, so they do not send a month date to the nearest year.
// Sentences of our own (an estuary ceasefire), published 12 June 2032.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = { year: 2032, month: 6, day: 12 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 15b: a timetable present is a verb, not its noun', () => {
  it('"the end of", "the start of" are nouns: the month date keeps its past', () => {
    expect(dated('Shelling on 20 November, the worst since the end of the war.')).toEqual([['on 20 November', '2031-11-20']]);
    expect(dated('Gunfire on 2 September, before the start of the harvest truce.')).toEqual([['on 2 September', '2031-09-02']]);
  });

  it('the verbs still tell a timetable', () => {
    expect(dated('The last convoy leaves on 3 October.')).toEqual([['on 3 October', '2032-10-03']]);
    expect(dated('The ceasefire ends on 20 March.')).toEqual([['on 20 March', '2032-03-20']]);
  });
});
