// Round 18c: "a month after", "fifteen months after", "two years before" count whole months from the development
// they name, and give the month they reach (never the anchor's own day). Sentences of our own (a dispute over a
// mountain pass between Davren and Ulst), published 2 March 2046.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { buildEvents } from '../../src/pipeline.js';
import { storyOf } from '../helpers/story-of.js';

const PUBLISHED = { year: 2046, month: 3, day: 2 };
const relatives = (sentence: string) => resolveDates(sentence, PUBLISHED).relative.map((r) => [r.text, r.days, r.months]);

describe('round 18c: a count of months or years before or after a development', () => {
  it('is read as months, numbers past twelve included', () => {
    expect(relatives('Ulst moved its border guards up to the pass a month after the ambush.')).toEqual([['a month after the ambush', undefined, 1]]);
    expect(relatives('The monitors arrived fifteen months after the bombing of the customs post.')).toEqual([
      ['fifteen months after the bombing of the customs post', undefined, 15],
    ]);
    expect(relatives('Davren withdrew its last platoon two years after the ceasefire.')).toEqual([['two years after the ceasefire', undefined, 24]]);
  });

  it('leaves vague and day counts as they were', () => {
    expect(relatives('Davren withdrew its last platoon months after the ceasefire.')).toEqual([['months after the ceasefire', undefined, undefined]]);
    expect(relatives('Davren withdrew its last platoon fourteen days after the ceasefire.')).toEqual([['fourteen days after the ceasefire', 14, undefined]]);
    expect(relatives('The guards have been on the pass for three months since the ambush.').map((r) => r[2])).toEqual([]);
  });

  it('dates the telling in the month it reaches, whether the anchor is in its sentence or another', () => {
    const story = storyOf('pass', '2046-03-02', [
      'Gunmen ambushed an Ulst border patrol at the Kessel pass on 20 November 2045, killing three guards.',
      'Ulst sent 400 extra troops to the pass a month after the ambush.',
      'Davren deployed 200 soldiers to the valley on 9 February 2046, fifteen months after rebels seized the valley road in November 2044.',
    ]);
    const dates = buildEvents([story]).filter((e) => e.type === 'troops').map((e) => [e.date, e.precision]);
    expect(dates).toContainEqual(['2045-12', 'month']);
    expect(dates).not.toContainEqual(['2045-11-20', 'day']);
    expect(dates).not.toContainEqual(['2044-11', 'month']);
  });
});
