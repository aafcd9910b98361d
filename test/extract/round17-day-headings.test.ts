// Round 17: a diary's day headings that name a place or carry a note, and section headings in capitals that end an
// entry. Pages of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { dayHeadings } from '../../src/extract/day-headings.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { pageOf } from '../helpers/article-of.js';

const found = (body: string, published: string) =>
  extractMentions(pageOf(body, published)).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);

describe('round 17: day headings with a place or a note', () => {
  it('"**Monday 3 May, Velk**" heads an entry: its "this morning" is that day', () => {
    const body = ['**Monday 3 May, Velk**', 'Rebel gunners shelled the ferry landing this morning.', '**Wednesday 5 May, Port Osk**', 'The envoy met the rebel commander tonight.'].join('\n\n');
    expect(found(body, '2027-05-08')).toEqual([
      ['this morning', 'attack', '2027-05-03'],
      ['tonight', 'talks', '2027-05-05'],
    ]);
  });

  it('"FRIDAY 7 MAY (PROVISIONAL)" is a heading too', () => {
    const days = dayHeadings(['THURSDAY 6 MAY', 'A note.', 'FRIDAY 7 MAY (PROVISIONAL)', 'Another note.'].join('\n\n'), { year: 2027, month: 5, day: 4 });
    expect([...days.entries()].map(([p, d]) => [p, formatIso(d)])).toEqual([[1, '2027-05-06'], [3, '2027-05-07']]);
  });

  it('a sentence that merely starts with a day and a comma is no heading', () => {
    const body = ['Monday 3 May, the talks in Velk were put back a week.', 'Wednesday 5 May, Port Osk', 'The envoy met the rebel commander tonight.'].join('\n\n');
    expect(dayHeadings(body, { year: 2027, month: 5, day: 8 }).size).toBe(0);
  });
});

describe('round 17: a section heading in capitals ends the entry', () => {
  it('"BACKGROUND" after the last day: its "now" and "on Friday" count from publication again', () => {
    const body = [
      'MONDAY 10 MAY', 'Press conference by the interior minister.',
      'SATURDAY 15 MAY', 'Memorial service in the cathedral.',
      'BACKGROUND', 'The council decided on Friday to cut the mission to 900 troops.', 'The mission has about 1,400 troops now.',
    ].join('\n\n');
    expect(found(body, '2027-05-04')).toEqual([
      ['on Friday', 'statement', '2027-04-30'],
      ['now', 'troops', '2027-05-04'],
    ]);
  });

  it('a line of capitals between two days does not cut the diary short of its next day', () => {
    const days = dayHeadings(['MONDAY 10 MAY', 'A note.', 'NOTES', 'Aside.', 'TUESDAY 11 MAY', 'Another.'].join('\n\n'), { year: 2027, month: 5, day: 4 });
    expect([...days.entries()].map(([p, d]) => [p, formatIso(d)])).toEqual([[1, '2027-05-10'], [5, '2027-05-11']]);
  });
});
