// Fifteenth round: a relative clause between commas tells its own time, and its verb does not decide the tense of a
// date outside it. Sentences of our own (river pilots on the Ossel), published 3 June 2032.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = { year: 2032, month: 6, day: 3 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 15: the verb of a relative clause between commas stays in it', () => {
  it('a timetable in the main clause is not sent back by a past in the aside', () => {
    expect(dated('The Ossel pilots, who have guided the convoys since the spring, go home in mid-July.')).toEqual([['in mid-July', '2032-07']]);
    expect(dated('The two frigates, which escorted the grain ships all winter, leave the river in August.')).toEqual([['in August', '2032-08']]);
  });

  it('a date inside the aside keeps its verb, and a main clause keeps its own', () => {
    expect(dated('The pilots, who arrived on 2 May, will leave on 9 June.')).toEqual([
      ['on 2 May', '2032-05-02'],
      ['on 9 June', '2032-06-09'],
    ]);
    expect(dated('The pilots, who guide the convoys, left the river in April.')).toEqual([['in April', '2032-04']]);
  });
});
