// Fifteenth round: what someone is asked, told or ordered to do lies ahead of the asking. Sentences of our own (a
// river port shared by Caldra and Meune), published 7 April 2032.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = { year: 2032, month: 4, day: 7 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 15: a request or an order is for later', () => {
  it('a deadline in what was asked is the nearest such one, not the last before publication', () => {
    expect(dated('The port council asked the Meunese coastguard to take over the river locks by mid-May.')).toEqual([['by mid-May', '2032-05']]);
    expect(dated('The general ordered the engineers to be out of the docks by 20 April.')).toEqual([['by 20 April', '2032-04-20']]);
    expect(dated('Caldra called on the militia to hand in its mortars by the end of May.')).toEqual([['by the end of May', '2032-05']]);
  });

  it('a date before the "to" dates the asking, which is past', () => {
    expect(dated('The council on 3 April asked the coastguard to take over the locks.')).toEqual([['on 3 April', '2032-04-03']]);
  });

  it('what is asked for, or told to reporters, is no plan', () => {
    expect(dated('She asked for money to keep the field hospital open in May.')).toEqual([['in May', '2031-05']]);
    expect(dated('The minister told reporters the locks had been shelled on 12 May.')).toEqual([['on 12 May', '2031-05-12']]);
  });
});
