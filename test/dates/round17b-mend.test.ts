// Round 17b, a review mend: a headline's subject, when no colon or dash opens it, starts at the sentence's first
// character, so "Failure to withdraw …" is read whole and is no headline. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

// A Wednesday.
const PUBLISHED = { year: 2033, month: 6, day: 15 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 17b: the first word of a would-be headline subject', () => {
  it('"Failure to …", "Time to …" opening a sentence are no headline: their date keeps the past', () => {
    expect(dated('Failure to withdraw the brigade on 2 March angered the mediators.')).toEqual([['on 2 March', '2033-03-02']]);
    expect(dated('Time to leave the border zone on 2 March was short, the officers said.')).toEqual([['on 2 March', '2033-03-02']]);
  });

  it('a headline with no colon, or after a dash or colon, still lies ahead', () => {
    expect(dated('Northern Brigade to leave the border zone on 2 March')).toEqual([['on 2 March', '2034-03-02']]);
    expect(dated('Analysis - Northern Brigade to leave the border zone on 2 March')).toEqual([['on 2 March', '2034-03-02']]);
    expect(dated('Analysis: Northern Brigade to leave the border zone on 2 March')).toEqual([['on 2 March', '2034-03-02']]);
  });
});
