// Sixteenth round: "the <act> of <date>" names an act already done, whatever the tense of the clause around it.
// Sentences of our own (a fishing dispute between Harmark and the Sele Isles), published on 20 March 2034.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = { year: 2034, month: 3, day: 20 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 16: the date of an act named by a noun before "of"', () => {
  it('a future main clause does not send the act ahead', () => {
    expect(dated('Under the tribunal\'s ruling of 2 March, the patrol boats are to leave the Sele banks by 1 June.')).toEqual([
      ['2 March', '2034-03-02'],
      ['by 1 June', '2034-06-01'],
    ]);
    expect(dated('Because of the raids of 14 February, the ferry will not sail again this spring.')).toEqual([['14 February', '2034-02-14']]);
  });

  it('a present or future clause keeps a done act before publication even months back', () => {
    expect(dated('Harmark will appeal the verdict of 11 November.')).toEqual([['11 November', '2033-11-11']]);
    expect(dated('Fishermen still cite the Sele statement of 25 March as proof of bad faith.')).toEqual([['25 March', '2033-03-25']]);
  });

  it('leaves a meeting, a vote or a deadline named with "of" to the tense', () => {
    expect(dated('Both fleets will attend the meeting of 28 March.')).toEqual([['28 March', '2034-03-28']]);
    expect(dated('The islanders will respect the deadline of 30 April.')).toEqual([['30 April', '2034-04-30']]);
  });

  it('a date that names a later noun ("any decision of the 30 June summit") is that noun\'s, not a done act', () => {
    expect(dated('Any decision of the 28 March summit will bind both fleets.')).toEqual([['28 March', '2034-03-28']]);
  });
});
