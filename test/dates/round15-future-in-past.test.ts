// Fifteenth round: "would" is a future seen from the past of a saying, so a plan lies after the saying, not after
// publication. Sentences of our own (a hospital ship off the Brannic coast), published 20 May 2032.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import type { ResolvedDate } from '../../src/types.js';

const PUBLISHED = { year: 2032, month: 5, day: 20 };
const dated = (sentence: string, previous?: ResolvedDate) =>
  resolveDates(sentence, PUBLISHED, previous).dates.map((d) => [d.text, formatIso(d.date)]);
/** The date the narration reached in the sentence before. */
const narrated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.at(-1)!;

describe('round 15: a plan told with "would" lies after its saying', () => {
  it('after the date the sentence gives the saying', () => {
    expect(dated('The admiral announced on 2 March that the ship would sail for home on 14 March.')).toEqual([
      ['on 2 March', '2032-03-02'],
      ['on 14 March', '2032-03-14'],
    ]);
    // A saying late last year, a plan for the summer: the summer after the saying, this one.
    expect(dated('The ministry announced on 14 November that the ship would leave by 31 August.')).toEqual([
      ['on 14 November', '2031-11-14'],
      ['by 31 August', '2032-08-31'],
    ]);
  });

  it('after the date the narration reached in the sentence before', () => {
    const visit = narrated('The admiral came aboard on 4 March.');
    expect(formatIso(visit.date)).toBe('2032-03-04');
    expect(dated('On that visit she told the crew that the ship would sail for home on 14 March as planned.', visit)).toEqual([['on 14 March', '2032-03-14']]);
  });

  it('with no dated saying, or a plan still ahead, nothing changes', () => {
    expect(dated('The admiral said the ship would sail for home on 14 March.')).toEqual([['on 14 March', '2033-03-14']]);
    expect(dated('The admiral said on 2 March that the ship would leave Brannic waters on 30 June.')).toEqual([
      ['on 2 March', '2032-03-02'],
      ['on 30 June', '2032-06-30'],
    ]);
    // "will" is ahead of publication whatever the sentence before reached.
    expect(dated('The ship will sail for home on 14 March.', narrated('The admiral came aboard on 4 March.'))).toEqual([['on 14 March', '2033-03-14']]);
  });
});
