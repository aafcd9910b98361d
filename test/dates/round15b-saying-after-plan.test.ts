// Round 15b: "would" tells a plan as seen when it was said; an attribution after the plan ("…, the minister said on
// Tuesday") dates that saying as much as one before it. Sentences of our own (a hospital ship leaving Port Aden
// Sands), published 12 June 2032, the narration having reached 1 February.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = { year: 2032, month: 6, day: 12 };
const narration = resolveDates('On 1 February the admiral toured the ship.', PUBLISHED).dates.at(-1)!;
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED, narration).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 15b: a saying dated after its plan', () => {
  it('the plan lies after the saying the attribution dates, not after the narration', () => {
    expect(dated('The ship would sail for home on 3 March, the navy said on Tuesday.')).toContainEqual(['on 3 March', '2033-03-03']);
    expect(dated('The wards would close in April, a spokeswoman said on 8 June.')).toContainEqual(['in April', '2033-04']);
  });

  it('with no date for the saying, the narration still anchors the plan', () => {
    expect(dated('The ship would sail for home on 3 March, the navy said.')).toEqual([['on 3 March', '2032-03-03']]);
  });

  it('a later date that is a second plan, not a past saying, anchors nothing', () => {
    expect(dated('The navy said the ship would sail on 3 March and would be back on 20 April.')).toEqual([
      ['on 3 March', '2032-03-03'],
      ['on 20 April', '2032-04-20'],
    ]);
  });
});
