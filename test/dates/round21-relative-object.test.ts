// Round 21: "that" + an -ed word + a count or a pronoun is a relative clause with its own past, whatever future the
// sentence tells elsewhere. Sentences of our own, published 11 December 2044.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = { year: 2044, month: 12, day: 11 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 21: a relative clause with an object keeps its past', () => {
  it('a count after the -ed word makes it a verb: the date stays behind publication', () => {
    expect(dated('The envoy announced on 25 November that the round would be put back after the ambush that killed two peacekeepers near the bridge on 4 November.')).toEqual([
      ['on 25 November', '2044-11-25'],
      ['on 4 November', '2044-11-04'],
    ]);
    expect(dated('Officials say the vote will be delayed because of the shelling that wounded 14 civilians on 2 November.')).toEqual([['on 2 November', '2044-11-02']]);
    expect(dated('The talks will reopen once the militia that attacked several checkpoints on 6 November hands over its weapons.')).toEqual([['on 6 November', '2044-11-06']]);
  });

  it('an adjective in -ed after "that" before a noun stays a determiner\'s, and the future holds', () => {
    expect(dated('Officials said that reinforced convoys will start running in June.')).toEqual([['in June', '2045-06']]);
    expect(dated('The ministry says that wounded soldiers will be flown home on 2 November.')).toEqual([['on 2 November', '2045-11-02']]);
  });
});
