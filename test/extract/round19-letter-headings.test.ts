// Round 19: a letter (or a dispatch) headed by the place it was written at and its date, "Fort Dell, 4 June 2031": its
// "yesterday" and "on Sunday" count from that day, not from the day the page printing the letters was published.
// Pages of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { dayHeadings } from '../../src/extract/day-headings.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { pageOf } from '../helpers/article-of.js';

const found = (body: string, published: string) =>
  extractMentions(pageOf(body, published)).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);

describe('round 19: letters headed "Place, day month year"', () => {
  it('each letter counts its relative days from its own heading', () => {
    const body = [
      'Fort Dell, 4 June 2031', 'Dear Dad,', 'Mortars hit the fuel depot yesterday but nobody was hurt.', 'Tomas',
      'Fort Dell, 20 June 2031', 'Dear Dad,', 'The envoy met the militia leaders in the village on Sunday.', 'Tomas',
    ].join('\n\n');
    expect(found(body, '2031-08-30')).toEqual([
      ['yesterday', 'attack', '2031-06-03'],
      ['on Sunday', 'talks', '2031-06-15'],
    ]);
  });

  it('a heading with a weekday, or a place of several words joined by "of the", is one too', () => {
    const days = dayHeadings(['Port Amsel, Tuesday 3 May', 'A note.', 'Port Amsel, Friday 6 May', 'Another.', 'Convent of the Holy Well, 8 May', 'A photograph.'].join('\n\n'), { year: 2027, month: 5, day: 9 });
    expect([...days.entries()].map(([p, d]) => [p, formatIso(d)])).toEqual([[1, '2027-05-03'], [3, '2027-05-06'], [5, '2027-05-08']]);
  });

  it('a lower-case phrase before the date, or a place on both sides of the day, heads nothing: the letter goes on', () => {
    const body = ['Velk, 2 May', 'A note.', 'by then, 3 May', 'More.', 'Velk, 6 May, Port Osk', 'Still more.', 'Velk, 8 May', 'Another.'].join('\n\n');
    const days = dayHeadings(body, { year: 2027, month: 5, day: 9 });
    expect([...days.entries()].map(([p, d]) => [p, formatIso(d)])).toEqual([
      [1, '2027-05-02'], [2, '2027-05-02'], [3, '2027-05-02'], [4, '2027-05-02'], [5, '2027-05-02'], [7, '2027-05-08'],
    ]);
  });

  it('a single dateline is no diary, though two letters are', () => {
    const one = ['Fort Dell, 4 June 2031', 'Mortars hit the fuel depot yesterday, the garrison said.'].join('\n\n');
    expect(found(one, '2031-06-05')).toEqual([['yesterday', 'attack', '2031-06-04']]);
    const two = [one, 'Fort Dell, 9 June 2031', 'All quiet.'].join('\n\n');
    expect(found(two, '2031-06-10')).toEqual([['yesterday', 'attack', '2031-06-03']]);
  });
});
