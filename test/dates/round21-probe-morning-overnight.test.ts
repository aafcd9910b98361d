// Round 21 probes: a live page's morning entry that opens with its time ("09:20 - Overnight, …") reports the night
// that ended that morning, the page's day; the time is no part of the day words. An afternoon or evening entry, or
// "overnight" with no entry time, stays undated (which night is not said). Sentences of our own; Thursday 18
// September 2031 is publication.
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { day } from './cases.js';

const THURSDAY = day('2031-09-18');
const first = (sentence: string) => resolveDates(sentence, THURSDAY).dates[0];

describe('round 21: "overnight" in a morning live entry', () => {
  it('is the page day, and the words are "Overnight" alone', () => {
    expect(first('09:20 - Overnight, drones struck two substations east of the river, the grid operator said.')).toMatchObject({ text: 'Overnight', date: { year: 2031, month: 9, day: 18 }, precision: 'day' });
    expect(first('7.45am: Overnight, gunmen attacked a police post on the ring road.')).toMatchObject({ date: { year: 2031, month: 9, day: 18 } });
    expect(first('06:10 GMT – Rebels shelled the ferry landing overnight, residents said.')).toMatchObject({ date: { year: 2031, month: 9, day: 18 } });
  });

  it('not in an evening entry nor without an entry time', () => {
    expect(first('21:30 - Overnight, drones struck two substations east of the river.')).toBeUndefined();
    expect(first('Overnight, drones struck two substations east of the river, the grid operator said.')).toBeUndefined();
    expect(first('Talks ran late at 09:20 - overnight sessions are common here.')).toBeUndefined();
  });
});
