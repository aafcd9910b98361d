// Round 21 probes: "met in early March and again on Monday": "again" (or "once more", "a second time") between two
// dates of one sentence tells a second occurrence, so the finer date does not replace the coarser one; without it, a
// date told twice ("on Wednesday, 5 March") stays one development. Pages of our own; Wednesday 12 March 2031 is
// publication.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { pageOf } from '../helpers/article-of.js';

const found = (body: string) =>
  extractMentions(pageOf(body, '2031-03-12')).mentions.map((m) => [m.classification.type, formatIso(m.date.date), m.date.qualifier ?? '']);

describe('round 21: a development told again in one sentence', () => {
  it('keeps both occurrences', () => {
    expect(found('The mediators met rebel commanders in early March and again on Monday.')).toEqual([
      ['talks', '2031-03', 'early'],
      ['talks', '2031-03-10', ''],
    ]);
    expect(found('Gunmen attacked the pumping station in February and once more on the 20th.')).toEqual([
      ['attack', '2031-02', ''],
      ['attack', '2031-02-20', ''],
    ]);
    expect(found('Drones struck the fuel depot on Sunday and a second time later in March.')).toEqual([
      ['attack', '2031-03-09', ''],
      ['attack', '2031-03', ''],
    ]);
  });

  it('a date restated finer is still one development', () => {
    expect(found('The mediators met rebel commanders on Wednesday, 5 March, in the port.')).toEqual([['talks', '2031-03-05', '']]);
    expect(found('Gunmen attacked the pumping station in February, on the 20th.')).toEqual([['attack', '2031-02-20', '']]);
  });
});
