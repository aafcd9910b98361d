// Round 20: an alert archive or a live page stamps each entry with a day and a clock time, the weekday often shortened
// ("Mon 9 Dec, 18:40", "Tue 10 Dec 07:02"): the entry's "this evening" is that day's, not the archive's publication
// day. Pages of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { dayHeadings } from '../../src/extract/day-headings.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { pageOf } from '../helpers/article-of.js';

const found = (body: string, published: string) =>
  extractMentions(pageOf(body, published)).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);

describe('round 20: stamps of a day and a clock time head entries', () => {
  it('each alert counts its "this evening" from its own stamp', () => {
    const body = [
      'Every alert we sent this week.',
      'Mon 3 Mar, 18:40', 'Militants shelled the port of Orla this evening, the coastguard said.',
      'Wed 5 Mar, 07:02', 'The envoy met rebel leaders in Kesh this morning.',
    ].join('\n\n');
    expect(found(body, '2031-03-08')).toEqual([
      ['this evening', 'attack', '2031-03-03'],
      ['this morning', 'talks', '2031-03-05'],
    ]);
  });

  it('the clock may come with am/pm, "at" or a zone, and the weekday in full', () => {
    const days = dayHeadings(['Tuesday 4 March, 7.02am', 'A note.', 'Thu. 6 Mar at 21:15 GMT', 'Another.'].join('\n\n'), { year: 2031, month: 3, day: 8 });
    expect([...days.entries()].map(([p, d]) => [p, formatIso(d)])).toEqual([[1, '2031-03-04'], [3, '2031-03-06']]);
  });

  it('a sentence that opens with a stamp-like day is no heading, and one stamp alone makes no diary', () => {
    const days = dayHeadings(['Mon 3 Mar, 18:40 the shelling began.', 'A note.', 'Wed 5 Mar, 07:02', 'Another.'].join('\n\n'), { year: 2031, month: 3, day: 8 });
    expect(days.size).toBe(0);
  });
});
