// Round 17: headline and log grammar leaves out "is": "Talks to resume on Monday" is a plan, ahead. Sentences of our
// own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

// A Wednesday.
const PUBLISHED = { year: 2033, month: 6, day: 15 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 17: "<subject> to <act> <date>" with no verb of its own', () => {
  it('a log entry or headline in that grammar tells a plan ahead of publication', () => {
    expect(dated('09:40 – Signal from the mediators: fourth session of talks to open 2 July.')).toEqual([['2 July', '2033-07-02']]);
    expect(dated('Harbour talks to resume on Monday, mediators say')).toEqual([['on Monday', '2033-06-20']]);
    expect(dated('Northern Brigade to leave the border zone in March')).toEqual([['in March', '2034-03']]);
  });

  it('not an infinitive after a verb, an ordinal, or a verb before it', () => {
    expect(dated('The last gunboat to leave sailed on 2 March.')).toEqual([['on 2 March', '2033-03-02']]);
    expect(dated('Envoys flew to the coast on 2 March to meet the rebels.')).toEqual([['on 2 March', '2033-03-02']]);
    expect(dated('Why the soldiers had to leave on 2 March is still unclear.')).toEqual([['on 2 March', '2033-03-02']]);
  });
});

describe('round 17: a verb or a date before the infinitive is no headline subject', () => {
  it('"The council proposed on 2 March to reopen the bridge" is the proposal\'s past day', () => {
    expect(dated('The council proposed on 2 March to reopen the bridge.')).toEqual([['on 2 March', '2033-03-02']]);
  });
});
