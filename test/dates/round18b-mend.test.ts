// Round 18b: three of round 18's future cues had sent past dates a year ahead: "'d" before a participle that is also
// a bare verb, an ordered participle's agent read as a deadline ("seized by police"), and a past verb with its own
// object after "will be … and". Sentences of our own, published 20 September 2031.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { tenseAt } from '../../src/dates/tense.js';

const PUBLISHED = { year: 2031, month: 9, day: 20 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 18b: dates told in the past stay in the past', () => {
  it('"they\'d come" is "had come"', () => {
    expect(dated('The soldiers said they\'d come under fire near the bridge on 6 June.')).toEqual([['on 6 June', '2031-06-06']]);
    expect(dated('The patrol said it\'d run into a roadblock on 3 June.')).toEqual([['on 3 June', '2031-06-03']]);
  });

  it('"by" before an agent is no deadline', () => {
    expect(dated('The inquiry wants the files seized by police on 5 June returned.')).toEqual([['on 5 June', '2031-06-05']]);
    expect(dated('The relief agency needs the supplies dropped by helicopter on 4 June counted.')).toEqual([['on 4 June', '2031-06-04']]);
    const sentence = 'The officials needed the supplies dropped by helicopter on 4 June.';
    expect(tenseAt(sentence, sentence.indexOf('on 4 June'), 9)).toEqual({ tense: 'past', cue: 'dropped' });
  });

  it('a past verb with its own object after "will be … and" is its own past', () => {
    expect(dated('The envoy will be replaced in August and visited the troops in Osk on 7 June.')).toEqual([
      ['in August', '2032-08'],
      ['on 7 June', '2031-06-07'],
    ]);
  });

  it('deadlines and participles sharing a future still lie ahead', () => {
    expect(dated('The council wants the checkpoints removed by 30 November.')).toEqual([['by 30 November', '2031-11-30']]);
    expect(dated('The force must be down to 4,000 by the end of October and gone by 31 December.')).toEqual([
      ['by the end of October', '2031-10'],
      ['by 31 December', '2031-12-31'],
    ]);
  });
});
