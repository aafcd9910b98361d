// Round 21 probes: "on the eve of" a development is the day before it, counted as "the day before" is; not "on the eve
// of" with an amount of its own, nor the same words as a date's own. Sentences and pages of our own.
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { buildEvents } from '../../src/pipeline.js';
import { pageOf } from '../helpers/article-of.js';
import { day } from './cases.js';

const found = (body: string, published: string) => buildEvents([pageOf(body, published)]).map((e) => [e.type, e.date]);

describe('round 21: on the eve of a development', () => {
  it('counts one day back from it', () => {
    const [rel] = resolveDates('On the eve of the summit, protesters marched on the palace.', day('2031-10-02')).relative;
    expect(rel).toMatchObject({ qualifier: 'before', days: 1 });
    const [eve] = resolveDates('Rockets hit the airport late on the eve of the ceasefire talks.', day('2031-10-02')).relative;
    expect(eve).toMatchObject({ qualifier: 'before', days: 1 });
  });

  it('dates the development a day before its anchor, at day precision', () => {
    expect(found('The envoys met at the lakeside hotel on Tuesday, 30 September 2031.\n\nOn the eve of the meeting, a drone struck a fuel depot outside the city.', '2031-10-02')).toEqual([
      ['attack', '2031-09-29'],
      ['talks', '2031-09-30'],
    ]);
    expect(found('The two sides signed a truce in the port on 14 September 2031.\n\nGunmen killed a village chief on the eve of the signing, police said.', '2031-09-20')).toContainEqual(['attack', '2031-09-13']);
  });

  it('not a count of its own ("two days before") nor "before" alone', () => {
    const [count] = resolveDates('Two days before the summit, protesters marched on the palace.', day('2031-10-02')).relative;
    expect(count).toMatchObject({ qualifier: 'before', days: 2 });
    const [plain] = resolveDates('Before the summit, protesters marched on the palace.', day('2031-10-02')).relative;
    expect(plain?.days).toBeUndefined();
  });
});
